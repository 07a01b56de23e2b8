import type { Mention } from '../entities/mention';
import type { Figure } from '../model';
import type { Tokenized } from '../text/tokens';

/** How many sentences of the body after the headline may restate its toll: the lead, and the one after it. */
const LEAD_SENTENCES = 2;

/**
 * "13 civilians killed in regime air raids on northern Syria" above "Thirteen civilians ... were killed ... on the
 * northern province of Aleppo": a headline's toll is its lead's, and where a headline names no place finer than a
 * country ("in Syria", "northern Syria"), the lead says where; without it the toll would be placed in whichever town the article names most.
 */
export function placeHeadlineTolls(doc: Tokenized, figures: Figure[], mentions: Mention[]): void {
  const headlines = headlineSentences(doc);
  if (headlines.size === 0) return;
  const sentenceOf = (f: Figure) => doc.tokens[tokenAt(doc, f.start)].sentence;
  const lastHeadline = Math.max(...headlines);
  const lead = figures.filter((f) => {
    const s = sentenceOf(f);
    return s > lastHeadline && s <= lastHeadline + LEAD_SENTENCES && !headlines.has(s) && f.place !== null;
  });
  const listedKinds = placeKinds(mentions, true);
  const kinds = placeKinds(mentions, false);
  const body = figures.filter((g) => g.category === 'casualties' && !headlines.has(sentenceOf(g)));
  const scattered = tollsInTowns(body, kinds);
  for (const f of figures) {
    if (f.category !== 'casualties' || !headlines.has(sentenceOf(f)) || namesPlace(doc, mentions, sentenceOf(f))) continue;
    const restated = lead.find((g) => sameCount(f, g));
    const kind = restated && listedKinds.get(restated.place!);
    if (!kind || kind === 'country') continue;
    // a lead that says only the province keeps the town the article is about, and the town where the body gives the
    // same count ("Four civilians were killed" in Douma); where the body sets tolls in several towns and none is the
    // headline's, the headline sums them
    if (TOWN_KINDS.has(kind) || (scattered && !body.some((g) => sameCount(f, g) && TOWN_KINDS.has(kinds.get(g.place ?? '') ?? '')))) f.place = restated.place;
  }
}

const sameCount = (f: Figure, g: Figure) => g.category === f.category && g.event === f.event && g.low === f.low && g.high === f.high;

const TOWN_KINDS = new Set(['village', 'town', 'city', 'neighbourhood']);

/**
 * The kinds of the places the article names; `listed`: only those a list holds (a name the text alone made a place,
 * "a Damascan suburb town", is no surer than the guess it would replace).
 */
/** Whether the tolls are set in two towns or more. */
function tollsInTowns(tolls: Figure[], kinds: Map<string, string>): boolean {
  const towns = new Set(tolls.map((f) => f.place).filter((p) => p !== null && TOWN_KINDS.has(kinds.get(p) ?? '')));
  return towns.size > 1;
}

function placeKinds(mentions: Mention[], listed: boolean): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const m of mentions) if (m.type === 'place' && !(listed && m.ref.unlisted)) kinds.set(m.canonical, m.kind);
  return kinds;
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

/** The token that begins at a figure's start. */
function tokenAt(doc: Tokenized, start: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
