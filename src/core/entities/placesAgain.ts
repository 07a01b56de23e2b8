import type { Tokenized } from '../text/tokens';
import type { Mention } from './mention';

/**
 * "a school in the town of Jisreen ... hit the entrance of a school in Jisreen": a place no list holds, once the text
 * has made it one ("the town of", "near", "west of"), is that place wherever the article writes its name again, not
 * only where the words around it say so.
 */
export function placesNamedAgain(doc: Tokenized, mentions: Mention[]): Mention[] {
  const established = mentions.filter((m) => m.type === 'place' && m.ref.unlisted);
  if (established.length === 0) return mentions;
  const tokens = doc.tokens;
  const byFirstWord = new Map<string, Mention[]>();
  for (const m of established) {
    const list = byFirstWord.get(tokens[m.first].text);
    if (list) list.push(m); else byFirstWord.set(tokens[m.first].text, [m]);
  }
  // most tokens are passed over on their first letter, without a lookup
  const initials = new Set([...byFirstWord.keys()].map((w) => w.charCodeAt(0)));
  const added: Mention[] = [];
  // the mentions are in text order: `next` is the first that ends after token i
  let next = 0;
  for (let i = established[0].first; i < tokens.length; i++) {
    while (next < mentions.length && mentions[next].last <= i) next++;
    if (next < mentions.length && mentions[next].first <= i) continue;
    const candidates = initials.has(tokens[i].text.charCodeAt(0)) ? byFirstWord.get(tokens[i].text) : undefined;
    const free = next < mentions.length ? mentions[next].first : tokens.length;
    const m = candidates?.find((c) => c.first < i && writtenAt(doc, c, i, free));
    if (!m) continue;
    const last = i + m.last - m.first;
    added.push({ text: doc.text.slice(tokens[i].start, tokens[last - 1].end), start: tokens[i].start, end: tokens[last - 1].end, type: 'place', canonical: m.canonical, kind: m.kind, country: m.country, ref: m.ref, first: i, last });
    i = last - 1;
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The place's words, all of them, at i, before `free` (where the next name begins), and no longer name going on after
 * them.
 */
function writtenAt(doc: Tokenized, m: Mention, i: number, free: number): boolean {
  const tokens = doc.tokens;
  const length = m.last - m.first;
  if (i + length > free) return false;
  for (let k = 0; k < length; k++) if (tokens[i + k]?.text !== tokens[m.first + k].text) return false;
  const next = tokens[i + length];
  return !(next && next.kind === 'word' && next.start - tokens[i + length - 1].end <= 1 && /^\p{Lu}/u.test(next.text));
}
