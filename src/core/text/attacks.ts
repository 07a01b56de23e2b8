import type { Tokenized } from './tokens';

/** Nouns of an attack that a later sentence refers back to ("the attack", "Tuesday's strike"). */
const ATTACK_NOUNS = new Set(['attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'blast', 'blasts', 'bombing', 'bombings', 'explosion', 'explosions', 'massacre', 'shelling', 'assault', 'bombardment', 'incident', 'ambush', 'killings']);
const BACK_REFERENCES = new Set(['the', 'that', 'this', 'those', 'these', 'its', 'their']);

/** Whether a sentence names an attack of any kind. */
export function namesAttack(doc: Tokenized, sentence: number): boolean {
  const { first, last } = doc.sentences[sentence];
  for (let k = first; k < last; k++) if (ATTACK_NOUNS.has(doc.tokens[k].lower)) return true;
  return false;
}

/** Whether a sentence refers back to an attack told of before: "the attack", "that strike", "the chemical attack". */
export function refersToAttack(doc: Tokenized, sentence: number): boolean {
  const { first, last } = doc.sentences[sentence];
  const tokens = doc.tokens;
  for (let k = first + 1; k < last; k++) {
    if (ATTACK_NOUNS.has(tokens[k].lower) && (BACK_REFERENCES.has(tokens[k - 1].lower) || BACK_REFERENCES.has(tokens[k - 2]?.lower ?? ''))) return true;
  }
  return false;
}
