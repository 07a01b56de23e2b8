import type { EventType } from '../model';
import type { ArticleCues } from '../text/sentenceCues';
import type { Tokenized } from '../text/tokens';

/** The most specific first: a chemical attack from the air is a chemical attack, a car bomb in a battle a bombing. */
const ORDER: EventType[] = ['chemical', 'execution', 'bombing', 'air-strike', 'shelling', 'shooting', 'clashes'];

/** How many sentences of an article's opening say what it reports. */
const LEAD_SENTENCES = 3;
/** How many sentences back "the attack" is looked for. */
const BACK_REFERENCE_SENTENCES = 6;
/** Kinds that say what was done rather than only how it was delivered: a back reference keeps them. */
const SPECIFIC = new Set<EventType>(['chemical', 'execution', 'bombing']);
/** Openers of a phrase that dates a toll by another attack ("after", "following"), and how far to its noun of attack. */
const TIME_PREPOSITIONS = new Set(['after', 'following', 'before']);
const DATING_REACH = 8;
/** Words that begin the next clause right after a dating phrase's noun of attack ("after a gas attack, a woman ..."). */
const NEXT_CLAUSE = new Set([',', ';', '-', '–', '—', 'a', 'an', 'the', 'this', 'these', 'at', 'more', 'some', 'dozens', 'scores', 'hundreds']);

/** The kind of attack each sentence of an article speaks of, found once per sentence when first asked. */
export class EventTypeReader {
  private readonly bySentence = new Map<number, EventType | null>();

  constructor(private readonly doc: Tokenized, private readonly cues: ArticleCues) {}

  private inSentence(sentence: number): EventType | null {
    let found = this.bySentence.get(sentence);
    if (found === undefined) this.bySentence.set(sentence, (found = this.read(sentence)));
    return found;
  }

  /**
   * The most specific kind of attack a sentence names (in tokens [from, to) of it, when given), but for an earlier
   * attack it dates another by: "days after a deadly chemical attack a woman was killed and 25 others were wounded".
   */
  private read(sentence: number, from = 0, to = Infinity): EventType | null {
    const { attackAt, attackTypes, openers, attackNounsAt } = this.cues.of(sentence);
    let rank = ORDER.length;
    for (let i = 0; i < attackAt.length; i++) {
      const k = attackAt[i];
      if (k >= from && k < to && !this.datedBy(k, openers, attackNounsAt)) rank = Math.min(rank, ORDER.indexOf(attackTypes[i]));
    }
    return rank < ORDER.length ? ORDER[rank] : null;
  }

  /**
   * Whether token k stands in a phrase like "after a chemical attack": a preposition of time up to its noun of attack,
   * where the next clause begins ("after a chemical attack, a woman was killed"); "after air raids hit the city killing
   * one woman" is a clause of its own, whose attack is its toll's.
   */
  private datedBy(k: number, openers: number[], attackNouns: number[]): boolean {
    const tokens = this.doc.tokens;
    for (const o of openers) {
      if (o >= k || k - o > DATING_REACH || !TIME_PREPOSITIONS.has(tokens[o].lower)) continue;
      for (const a of attackNouns) {
        if (a < k || a - o > DATING_REACH) continue;
        const next = tokens[a + 1];
        return next !== undefined && (next.kind === 'number' || NEXT_CLAUSE.has(next.lower));
      }
    }
    return false;
  }

  /**
   * The attack a toll in `sentence` counts the victims of: its sentence's, else the two sentences before it, else
   * the headline's, else the kind the article speaks of most. An execution told of elsewhere in the article ("a day
   * after the execution of a pilot") is no kind of the killing a toll counts, unless the toll counts the executed.
   */
  typeOf(first: number, last: number, executed: boolean): EventType | null {
    const found = this.typeAround(first, last);
    return found === 'execution' && !executed && this.inClause(this.doc.tokens[first].sentence, first, last) !== 'execution' ? null : found;
  }

  private typeAround(first: number, last: number): EventType | null {
    const sentence = this.doc.tokens[first].sentence;
    // "killed 19, hours after a chemical attack elsewhere": the toll's own clause first
    let own = this.inClause(sentence, first, last);
    for (let s = sentence; s >= Math.max(0, sentence - 2) && !own; s--) own = this.inSentence(s);
    if (own && SPECIFIC.has(own)) return own;
    // "the attack, carried out by jets, killed 58": the attack told of just before, or in the headline, was a chemical one
    if (this.cues.of(sentence).refersBack) {
      for (let s = sentence - 1; s >= Math.max(0, sentence - BACK_REFERENCE_SENTENCES); s--) {
        const before = this.inSentence(s);
        if (before && SPECIFIC.has(before)) return before;
      }
      const headline = this.inSentence(0);
      if (headline && SPECIFIC.has(headline)) return headline;
    }
    return own ?? this.inLead();
  }

  /** The kind of attack the headline and the first sentences speak of: what the article reports. */
  private inLead(): EventType | null {
    for (let s = 0; s < Math.min(LEAD_SENTENCES, this.doc.sentences.length); s++) {
      const t = this.inSentence(s);
      if (t) return t;
    }
    return null;
  }

  /** The kind of attack named in the clause of tokens [first, last), when its sentence has clauses of other events. */
  private inClause(sentence: number, first: number, last: number): EventType | null {
    const openers = this.cues.of(sentence).openers;
    if (openers.length === 0) return this.inSentence(sentence);
    let from = 0;
    let to = Infinity;
    for (const k of openers) {
      if (k < first) from = k + 1;
      else if (k >= last && k < to) to = k;
    }
    return this.read(sentence, from, to);
  }
}
