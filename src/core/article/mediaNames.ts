import type { Lexicon, NameTrie } from '../lexicon/names';

const byLexicon = new WeakMap<Lexicon, Map<string, string>>();

/** Every spelling of every news outlet and agency the lexicon knows, in lower case, to its canonical name. */
function mediaSpellings(lex: Lexicon): Map<string, string> {
  let map = byLexicon.get(lex);
  if (!map) {
    const found = new Map<string, string>();
    const walk = (node: NameTrie['root']) => {
      for (const end of node.ends) if (end.ref.kind === 'media') found.set(end.tokens.join(' ').toLowerCase().replace(/ ([-.]) ?/g, '$1'), end.ref.canonical);
      for (const child of node.next.values()) walk(child);
    };
    walk(lex.trie.root);
    byLexicon.set(lex, (map = found));
  }
  return map;
}

/** A publisher as a metadata file names it ("reuters", "Agence France-Presse"): the outlet's canonical name when known. */
export function publisherName(lex: Lexicon, name: string): string {
  return mediaSpellings(lex).get(name.trim().toLowerCase().replace(/\s+/g, ' ')) ?? name.trim();
}
