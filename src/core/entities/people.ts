import type { Tokenized } from '../text/tokens';
import type { Mention } from './scan';
import { NAME_PARTICLES } from './vocabulary';
import type { WordFacts } from './wordFacts';

/** "al-Abadi" -> "abadi": the part of a full name a later surname-only mention uses. */
function surnameOf(name: string): string | undefined {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return undefined;
  return parts[parts.length - 1].replace(/^(?:al|el|ad|as|ar|az|ash)-/i, '').toLowerCase();
}

/**
 * Surname-only mentions take the full name used earlier (or later) in the same article, and surnames the scanner
 * left alone ("Abadi said", "Hmeish added") become mentions of that person.
 */
export function resolvePeople(doc: Tokenized, facts: WordFacts[], mentions: Mention[]): Mention[] {
  const fullBySurname = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const s = surnameOf(m.canonical);
    if (s && !fullBySurname.has(s)) fullBySurname.set(s, m.canonical);
  }
  for (const m of mentions) {
    if (m.type !== 'person' || m.canonical.includes(' ')) continue;
    const full = fullBySurname.get(m.canonical.replace(/^(?:al|el)-/i, '').toLowerCase());
    if (full) m.canonical = full;
  }
  if (fullBySurname.size === 0) return mentions;
  const claimed = new Uint8Array(doc.tokens.length);
  for (const m of mentions) claimed.fill(1, m.first, m.last);
  const added: Mention[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (claimed[i] || toks[i].kind !== 'word') continue;
    if (!facts[i].capitalized && !facts[i].lowerParticle) continue;
    const first = i;
    let last = i + 1;
    // "al-Abadi": the article belongs to the surname mention
    if (NAME_PARTICLES.has(toks[i].lower) && toks[i + 1]?.text === '-' && toks[i + 2] && !claimed[i + 2]) last = i + 3;
    const surname = toks[last - 1];
    if (!facts[last - 1].capitalized || claimed[last - 1]) continue;
    const full = fullBySurname.get(surname.lower);
    if (!full) continue;
    // the surname must stand alone, not begin another capitalised name
    const next = toks[last];
    if (next && facts[last].nameWord && doc.text.slice(surname.end, next.start) === ' ') continue;
    if (facts[last - 1].common && first === doc.sentences[toks[i].sentence].first) continue;
    const start = toks[first].start;
    const end = toks[last - 1].end;
    added.push({ text: doc.text.slice(start, end), start, end, type: 'person', canonical: full, kind: 'person', first, last });
    i = last - 1;
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}
