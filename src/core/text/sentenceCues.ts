import { ATTACK_HEADS, ATTACK_TYPE_WORDS, CLAUSE_OPENERS } from '../figures/vocabulary';
import type { EventType } from '../model';
import type { Tokenized } from './tokens';

/** Nouns of an attack that a later sentence refers back to ("the attack", "Tuesday's strike"). */
export const ATTACK_NOUNS = new Set(['attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'blast', 'blasts', 'bombing', 'bombings', 'explosion', 'explosions', 'massacre', 'shelling', 'assault', 'bombardment', 'incident', 'ambush', 'killings', 'barrage', 'barrages', 'onslaught']);
const BACK_REFERENCES = new Set(['the', 'that', 'this', 'those', 'these', 'its', 'their']);
/** Bombs with no word for how they were delivered. */
const BOMB_WORDS = new Set(['bomb', 'bombs', 'bombing', 'bombings', 'bombed']);
const AIR_PAIRS = new Set(['strike', 'strikes', 'raid', 'raids', 'attack', 'attacks']);
/**
 * "Bombing", "bombs" and "strikes" alone are a bomb's, a bombardment's or any attack's; these agents bomb from the air
 * ("coalition bombing", "a US-led coalition strike", "regime bombs", "bombing by Russian jets").
 */
const BOMBING_WORDS = new Set(['bombing', 'bombings', 'bombed', 'bomb', 'bombs', 'strike', 'strikes']);
const AIR_AGENTS = new Set(['aerial', 'air', 'coalition', 'coalitions', 'russian', 'regime', 'jets', 'warplanes', 'planes', 'aircraft']);
/** How far after "bombing" its "by" may stand, and its agent after "by" ("carried out by the Saudi-led coalition"). */
const BY_REACH = 4;
const AGENT_REACH = 6;

/** What a word may cue, as bits: one lookup per word of a sentence, and none past most words. */
const OPENER = 1;
const ATTACK_NOUN = 2;
const ATTACK_TYPE = 4;
const ATTACK_HEAD = 8;
const BOMBING = 16;
const CUES = new Map<string, number>();
const mark = (words: Iterable<string>, bit: number) => { for (const w of words) CUES.set(w, (CUES.get(w) ?? 0) | bit); };
mark(CLAUSE_OPENERS, OPENER);
mark(ATTACK_NOUNS, ATTACK_NOUN);
mark(ATTACK_TYPE_WORDS.keys(), ATTACK_TYPE);
mark(ATTACK_HEADS, ATTACK_HEAD);
mark(BOMBING_WORDS, BOMBING);

/** What a sentence says of attacks and how its clauses divide, read in one pass over its words. */
export interface SentenceCues {
  /** Token indexes of the words that open a clause about something else ("after", "while", ";"). */
  openers: number[];
  /** Token indexes of words naming a kind of attack, and the kind each names. */
  attackAt: number[];
  attackTypes: EventType[];
  /** Token indexes of the nouns of an attack ("attack", "strike", "blast"). */
  attackNounsAt: number[];
  /** The sentence names an attack ("attack", "strike", "blast"), and refers back to one ("the attack"). */
  namesAttack: boolean;
  refersBack: boolean;
}

/** The cues of each sentence of an article, read when first asked: only the sentences that hold claims are. */
export class ArticleCues {
  private readonly bySentence: (SentenceCues | undefined)[];

  constructor(private readonly doc: Tokenized) {
    this.bySentence = new Array(doc.sentences.length);
  }

  of(sentence: number): SentenceCues {
    return (this.bySentence[sentence] ??= this.read(sentence));
  }

  private read(sentence: number): SentenceCues {
    const { first, last } = this.doc.sentences[sentence];
    const tokens = this.doc.tokens;
    const cues: SentenceCues = { openers: [], attackAt: [], attackTypes: [], attackNounsAt: [], namesAttack: false, refersBack: false };
    for (let k = first; k < last; k++) {
      const w = tokens[k].lower;
      const cue = CUES.get(w);
      if (cue === undefined) continue;
      if (cue & OPENER) { cues.openers.push(k); continue; }
      if (cue & ATTACK_NOUN) {
        cues.namesAttack = true;
        cues.attackNounsAt.push(k);
        if (k > first && (BACK_REFERENCES.has(tokens[k - 1].lower) || (k - 1 > first && BACK_REFERENCES.has(tokens[k - 2].lower)))) cues.refersBack = true;
      }
      let type = cue & ATTACK_TYPE ? ATTACK_TYPE_WORDS.get(w) : undefined;
      if (type === undefined && cue & ATTACK_HEAD) {
        const next = tokens[k + 1]?.lower ?? '';
        // "air strikes", "air-raid", "gas attack", "poison gas", "car bomb"
        if (w === 'air' && (AIR_PAIRS.has(next) || (next === '-' && AIR_PAIRS.has(tokens[k + 2]?.lower ?? '')))) type = 'air-strike';
        else if (w === 'gas' && (AIR_PAIRS.has(next) || tokens[k - 1]?.lower === 'poison')) type = 'chemical';
        else if (w !== 'air' && w !== 'gas' && BOMB_WORDS.has(next)) type = 'bombing';
      }
      if (type === undefined && cue & BOMBING && this.bombedFromTheAir(k, first, last)) type = 'air-strike';
      if (type !== undefined) { cues.attackAt.push(k); cues.attackTypes.push(type); }
    }
    return cues;
  }

  /** "Aerial bombing", "coalition bombing", "the bombing carried out by the international coalition": bombs from the air. */
  private bombedFromTheAir(k: number, first: number, last: number): boolean {
    const tokens = this.doc.tokens;
    if (k > first && AIR_AGENTS.has(tokens[k - 1].lower)) return true;
    for (let j = k + 1; j < Math.min(last, k + BY_REACH); j++) {
      if (tokens[j].lower !== 'by') continue;
      for (let a = j + 1; a < Math.min(last, j + 1 + AGENT_REACH); a++) if (AIR_AGENTS.has(tokens[a].lower)) return true;
      return false;
    }
    return false;
  }

  /** Whether a clause opener stands among tokens [from, to) of a sentence. */
  opensClause(sentence: number, from: number, to: number): boolean {
    for (const k of this.of(sentence).openers) if (k >= from && k < to) return true;
    return false;
  }
}
