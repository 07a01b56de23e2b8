import type { Tokenized } from './tokens';

/** Nouns of an attack that a later sentence refers back to ("the attack", "Tuesday's strike"). */
const ATTACK_NOUNS = new Set(['attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'blast', 'blasts', 'bombing', 'bombings', 'explosion', 'explosions', 'massacre', 'shelling', 'assault', 'bombardment', 'incident', 'ambush', 'killings']);
const BACK_REFERENCES = new Set(['the', 'that', 'this', 'those', 'these', 'its', 'their']);

const NAMES = 1;
const REFERS = 2;
const READ = 4;

/**
 * Which sentences of an article name an attack, and which refer back to one told of before ("the attack", "that
 * strike", "the chemical attack"): read once per sentence, when first asked.
 */
export class AttackMentions {
  private readonly bits: Uint8Array;

  constructor(private readonly doc: Tokenized) {
    this.bits = new Uint8Array(doc.sentences.length);
  }

  private read(sentence: number): number {
    let b = this.bits[sentence];
    if (b & READ) return b;
    b = READ;
    const { first, last } = this.doc.sentences[sentence];
    const tokens = this.doc.tokens;
    for (let k = first; k < last; k++) {
      if (!ATTACK_NOUNS.has(tokens[k].lower)) continue;
      b |= NAMES;
      if (k > first && (BACK_REFERENCES.has(tokens[k - 1].lower) || (k - 1 > first && BACK_REFERENCES.has(tokens[k - 2].lower)))) b |= REFERS;
    }
    return (this.bits[sentence] = b);
  }

  names(sentence: number): boolean { return (this.read(sentence) & NAMES) !== 0; }

  refersBack(sentence: number): boolean { return (this.read(sentence) & REFERS) !== 0; }
}
