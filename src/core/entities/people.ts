import { countLeading } from '../sorted';
import type { Tokenized } from '../text/tokens';
import type { Mention } from './mention';
import { NAME_PARTICLES } from './vocabulary';
import type { WordFacts } from '../lexicon/wordFacts';

// Each step is its own small function: the rare steps (a surname found alone, the merge) then never cost the hot
// token loop a deoptimisation and a fresh compile when an article first reaches them.

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'wrote', 'noted', 'explained', 'warned']);
const GENERATIONS = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** "al-Abadi" -> "abadi": the part of a full name a later surname-only mention uses. */
function surnameOf(name: string): string | undefined {
  // "Charles H. Keating IV": a generational suffix follows the surname
  const parts = name.split(/\s+/).filter((p, k) => k === 0 || !GENERATIONS.test(p));
  if (parts.length < 2) return undefined;
  const surname = parts[parts.length - 1].replace(/^(?:al|el|ad|as|ar|az|ash)-/i, '').toLowerCase();
  // "Isiah L": an initial is no surname a later mention could use
  return surname.length > 1 ? surname : undefined;
}

/** Full names of the people mentioned, by surname; the first full name with a surname keeps it. */
function fullNamesBySurname(mentions: Mention[]): Map<string, string> {
  const fullBySurname = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const s = surnameOf(m.canonical);
    if (s && !fullBySurname.has(s)) fullBySurname.set(s, m.canonical);
  }
  return fullBySurname;
}

function adoptFullNames(mentions: Mention[], fullBySurname: Map<string, string>): void {
  for (const m of mentions) {
    if (m.type !== 'person' || m.canonical.includes(' ')) continue;
    const full = fullBySurname.get(m.canonical.replace(/^(?:al|el)-/i, '').toLowerCase());
    if (full) m.canonical = full;
  }
}

/** Token `last - 1` is a surname standing alone: not the start of another name, not a sentence's common first word. */
function standsAlone(doc: Tokenized, facts: WordFacts[], first: number, last: number): boolean {
  const toks = doc.tokens;
  const surname = toks[last - 1];
  const next = toks[last];
  if (next && facts[last].nameWord && doc.text.slice(surname.end, next.start) === ' ') return false;
  // "Cook said": a speech verb after a common word that is someone's surname makes it the person
  return !(facts[last - 1].common && first === doc.sentences[toks[first].sentence].first && !SPEECH_VERBS.has(next?.lower ?? ''));
}

function surnameMention(doc: Tokenized, first: number, last: number, full: string): Mention {
  const start = doc.tokens[first].start;
  const end = doc.tokens[last - 1].end;
  return { text: doc.text.slice(start, end), start, end, type: 'person', canonical: full, kind: 'person', country: undefined, ref: { canonical: full, type: 'person', kind: 'person' }, first, last };
}

/** Surnames the scanner left alone ("Abadi said", "al-Abadi added") that name a person mentioned in full. */
function bareSurnames(doc: Tokenized, facts: WordFacts[], mentions: Mention[], fullBySurname: Map<string, string>): Mention[] {
  const toks = doc.tokens;
  const claimed = new Uint8Array(toks.length);
  for (const m of mentions) claimed.fill(1, m.first, m.last);
  const added: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (claimed[i] || toks[i].kind !== 'word') continue;
    if (!facts[i].capitalized && !facts[i].lowerParticle) continue;
    // "al-Abadi": the article belongs to the surname mention
    const last = NAME_PARTICLES.has(toks[i].lower) && toks[i + 1]?.text === '-' && toks[i + 2] && !claimed[i + 2] ? i + 3 : i + 1;
    if (!facts[last - 1].capitalized || claimed[last - 1]) continue;
    const full = fullBySurname.get(toks[last - 1].lower);
    if (!full || !standsAlone(doc, facts, i, last)) continue;
    added.push(surnameMention(doc, i, last, full));
    i = last - 1;
  }
  return added;
}

/**
 * "condolences to Dayton's family" after "Scott C. Dayton": a one-word name read as a town (not a country) that is
 * the surname of someone the article names in full is that person.
 */
function surnamesReadAsPlaces(doc: Tokenized, mentions: Mention[], fullBySurname: Map<string, string>): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== 'place' || m.kind === 'country' || m.last - m.first !== 1) continue;
    // "Lyons said" read as Lyon's: the word as written, not the place's trimmed span
    const full = fullBySurname.get(doc.tokens[m.first].lower);
    const end = doc.tokens[m.first].end;
    if (full) mentions[k] = { ...m, end, text: doc.text.slice(m.start, end), type: 'person', canonical: full, kind: 'person', country: undefined, ref: { canonical: full, type: 'person', kind: 'person' } };
  }
}

const CLOSING_QUOTES = ['"', '”'];

/** The tokens that are quotation marks a quotation may close with. */
function closingQuotes(doc: Tokenized): number[] {
  const out: number[] = [];
  for (const mark of CLOSING_QUOTES) {
    for (let at = doc.text.indexOf(mark); at >= 0; at = doc.text.indexOf(mark, at + 1)) {
      const i = countLeading(doc.tokens, (t) => t.start < at);
      if (doc.tokens[i]?.start === at) out.push(i);
    }
  }
  return out;
}
const QUOTE_VERBS = new Set(['said', 'says', 'added', 'adds']);
/** A speaker named after a quotation runs to at most this many words ("said Russell", "said Abel Battery"). */
const MAX_SPEAKER_WORDS = 3;

/**
 * "…future operations,” said Russell.": after a quotation and a verb of saying, names that nothing else claimed and
 * that end the clause are the person quoted, even without a title or a full name elsewhere.
 */
function speakersAfterQuotes(doc: Tokenized, facts: WordFacts[], mentions: Mention[]): Mention[] {
  const toks = doc.tokens;
  const found: Mention[] = [];
  let claimed: Uint8Array | undefined;
  // quotation marks are few: found in the text, not asked of every token
  for (const i of closingQuotes(doc)) {
    if (i + 2 >= toks.length || !QUOTE_VERBS.has(toks[i + 1].lower)) continue;
    const first = i + 2;
    let last = first;
    while (last < toks.length && last - first < MAX_SPEAKER_WORDS && facts[last].nameWord && !facts[last].notName && !facts[last].common && (last === first || toks[last].joined)) last++;
    const end = toks[last];
    if (last === first || (end && end.text !== '.' && end.text !== ',')) continue;
    if (!claimed) {
      claimed = new Uint8Array(toks.length);
      for (const m of mentions) claimed.fill(1, m.first, m.last);
    }
    if (claimed.subarray(first, last).some((c) => c === 1)) continue;
    const start = toks[first].start;
    const text = doc.text.slice(start, toks[last - 1].end);
    found.push({ text, start, end: toks[last - 1].end, type: 'person', canonical: text, kind: 'person', country: undefined, ref: { canonical: text, type: 'person', kind: 'person' }, first, last });
  }
  return found;
}

/**
 * Surname-only mentions take the full name used earlier (or later) in the same article, and surnames the scanner
 * left alone ("Abadi said", "Hmeish added") become mentions of that person.
 */
export function resolvePeople(doc: Tokenized, facts: WordFacts[], mentions: Mention[]): Mention[] {
  const speakers = speakersAfterQuotes(doc, facts, mentions);
  if (speakers.length) mentions = [...mentions, ...speakers].sort((a, b) => a.start - b.start);
  const fullBySurname = fullNamesBySurname(mentions);
  if (fullBySurname.size === 0) return mentions;
  surnamesReadAsPlaces(doc, mentions, fullBySurname);
  adoptFullNames(mentions, fullBySurname);
  const added = bareSurnames(doc, facts, mentions, fullBySurname);
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}
