import type { Tokenized } from '../text/tokens';
import type { WordFacts } from '../lexicon/wordFacts';
import type { Mention } from './mention';
import { countLeading } from '../sorted';
import { ARABIC_ORG_OPENERS, ARMED_WORDS, ORG_HEADS } from './vocabulary';

// An article that defines a name for something it has named ("the Sudan People's Liberation Movement-North
// (SPLM-N)", "Mohamed Hamdan Dagalo, known as Hemedti") uses that name for the same thing afterwards: the defined
// name and its later uses take the named thing's canonical name, so the hover's "Also written" and the tree's
// entries join them.

/** Words that introduce another name for what was just named; "called" only after "also" ("also called"). */
const INTRODUCERS = new Set(['known', 'dubbed', 'nicknamed', 'alias', 'aka', 'called']);
const OPENING_QUOTES = new Set(['"', '“', "'", '‘']);
const MAX_ALIAS_TOKENS = 6;
/** Words that open an Arabic byname ("Abu Islam", "Umm Hassan"). */
const KUNYAS = new Set(['abu', 'umm', 'ibn', 'bin']);

interface Definition { first: number; last: number; by: Mention }

/** Whether token k may be part of a defined name: a word written with a capital, a digit or a hyphen. */
function nameToken(doc: Tokenized, facts: WordFacts[], k: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  if (t.text === '-' || t.text === '&') return true;
  return (t.kind === 'word' || t.kind === 'number') && (facts[k].capitalized || facts[k].lowerParticle || t.kind === 'number');
}

/** "(SPLM-N)": an abbreviation of capitals and hyphens in the parentheses opened at token `open`. */
function abbreviationAt(doc: Tokenized, facts: WordFacts[], open: number): { first: number; last: number } | undefined {
  const toks = doc.tokens;
  let k = open + 1;
  while (k < toks.length && k - open <= MAX_ALIAS_TOKENS && toks[k].text !== ')') {
    if (!nameToken(doc, facts, k) || (k > open + 1 && toks[k].start !== toks[k - 1].end)) return undefined;
    k++;
  }
  // "(VIDEO)" after a headline's place is a label, not a name
  if (toks[k]?.text !== ')' || k === open + 1 || !facts[open + 1].capitalized || facts[open + 1].notName) return undefined;
  // "(OCHASyria)", a handle, is not an abbreviation: an abbreviation is mostly capitals
  const written = doc.text.slice(toks[open + 1].start, toks[k - 1].end);
  const capitals = written.replace(/[^A-Z]/g, '').length;
  if (capitals < 2 || capitals < 2 * written.replace(/[^a-z]/g, '').length) return undefined;
  return { first: open + 1, last: k };
}

/** A name followed by its abbreviation in parentheses. */
function parenthesised(doc: Tokenized, facts: WordFacts[], m: Mention): Definition | undefined {
  const open = doc.tokens[m.last];
  if (open?.text !== '(' || open.start - m.end > 1) return undefined;
  const abbreviation = abbreviationAt(doc, facts, m.last);
  if (!abbreviation) return undefined;
  // "the Democratic Republic of Congo (DRC)": a place's abbreviation spells its name
  if (m.type === 'place' && initials(doc, m) !== letters(doc, abbreviation)) return undefined;
  return { ...abbreviation, by: m };
}

const letters = (doc: Tokenized, span: { first: number; last: number }) => doc.text.slice(doc.tokens[span.first].start, doc.tokens[span.last - 1].end).replace(/[^A-Z]/g, '');
const initials = (doc: Tokenized, m: Mention) => doc.tokens.slice(m.first, m.last).filter((t) => t.kind === 'word' && /^[A-Z]/.test(t.text)).map((t) => t.text[0]).join('');

/** ", known as Hemedti", "also called al-Golani", `dubbed "the musicians"`: a capitalised name after an introducer. */
function introduced(doc: Tokenized, facts: WordFacts[], m: Mention, givenName: (lower: string) => boolean): Definition | undefined {
  // "al-Qaida's affiliate in Syria known as Fatah al-Sham Front": what a place is known as is seldom the place
  if (m.type === 'place') return undefined;
  const toks = doc.tokens;
  let k = m.last;
  if (toks[k]?.text === ',') k++;
  if (toks[k]?.lower === 'also' || toks[k]?.lower === 'better' || toks[k]?.lower === 'locally' || toks[k]?.lower === 'widely') k++;
  const word = toks[k]?.lower ?? '';
  if (!INTRODUCERS.has(word) || (word === 'called' && toks[k - 1]?.lower !== 'also')) return undefined;
  k++;
  if (word === 'known') {
    if (toks[k]?.lower !== 'as') return undefined;
    k++;
  }
  if (OPENING_QUOTES.has(toks[k]?.text ?? '')) k++;
  // the sentence must go on in the same paragraph: a defined name is never across a line break
  if (toks[k] && toks[k].sentence !== toks[m.last - 1].sentence && toks[k].lineBefore) return undefined;
  const first = k;
  while (k < toks.length && k - first < MAX_ALIAS_TOKENS && nameToken(doc, facts, k) && (k === first || toks[k].joined)) k++;
  // a run that ends on a particle or a hyphen is cut short: "al-" alone names nothing
  while (k > first && (toks[k - 1].text === '-' || facts[k - 1].lowerParticle)) k--;
  if (k === first || !facts[first].capitalized && !(facts[first].lowerParticle && toks[first + 1]?.text === '-')) return undefined;
  // `the Airport Front nicknamed "Abu Islam al-Baghdadi"`: a name shaped as a man's is not what a group is known as
  if (m.type !== 'person' && (givenName(toks[first].lower) || KUNYAS.has(toks[first].lower))) return undefined;
  return { first, last: k, by: m };
}

/** Lower-case words an abbreviation skips: "Institute for the Study of War (ISW)". */
const SKIPPED = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de', 'du', 'des', 'la', 'le', 'al', 'el', '&']);

/**
 * "the Sudan People's Liberation Movement-North (SPLM-N)": the capitalised words before an abbreviation in
 * parentheses whose initials spell it name an organisation, whatever the scanner made of its words.
 */
function spelledOut(doc: Tokenized, facts: WordFacts[]): Mention[] {
  const toks = doc.tokens;
  const found: Mention[] = [];
  // most articles open few parentheses: find them in the text, then their tokens
  for (let at = doc.text.indexOf('('); at >= 0; at = doc.text.indexOf('(', at + 1)) {
    const open = tokenAt(doc, at);
    if (open < 1) continue;
    const d = abbreviationAt(doc, facts, open);
    if (!d) continue;
    const spelled = letters(doc, d);
    let li = spelled.length - 1;
    let start = -1;
    for (let j = open - 1; j >= 0 && li >= 0; j--) {
      const t = toks[j];
      if (!toks[j + 1].joined && j + 1 < open) break;
      if (t.text === '-' || t.text === "'" || t.text === '’' || (t.lower === 's' && (toks[j - 1]?.text === "'" || toks[j - 1]?.text === '’'))) continue;
      if (SKIPPED.has(t.lower) && !facts[j].capitalized) continue;
      if (t.kind !== 'word' || !facts[j].capitalized || t.text[0] !== spelled[li]) break;
      li--;
      start = j;
    }
    if (li >= 0 || start < 0 || spelled.length < 2) continue;
    const words = toks.slice(start, open).map((t) => t.lower);
    // "International Humanitarian Law (IHL)": only a name with a word for an organisation names one
    if (!words.some((w) => ORG_HEADS.has(w) || ARMED_WORDS.has(w) || ARABIC_ORG_OPENERS.has(w))) continue;
    const startAt = toks[start].start;
    const end = toks[open - 1].end;
    const canonical = doc.text.slice(startAt, end);
    const kind = words.some((w) => ARMED_WORDS.has(w)) ? 'armed-group' : 'organisation';
    found.push({ text: canonical, start: startAt, end, type: 'actor', canonical, kind, country: undefined, ref: { canonical, type: 'actor', kind }, first: start, last: open });
  }
  return found;
}

/** The index of the token that starts at character `offset`, or -1. */
function tokenAt(doc: Tokenized, offset: number): number {
  const k = countLeading(doc.tokens, (t) => t.start < offset);
  return doc.tokens[k]?.start === offset ? k : -1;
}

/** The scanner's mentions with spelled-out names in place of the mentions of their words. */
function withSpelledOut(mentions: Mention[], spelled: Mention[]): Mention[] {
  // a name the scanner found whole ("Union of Medical Care and Relief Organizations (UOSSM)") stays as it is
  const kept = spelled.filter((s) => !mentions.some((m) => m.first <= s.first && m.last >= s.last));
  if (kept.length === 0) return mentions;
  const inside = (m: Mention) => kept.some((s) => m.first < s.last && s.first < m.last);
  return [...mentions.filter((m) => !inside(m)), ...kept].sort((a, b) => a.start - b.start);
}

function tokensEqual(doc: Tokenized, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (doc.tokens[a + k]?.text !== doc.tokens[b + k].text) return false;
  return true;
}

function aliasMention(doc: Tokenized, first: number, last: number, by: Mention): Mention {
  const start = doc.tokens[first].start;
  const end = doc.tokens[last - 1].end;
  const ref = { ...by.ref, canonical: by.canonical };
  return { text: doc.text.slice(start, end), start, end, type: by.type, canonical: by.canonical, kind: by.kind, country: by.country, ref, first, last };
}

/**
 * "a school in the town of Jisreen ... a school in Jisreen": a place no list holds, once the text has made it one ("the
 * town of", "near", "west of"), defines its own name, which is that place wherever the article writes it again.
 */
const selfDefined = (m: Mention): Definition | undefined => (m.type === 'place' && m.ref.unlisted ? { first: m.first, last: m.last, by: m } : undefined);

/**
 * Names the article defines for what it has named, and their later uses, become mentions of the named thing; a
 * mention the scanner made of the defined name's words gives way.
 */
export function adoptDefinedAliases(doc: Tokenized, facts: WordFacts[], found: Mention[], givenName: (lower: string) => boolean): Mention[] {
  const mentions = withSpelledOut(found, spelledOut(doc, facts));
  const definitions: Definition[] = [];
  for (const m of mentions) {
    const d = parenthesised(doc, facts, m) ?? introduced(doc, facts, m, givenName) ?? selfDefined(m);
    if (d) definitions.push(d);
  }
  if (definitions.length === 0) return mentions;
  const owner = new Array<Mention | undefined>(doc.tokens.length);
  for (const m of mentions) owner.fill(m, m.first, m.last);
  // the definitions by the first word of the name they define, to find their uses in one pass over the article
  const byFirstWord = new Map<string, Definition[]>();
  let from = doc.tokens.length;
  for (const d of definitions) {
    if (adoptListedName(owner, d)) continue;
    const word = doc.tokens[d.first].text;
    const same = byFirstWord.get(word);
    // a name defined again as before adds nothing: its first definition already finds every later use
    if (same?.some((c) => c.last - c.first === d.last - d.first && tokensEqual(doc, c.first, d.first, d.last - d.first))) continue;
    if (same) same.push(d); else byFirstWord.set(word, [d]);
    from = Math.min(from, d.first);
  }
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  for (let i = from; i < doc.tokens.length; i++) {
    if (!facts[i].capitalized && !facts[i].lowerParticle) continue;
    const candidates = byFirstWord.get(doc.tokens[i].text);
    const d = candidates?.find((c) => c.first <= i && usedAt(doc, facts, owner, c, i));
    if (!d) continue;
    const last = i + d.last - d.first;
    for (let k = i; k < last; k++) if (owner[k]) replaced.add(owner[k]!);
    const alias = aliasMention(doc, i, last, d.by);
    added.push(alias);
    owner.fill(alias, i, last);
    i = last - 1;
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start);
}

/**
 * "Free Syria Army (FSA)": an abbreviation a list holds keeps its name, and the name the article spells out takes
 * that name too; whether the definition was such a one.
 */
function adoptListedName(owner: (Mention | undefined)[], d: Definition): boolean {
  const listed = owner[d.first];
  if (!listed || listed.first !== d.first || listed.last !== d.last || listed.canonical === listed.text) return false;
  if (d.by.canonical === d.by.text && d.by.type === listed.type) {
    // in place: the mention is the scanner's own, and one shape of mention keeps their readers fast
    d.by.canonical = listed.canonical;
    d.by.kind = listed.kind;
    d.by.ref = listed.ref;
  }
  return true;
}

/** Whether the defined name is used at token i, on its own: not inside a longer name, nor going on past its words. */
function usedAt(doc: Tokenized, facts: WordFacts[], owner: (Mention | undefined)[], d: Definition, i: number): boolean {
  const length = d.last - d.first;
  if (i + length > doc.tokens.length || !tokensEqual(doc, i, d.first, length)) return false;
  for (let k = i; k < i + length; k++) {
    const m = owner[k];
    if (m && (m.first < i || m.last > i + length || m === d.by)) return false;
  }
  const next = doc.tokens[i + length];
  return !(next?.joined && facts[i + length].capitalized && next.start === doc.tokens[i + length - 1].end + 1);
}
