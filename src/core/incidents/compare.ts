import type { Disagreement, Update } from '../model';
import type { IncidentClaim } from './claims';

/**
 * How a later-reported claim of an incident stands to an earlier one: they agree (their intervals meet: "at least 58"
 * and "70"), one counts a part of what the other does, it is the toll rising (a later, higher count, from the same
 * source or another) or one source revising its own count, or it disputes the other (another source's different count
 * the same day, or a later, lower one).
 */
export type ClaimRelation = 'agree' | 'part' | 'update' | 'dispute';

/**
 * A toll or total more than this many times smaller than another of the same incident is read as a count of a part (one
 * hospital, one village, the wounded who died across a border), not as a rival estimate of the whole. Counts of how
 * things stand (fighters left, territory held) have no such parts: there, five times fewer is a dispute.
 */
const PART_RATIO = 5;
/** "at most 50", "fewer than 50": a ceiling is said of the whole, never of a part, whatever the other count. */
const CEILINGS = new Set(['up-to', 'fewer-than']);

/** How claim `b`, reported no earlier than `a`, stands to it. */
export function relation(a: IncidentClaim, b: IncidentClaim): ClaimRelation {
  if (a.unit !== b.unit) return 'agree';
  // "at least two of the dead were medics" beside 43: a count far below another, as stated, counts a part of it
  const small = a.figure.high <= b.figure.high ? a : b;
  const large = small === a ? b : a;
  if (a.role !== 'standing' && large.figure.low > PART_RATIO * small.figure.high && !CEILINGS.has(small.figure.qualifier)) return 'part';
  // one article's headline toll and the tolls its body gives by place or by source ("kill 10" and "killing 3
  // civilians" in one neighbourhood) are its own scopes, not a dispute; two named sources it sets side by side are,
  // and so are its unattributed and attributed counts of how things stand ("at least 5,000" fighters left against 2,000)
  if (a.ref.file === b.ref.file && a.role !== 'standing' && !(a.figure.source !== null && b.figure.source !== null && a.source !== b.source)) return 'agree';
  const [lower, upper] = a.high < b.low ? [a, b] : b.high < a.low ? [b, a] : [undefined, undefined];
  // "at least 58", then 86: counts that can both hold agree, but one source's higher count is still its toll rising
  if (!lower || !upper) return a.source === b.source && a.ref.file !== b.ref.file && a.figure.low !== b.figure.low ? 'update' : 'agree';
  if (a.source === b.source) return a.ref.file === b.ref.file ? 'agree' : 'update';
  // a toll rises as the dead are counted; fighters left or ground held are no count that grows with the telling
  const later = a.published !== null && b.published !== null && b.published > a.published;
  return later && upper === b && a.role !== 'standing' ? 'update' : 'dispute';
}

/** An incident's claims in the order they were reported, then by article and place in it. */
export const byReport = (a: IncidentClaim, b: IncidentClaim) => (a.published ?? Infinity) - (b.published ?? Infinity)
  || (a.ref.file < b.ref.file ? -1 : a.ref.file > b.ref.file ? 1 : a.ref.index - b.ref.index);

/** What the claims of one incident say against each other. */
export interface Comparison { disagreements: Disagreement[]; parts: Disagreement[]; updates: Update[] }

/**
 * The disagreements, parts and updates among one incident's claims, in report order: every two claims whose counts
 * differ are told as one of them. An update goes from the earlier claim to the later one (for one source's counts of
 * one day, from the lower to the higher).
 */
export function compareClaims(group: string, incident: string, members: IncidentClaim[]): Comparison {
  const out: Comparison = { disagreements: [], parts: [], updates: [] };
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i];
      const b = members[j];
      const r = relation(a, b);
      if (r === 'dispute') out.disagreements.push({ group, incident, a: a.ref, b: b.ref });
      else if (r === 'part') out.parts.push({ group, incident, a: a.ref, b: b.ref });
      else if (r === 'update') {
        const rising = a.published === b.published && b.figure.low < a.figure.low;
        out.updates.push({ incident, from: rising ? b.ref : a.ref, to: rising ? a.ref : b.ref });
      }
    }
  }
  return out;
}
