import { type Mention, TOWN_KINDS } from '../entities/mention';
import type { Figure } from '../model';
import { countLeading } from '../sorted';
import type { Tokenized } from '../text/tokens';

/** How many sentences of the body after the headline may restate its toll: the lead, and the one after it. */
const LEAD_SENTENCES = 2;
/** How many sentences of the body after the headline may give its toll by town. */
const BODY_SENTENCES = 8;

/**
 * "13 civilians killed in regime air raids on northern Syria" above "Thirteen civilians ... were killed ... on the
 * northern province of Aleppo": where a headline names no place finer than a country ("in Syria", "northern Syria"),
 * its body says where its toll is; without this the toll is placed in whichever town the article names most.
 */
/** A headline's tolls read with its body: where they are, and whom they count. */
export function readHeadlineTolls(doc: Tokenized, figures: Figure[], mentions: Mention[]): void {
  const headlines = headlineSentences(doc);
  if (headlines.size === 0) return;
  placeHeadlineTolls(doc, figures, mentions, headlines);
  typeHeadlineTolls(doc, figures, headlines);
}

function placeHeadlineTolls(doc: Tokenized, figures: Figure[], mentions: Mention[], headlines: Set<number>): void {
  const lastHeadline = Math.max(...headlines);
  const headEnd = doc.sentences[lastHeadline].end;
  // the headline's tolls that name no place of their own: most articles have none, and pay for nothing more
  const sentenceOf = (f: Figure) => doc.tokens[countLeading(doc.tokens, (t) => t.start < f.start)].sentence;
  const tolls = figures.filter((f) => f.start < headEnd && f.category === 'casualties' && headlines.has(sentenceOf(f)) && !namesPlace(doc, mentions, sentenceOf(f)));
  if (tolls.length === 0) return;
  const body = figures.filter((g) => g.category === 'casualties' && !headlines.has(sentenceOf(g)));
  const lead = body.filter((g) => sentenceOf(g) <= lastHeadline + LEAD_SENTENCES);
  const nearBody = body.filter((g) => sentenceOf(g) <= lastHeadline + BODY_SENTENCES);
  const kinds = placeKinds(mentions);
  const scattered = tollsInTowns(body, kinds);
  // the place a count's own sentence names, not one guessed for it from the sentences around
  const namedAs = (g: Figure) => mentions.find((m) => m.type === 'place' && m.canonical === g.place && doc.tokens[m.first].sentence === sentenceOf(g));
  const namedNear = (place: string | null) => mentions.some((m) => m.type === 'place' && m.canonical === place && !headlines.has(doc.tokens[m.first].sentence) && doc.tokens[m.first].sentence <= lastHeadline + BODY_SENTENCES);
  for (const f of tolls) {
    // the count of one town that the body's first sentences give as the headline's ("22 people were killed ... on the
    // village of Hass") says where, unless those sentences name the town the article is about ("in a rebel-held town
    // ... outside the capital Damascus. The strikes hit the town of Douma")
    const inTown = nearBody.find((g) => sameCount(f, g) && TOWN_KINDS.has(namedAs(g)?.kind ?? ''));
    if (inTown) {
      if (!namedNear(f.place)) f.place = inTown.place;
      continue;
    }
    const restated = lead.map((g) => (sameCount(f, g) ? namedAs(g) : undefined)).find((m) => m !== undefined && !m.ref.unlisted);
    if (!restated || restated.kind === 'country') continue;
    // a lead that says only the province keeps the town of an article about one town, and the town where the body
    // gives the same count ("Four civilians were killed" in Douma); where the body sets tolls in several towns and
    // none is the headline's, the headline sums them
    const summed = scattered && !body.some((g) => sameCount(f, g) && TOWN_KINDS.has(kinds.get(g.place ?? '') ?? ''));
    if (TOWN_KINDS.has(restated.kind) ? !namedNear(f.place) : summed) f.place = restated.canonical;
  }
}

/**
 * "Syrian regime repels rebel offensive near Aleppo killing 40" above "... killing 40 attackers": a headline's bare count
 * is the count its lead gives, of whom the lead says; it is compared with the fighters' tolls, not with civilians'.
 */
function typeHeadlineTolls(doc: Tokenized, figures: Figure[], headlines: Set<number>): void {
  const lastHeadline = Math.max(...headlines);
  const headEnd = doc.sentences[lastHeadline].end;
  const leadEnd = doc.sentences[Math.min(lastHeadline + LEAD_SENTENCES, doc.sentences.length - 1)].end;
  for (const f of figures) {
    if (f.start >= headEnd) break;
    // a vague magnitude ("dozens") said again may be of another noun ("hundreds of civilians including dozens of children")
    if (f.category !== 'casualties' || !GENERIC_SUBJECTS.has(f.subject) || f.low !== f.high) continue;
    const restated = figures.find((g) => g.start >= headEnd && g.start < leadEnd && sameCount(f, g) && g.group !== null);
    if (!restated || restated.group === f.group || GENERIC_SUBJECTS.has(restated.subject)) continue;
    f.subject = restated.subject;
    f.group = restated.group;
    f.actor = restated.actor;
  }
}

/** What a count written with no noun of its own, or with one that says nothing of whom, counts ("kill 28", "28 dead"). */
const GENERIC_SUBJECTS = new Set(['people', 'dead', 'persons']);

const sameCount = (f: Figure, g: Figure) => g.category === f.category && g.event === f.event && g.low === f.low && g.high === f.high;

/** The kind of each place the article names (the last it is named as: "Aleppo" the city, then "Aleppo province"). */
function placeKinds(mentions: Mention[]): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const m of mentions) if (m.type === 'place') kinds.set(m.canonical, m.kind);
  return kinds;
}

/** Whether the tolls are set in two towns or more. */
function tollsInTowns(tolls: Figure[], kinds: Map<string, string>): boolean {
  const towns = new Set(tolls.map((f) => f.place).filter((p) => p !== null && TOWN_KINDS.has(kinds.get(p) ?? '')));
  return towns.size > 1;
}

/** The title line (a paragraph of one sentence opening the article) and the body's sentences that say it again. */
function headlineSentences(doc: Tokenized): Set<number> {
  const out = new Set<number>();
  const { sentences, text } = doc;
  if (sentences.length < 2 || sentences[1].paragraph === sentences[0].paragraph) return out;
  const title = text.slice(sentences[0].start, sentences[0].end);
  out.add(0);
  for (let s = 1; s < sentences.length && sentences[s].paragraph <= 2; s++) if (text.slice(sentences[s].start, sentences[s].end) === title) out.add(s);
  return out;
}

function namesPlace(doc: Tokenized, mentions: Mention[], sentence: number): boolean {
  return mentions.some((m) => m.type === 'place' && m.kind !== 'country' && doc.tokens[m.first].sentence === sentence);
}
