import type { EventType } from '../model';
import type { AttackMentions } from '../text/attacks';
import { ATTACK_HEADS, ATTACK_TYPE_WORDS, CLAUSE_OPENERS } from './vocabulary';
import type { Tokenized } from '../text/tokens';

/** The most specific first: a chemical attack from the air is a chemical attack, a car bomb in a battle a bombing. */
const ORDER: EventType[] = ['chemical', 'execution', 'bombing', 'air-strike', 'shelling', 'shooting', 'clashes'];

/** Bombs with no word for how they were delivered: dropped from the air when the sentence speaks of aircraft. */
const BOMB_WORDS = new Set(['bomb', 'bombs', 'bombing', 'bombings', 'bombed']);
/** How many sentences back "the attack" is looked for. */
const BACK_REFERENCE_SENTENCES = 6;
/** Kinds that say what was done rather than only how it was delivered: a back reference keeps them. */
const SPECIFIC = new Set<EventType>(['chemical', 'execution', 'bombing']);
const AIR_PAIRS = new Set(['strike', 'strikes', 'raid', 'raids', 'attack', 'attacks']);

/** The kind of attack each sentence of an article speaks of, found once per sentence when first asked. */
export class EventTypeReader {
  private readonly bySentence = new Map<number, EventType | null>();
  private articleType: EventType | null | undefined;

  constructor(private readonly doc: Tokenized, private readonly attacks: AttackMentions) {}

  private inSentence(sentence: number): EventType | null {
    let found = this.bySentence.get(sentence);
    if (found === undefined) this.bySentence.set(sentence, (found = this.read(sentence)));
    return found;
  }

  private read(sentence: number): EventType | null {
    const { first, last } = this.doc.sentences[sentence];
    return this.readTokens(first, last);
  }

  /** The most specific kind of attack named in tokens [first, last). */
  private readTokens(first: number, last: number): EventType | null {
    const tokens = this.doc.tokens;
    let rank = ORDER.length;
    for (let k = first; k < last; k++) {
      const w = tokens[k].lower;
      let type = ATTACK_TYPE_WORDS.get(w) ?? null;
      if (type === null && !ATTACK_HEADS.has(w)) continue;
      // "air strikes", "air-raid", "gas attack", "car bomb"
      if (w === 'air' && (AIR_PAIRS.has(tokens[k + 1]?.lower ?? '') || (tokens[k + 1]?.text === '-' && AIR_PAIRS.has(tokens[k + 2]?.lower ?? '')))) type = 'air-strike';
      if (w === 'gas' && (AIR_PAIRS.has(tokens[k + 1]?.lower ?? '') || tokens[k - 1]?.lower === 'poison')) type = 'chemical';
      // a bomb with nothing said of how it came ("the bombing of Aleppo") may have been dropped or planted
      if ((w === 'car' || w === 'roadside' || w === 'truck') && BOMB_WORDS.has(tokens[k + 1]?.lower ?? '')) type = 'bombing';
      if (type !== null) rank = Math.min(rank, ORDER.indexOf(type));
    }
    return rank < ORDER.length ? ORDER[rank] : null;
  }

  /**
   * The attack a toll in `sentence` counts the victims of: its sentence's, else the two sentences before it, else
   * the headline's, else the kind the article speaks of most.
   */
  typeOf(first: number, last: number): EventType | null {
    const sentence = this.doc.tokens[first].sentence;
    // "killed 19, hours after a chemical attack elsewhere": the toll's own clause first
    let own = this.inClause(sentence, first, last);
    for (let s = sentence; s >= Math.max(0, sentence - 2) && !own; s--) own = this.inSentence(s);
    if (own && SPECIFIC.has(own)) return own;
    // "the attack, carried out by jets, killed 58": the attack told of just before, or in the headline, was a chemical one
    if (this.attacks.refersBack(sentence)) {
      for (let s = sentence - 1; s >= Math.max(0, sentence - BACK_REFERENCE_SENTENCES); s--) {
        const before = this.inSentence(s);
        if (before && SPECIFIC.has(before)) return before;
      }
      const headline = this.inSentence(0);
      if (headline && SPECIFIC.has(headline)) return headline;
    }
    return own ?? this.inSentence(0) ?? this.mostSpokenOf();
  }

  /** The kind of attack named in the clause of tokens [first, last), when its sentence has clauses of other events. */
  private inClause(sentence: number, first: number, last: number): EventType | null {
    const s = this.doc.sentences[sentence];
    const tokens = this.doc.tokens;
    let from = first;
    while (from > s.first && !CLAUSE_OPENERS.has(tokens[from - 1].lower)) from--;
    let to = last;
    while (to < s.last && !CLAUSE_OPENERS.has(tokens[to].lower)) to++;
    return from === s.first && to === s.last ? this.inSentence(sentence) : this.readTokens(from, to);
  }

  private mostSpokenOf(): EventType | null {
    if (this.articleType === undefined) {
      const counts = new Map<EventType, number>();
      for (let s = 0; s < this.doc.sentences.length; s++) {
        const t = this.inSentence(s);
        if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      let best: EventType | null = null;
      for (const [t, n] of counts) if (!best || n > counts.get(best)!) best = t;
      this.articleType = best;
    }
    return this.articleType;
  }
}
