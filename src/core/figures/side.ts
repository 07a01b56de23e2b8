import type { Mention } from '../entities/mention';
import { countryWeights, heaviest } from '../entities/placeContext';
import type { Side } from '../model';
import type { ArticleCues } from '../text/sentenceCues';
import type { Tokenized } from '../text/tokens';
import { TOLL_STATES } from './vocabulary';

/**
 * Words that name who attacked: a state's forces and their allies, the insurgents (rebels, jihadists, the groups a
 * state calls terrorists), or a foreign coalition. Reports of one city on one day often tell of two attacks, rebel
 * rockets on its government-held districts and air strikes on its rebel-held ones; the side that struck tells them
 * apart where place and time cannot.
 */
const SIDE_WORDS = new Map<string, Side>();
const sideWords = (side: Side, words: string) => { for (const w of words.split(' ')) SIDE_WORDS.set(w, side); };
sideWords('state', 'regime government pro-government pro-regime loyalist loyalists army assad russian russians');
sideWords('insurgents', 'rebel rebels opposition insurgent insurgents islamist islamists jihadist jihadists militant militants terrorist terrorists');
sideWords('coalition', 'coalition us-led');
/** The side a word names when it names who struck ("regime", "rebels"). */
export const sideWord = (w: string): Side | undefined => SIDE_WORDS.get(w);
/** Actors by kind: what side their attacks are. */
const SIDE_OF_KIND: Record<string, Side> = { government: 'state', 'state-force': 'state', 'armed-group': 'insurgents', coalition: 'coalition' };

/** Words before a side that make it the target, not the attacker: "strikes on rebel positions", "shelling of regime areas". */
const TARGETING = new Set(['on', 'onto', 'into', 'against', 'at', 'targeting', 'targeted', 'hit', 'hitting', 'struck', 'of', 'toward', 'towards', 'with']);
/** Words after a side that make it a place or a speaker: "regime-held", "rebel areas", "an opposition spokesman". */
const NOT_ATTACKER = new Set(['held', 'controlled', 'run', 'area', 'areas', 'district', 'districts', 'neighbourhoods', 'neighborhoods', 'positions', 'territory',
  'spokesman', 'spokeswoman', 'official', 'officials', 'source', 'sources', 'media', 'activist', 'activists', 'said', 'says', 'say', 'told', 'claimed',
  'accused', 'accuses', 'accuse', 'blamed', 'blames', 'blame', 'denied', 'denies', 'deny', 'demands', 'demanded', 'condemned', 'condemns',
  'stronghold', 'strongholds', 'enclave', 'enclaves', 'bastion', 'pocket', 'town', 'towns', 'city', 'suburb', 'suburbs', 'village', 'villages',
  'television', 'tv', 'channel', 'outlet', 'outlets', 'newspaper', 'agency']);
/** Participles of holding ground: "dominated by the regime", "controlled by rebels". */
const HOLDING = new Set(['dominated', 'controlled', 'held', 'run', 'ruled', 'governed', 'administered', 'occupied', 'besieged', 'encircled', 'surrounded']);
/** Attacks a country's name can stand before as the one that made them. */
export const STRIKES = new Set(['strikes', 'strike', 'airstrikes', 'airstrike', 'air', 'raids', 'shelling', 'bombardment', 'jets', 'warplanes', 'forces', 'troops', 'army', 'missiles', 'drones']);
/** Words before a country that make it where the attack was ("air strikes in Syria"), not who made it. */
const WITHIN = new Set(['in', 'inside', 'across', 'throughout', 'over', 'of']);
/** Capitalised heads of organisations' names: a side word before one is part of the name ("Opposition Forces"). */
const ORGANISATION_HEADS = new Set(['Forces', 'Coalition', 'Army', 'Front', 'Council', 'Committee', 'Commission', 'Movement', 'Party', 'Group', 'Groups', 'Brigade', 'Brigades', 'Alliance', 'Union', 'Network', 'Media', 'Office']);
/** How far from a toll its attacker may be named; how far after "by" the side of an agent. */
const SIDE_REACH = 25;
const AGENT_REACH = 4;
/** Words between a verb and the count it takes ("killed at least 10"). */
const HEDGE_REACH = 3;

/** The side whose attack a toll counts the victims of, read from the toll's own clause, once per figure. */
export class SideReader {
  constructor(private readonly doc: Tokenized, private readonly cues: ArticleCues, private readonly mentions: Mention[], private readonly mentionAt: (Mention | undefined)[]) {}

  /** The side named nearest the toll in tokens [first, last) of its clause, as its attacker; null when none is. */
  sideOf(first: number, last: number, source: string | null): Side | null {
    const tokens = this.doc.tokens;
    const sentence = tokens[first].sentence;
    const named = this.namedIn(sentence);
    if (named.length === 0) return null;
    this.source = source;
    const s = this.doc.sentences[sentence];
    let from = Math.max(s.first, first - SIDE_REACH);
    let to = Math.min(s.last, last + SIDE_REACH);
    // "Syria strikes kill 45 after rebel fire on Damascus": another clause's attacker is not this toll's
    for (const k of this.cues.of(sentence).openers) {
      if (k < first) from = Math.max(from, k + 1);
      else if (k >= last) to = Math.min(to, k);
    }
    // "were killed by Syrian regime shelling": the agent of the toll's verb, however far the nearest side named
    for (let k = last; k < to; k++) {
      if (tokens[k].lower !== 'by') continue;
      for (const j of named) {
        if (j <= k || j >= Math.min(to, k + AGENT_REACH)) continue;
        const side = this.sideAt(j);
        if (side) return side;
      }
      break;
    }
    // the nearest side named before or after the toll (before it, at the same distance)
    let best: Side | null = null;
    let bestDistance = Infinity;
    for (const k of named) {
      if (k < from || k >= to || (k >= first && k < last)) continue;
      const before = k < first;
      const distance = before ? first - k : k - last + 1;
      if (distance > bestDistance || (distance === bestDistance && !before)) continue;
      if (before ? this.befellBefore(k, first) : TOLL_STATES.has(tokens[k + 1]?.lower ?? '')) continue;
      const side = this.sideAt(k);
      if (side) { best = side; bestDistance = distance; }
    }
    return best;
  }

  /** Where a sentence's words may name a side (a side's word, an armed actor, a country), found once per sentence. */
  private namedIn(sentence: number): number[] {
    let found = this.named.get(sentence);
    if (found === undefined) {
      found = [];
      const { first, last } = this.doc.sentences[sentence];
      for (let k = first; k < last; k++) {
        const m = this.mentionAt[k];
        const w = this.doc.tokens[k].lower;
        const opens = m !== undefined && m.start === this.doc.tokens[k].start && (m.type === 'actor' || (m.type === 'place' && m.kind === 'country'));
        if (opens || SIDE_WORDS.has(w) || w === 'force') found.push(k);
      }
      this.named.set(sentence, found);
    }
    return found;
  }
  private readonly named = new Map<number, number[]>();

  /** "175 Nusra Terrorists Killed Injured in Castello Road. Nearly 75...": a side that something befell, not the toll's attacker ("rebels killed 10"). */
  private befellBefore(k: number, first: number): boolean {
    const j = k + 1;
    return TOLL_STATES.has(this.doc.tokens[j]?.lower ?? '') && first - j > HEDGE_REACH;
  }

  /** The country the article is mostly about, worked out when first asked. */
  private theatre: string | null | undefined;

  private mainCountry(): string | null {
    if (this.theatre === undefined) this.theatre = heaviest(countryWeights(this.doc.tokens, this.mentions)) ?? null;
    return this.theatre;
  }

  /** Who the toll at hand is attributed to: a speaker, never its attacker ("the Syrian government said rebels killed 10"). */
  private source: string | null = null;

  private sideAt(k: number): Side | null {
    const tokens = this.doc.tokens;
    const m = this.mentionAt[k];
    if (m?.type === 'actor' && m.canonical === this.source) return null;
    const w = tokens[k].lower;
    // "Syria strikes kill 45": the country the article is about, named as the one that struck, is its state; a
    // foreign one's side ("US jets", "Russia air strikes") depends on the war, and is not guessed
    if (m?.type === 'place' && m.kind === 'country' && m.start === tokens[k].start && STRIKES.has(tokens[this.mentionEnd(k, m) + 1]?.lower ?? '') && !WITHIN.has(tokens[k - 1]?.lower ?? '') && m.canonical === this.mainCountry()) return 'state';
    // "Syrian air force strikes"
    const side = m?.type === 'actor' ? (m.start === tokens[k].start ? SIDE_OF_KIND[m.kind] : undefined) : w === 'force' && tokens[k - 1]?.lower === 'air' ? 'state' : SIDE_WORDS.get(w);
    if (!side) return null;
    const end = m?.type === 'actor' ? this.mentionEnd(k, m) : k;
    // "the National Coalition for Syrian Revolution and Opposition Forces": a word of an organisation's name
    if (!m && ORGANISATION_HEADS.has(tokens[k + 1]?.text ?? '')) return null;
    // "Syria's opposition National Coalition": the word describes the organisation named after it, whose side is its own
    const named = this.mentionAt[k + 1];
    if (!m && named?.type === 'actor' && named.start === tokens[k + 1].start) return named.canonical === this.source ? null : SIDE_OF_KIND[named.kind] ?? null;
    // "the western districts dominated by the Syrian regime" are where it holds, not what it struck
    const by = tokens[k - 1]?.lower === 'by' ? k - 1 : tokens[k - 1]?.lower === 'the' && tokens[k - 2]?.lower === 'by' ? k - 2 : -1;
    if (by > 0 && HOLDING.has(tokens[by - 1]?.lower ?? '')) return null;
    if (TARGETING.has(tokens[k - 1]?.lower ?? '') || (tokens[k - 1]?.lower === 'the' && TARGETING.has(tokens[k - 2]?.lower ?? ''))) return null;
    const next = tokens[end + 1]?.lower ?? '';
    if (NOT_ATTACKER.has(next) || ((next === '-' || next === '–') && NOT_ATTACKER.has(tokens[end + 2]?.lower ?? ''))) return null;
    return side;
  }

  /** The last token of the mention that starts at k. */
  private mentionEnd(k: number, m: Mention): number {
    let j = k;
    while (this.doc.tokens[j + 1] && this.doc.tokens[j + 1].end <= m.end) j++;
    return j;
  }
}
