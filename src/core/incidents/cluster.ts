import type { EventType, Figure, PlaceInfo, Side } from '../model';
import type { ClaimRole, IncidentClaim } from './claims';
import { LINK_SCORE, PLACE_SCORE, type PlaceRelation, placeRelation, SAME_COUNT_SCORE, SIDE_SCORE, sideRelation, TIME_SCORE, type TimeRelation, timeRelation, TYPE_SCORE, typeRelation } from './evidence';

/**
 * Claims about one incident: their roles agree, their times overlap or touch (`core` is the span all of them allow),
 * every two of their places can be one scene, and the evidence that joined each of them reached LINK_SCORE.
 */
export interface Cluster {
  members: IncidentClaim[];
  role: ClaimRole;
  coreFrom: number | null;
  coreTo: number | null;
  /** The distinct places below country level its members name. */
  places: PlaceInfo[];
  /** For counts of how things stand and running totals: the one place (or none) all members are about. */
  anchor: string | null;
  country: string | null;
  type: EventType | null;
  /** Who struck, as its members say: how many blamed each side, and the most that blamed one. */
  sides: Record<Side, number>;
  mostBlamed: number;
  files: Set<string>;
  /** Its members' counts large enough to recall it by ("the attack that killed 1,400"). */
  counts: number[];
  /** The smallest and largest count its members state. */
  minLow: number;
  maxLow: number;
  /** Why its claims were joined to it: each reason with how many claims it joined (none before a claim joins its founder). */
  why: Map<string, number> | undefined;
  /** The claim that founded it: the weeks and kind of attack it is looked up by. */
  founder: IncidentClaim;
  /** The clustering's mark that the cluster was weighed for the claim at hand. */
  visited: number;
}

const WEEK = 7;
/** A count at least this large, stated exactly, names its event in later reports ("the attack that killed 1,400"). */
const RECALL_MIN_COUNT = 20;
/**
 * A count this many times another is neither a rival estimate nor a part of one event's ("470,000 killed in the war"
 * beside one town's 31): the two are never one incident.
 */
const SCALE_APART = 50;
/** A claim's place and its article's naming the cluster's place: what an unlocated place adds. */
const SCENE_SCORE = PLACE_SCORE.within;

/**
 * How long a small count recalls its attack by itself: later, many attacks have killed 21 in a province, while one
 * that killed 1,400 is still the one meant years on.
 */
const RECENT_DAYS = 14;
const MEMORABLE_COUNT = 100;

/** What reports recall an attack by: its dead ("the attack that killed 1,400"), never its wounded or displaced. */
const RECALLED_BY = new Set<Figure['event']>(['killed', 'executed']);
/** A count that recalls its event: large enough and stated, not a vague magnitude. */
const recallCount = (c: IncidentClaim) => (c.role === 'event' && RECALLED_BY.has(c.figure.event) && c.figure.low >= RECALL_MIN_COUNT && c.figure.low === c.figure.high && c.figure.qualifier !== 'about' ? c.figure.low : undefined);

function timeScore(c: IncidentClaim, k: Cluster): number {
  if (c.from !== null && k.coreFrom !== null) return TIME_SCORE[timeRelation(c.from, c.to!, k.coreFrom, k.coreTo!)];
  // a claim of unknown time, or a cluster of such claims, is one only with claims of the same report
  return k.files.has(c.ref.file) ? 0 : -Infinity;
}

/** Whether a claim's article names, as a scene, a place that is the cluster's (or one spelling of it). */
const namesScene = (c: IncidentClaim, k: Cluster) => c.scenes.some((s) => k.places.some((p) => { const r = placeRelation(s, p); return r === 'same' || r === 'spelling'; }));

/**
 * The evidence of place: -Infinity when the claim's place cannot be the scene of the cluster's event. `scenes`: a place
 * no list locates may be one the claim's article names as a scene (not so for an attack recalled from another time).
 */
function placeScore(c: IncidentClaim, k: Cluster, scenes = true): number {
  if (c.country !== null && k.country !== null && c.country !== k.country) return -Infinity;
  if (c.role !== 'event') return (c.place?.canonical ?? null) === k.anchor ? PLACE_SCORE.same : -Infinity;
  if (c.precision >= 2) {
    if (k.places.length === 0) return k.members.every((m) => m.scenes.some((s) => placeRelation(s, c.place!) !== 'apart')) ? PLACE_SCORE.within : -Infinity;
    let best = -Infinity;
    for (const p of k.places) {
      const r = placeRelation(c.place!, p);
      if (r === 'apart') return -Infinity;
      best = Math.max(best, PLACE_SCORE[r]);
    }
    // a place no list locates ("a Damascan suburb town") in an article that names the cluster's town
    return best < SCENE_SCORE && scenes && namesScene(c, k) ? SCENE_SCORE : best;
  }
  // a toll that names no place below its country happened where its article's places and the cluster's meet
  if (k.places.length === 0) return -Infinity;
  // an article that names no place of the incident's country ("the August 21 gas attack the United States says killed
  // more than 1400", from Washington) says neither where nor elsewhere: its day, kind of attack and count must tell
  if (!c.scenes.some((s) => k.country === null || s.country === k.country)) return PLACE_SCORE.unknown;
  return c.scenes.some((s) => k.places.every((p) => placeRelation(s, p) !== 'apart')) ? PLACE_SCORE.within : -Infinity;
}

/** The evidence that a claim is about a cluster's event, -1 when it cannot be. */
function fit(c: IncidentClaim, k: Cluster): number {
  if (c.role !== k.role || c.figure.low > SCALE_APART * k.maxLow || k.minLow > SCALE_APART * Math.max(1, c.figure.high)) return -1;
  // the cheap evidence first: most clusters of a week are ruled out by their days or their kind of attack
  const time = timeScore(c, k);
  if (time === -Infinity) return -1;
  const count = recallCount(c);
  const rest = time + TYPE_SCORE[typeRelation(c.type, k.type)] + SIDE_SCORE[sideRelation(c.side, k.sides, k.mostBlamed)] + (count !== undefined && k.counts.includes(count) ? SAME_COUNT_SCORE : 0);
  if (rest + PLACE_SCORE.same < LINK_SCORE) return -1;
  const score = rest + placeScore(c, k);
  return score >= LINK_SCORE ? score : -1;
}

const TIME_WORDS: Record<TimeRelation, string> = { overlap: 'the same days', inside: 'a day within the weeks a report gives', touch: 'the next day', apart: 'days apart' };
const PLACE_WORDS: Record<string, string> = { same: 'the same place', spelling: 'one place spelled two ways', within: 'a place within another', near: 'towns near each other', unknown: 'a place no list locates, named with the others' };
const TYPE_WORDS: Record<string, string> = { same: 'the same kind of attack', akin: 'air strikes, shelling or gas, told apart by few witnesses', different: 'another kind of attack, outweighed' };

/** Why a claim joins a cluster, as a reader would say it ("the same place", "the next day", "a count recalled"), counted on the cluster. */
function addReasons(c: IncidentClaim, k: Cluster, recalled: boolean): void {
  const why = (k.why ??= new Map());
  const add = (reason: string) => { why.set(reason, (why.get(reason) ?? 0) + 1); };
  if (recalled) return add('an earlier attack of its kind recalled by its count');
  add(c.from === null || k.coreFrom === null ? 'one report' : TIME_WORDS[timeRelation(c.from, c.to!, k.coreFrom, k.coreTo!)]);
  let place: PlaceRelation | undefined;
  if (c.precision >= 2) for (const p of k.places) { const r = placeRelation(c.place!, p); if (!place || PLACE_SCORE[r] > PLACE_SCORE[place]) place = r; }
  add(place ? PLACE_WORDS[place] : "a place its article names with the others'");
  const type = typeRelation(c.type, k.type);
  if (type !== 'unknown') add(TYPE_WORDS[type]);
  if (sideRelation(c.side, k.sides, k.mostBlamed) === 'different') add('another side blamed, outweighed');
  const count = recallCount(c);
  if (count !== undefined && k.counts.includes(count)) add('the same count');
}

/** Counts a claim's side among those its cluster's claims blame. */
function blame(k: Cluster, side: Side | null): void {
  if (side !== null) k.mostBlamed = Math.max(k.mostBlamed, ++k.sides[side]);
}

function newCluster(c: IncidentClaim): Cluster {
  const count = recallCount(c);
  const k: Cluster = {
    members: [c], role: c.role, coreFrom: c.from, coreTo: c.to, places: c.precision >= 2 ? [c.place!] : [],
    anchor: c.place?.canonical ?? null, country: c.country, type: c.type, sides: { state: 0, insurgents: 0, coalition: 0 }, mostBlamed: 0, files: new Set([c.ref.file]),
    counts: count === undefined ? [] : [count], minLow: c.figure.low, maxLow: c.figure.low, why: undefined, founder: c, visited: 0,
  };
  blame(k, c.side);
  return k;
}

/**
 * Adds a claim to a cluster. Its time narrows the cluster's where they overlap; a claim a day off (a report of the
 * next day) or one that recalls the event without its time (`recalled`) leaves it as it was.
 */
function join(k: Cluster, c: IncidentClaim, recalled: boolean): void {
  addReasons(c, k, recalled);
  k.members.push(c);
  if (c.from !== null && !recalled) {
    if (k.coreFrom === null) { k.coreFrom = c.from; k.coreTo = c.to; }
    else if (c.from <= k.coreTo! && c.to! >= k.coreFrom) { k.coreFrom = Math.max(k.coreFrom, c.from); k.coreTo = Math.min(k.coreTo!, c.to!); }
  }
  if (c.precision >= 2 && !k.places.some((p) => p.canonical === c.place!.canonical)) k.places.push(c.place!);
  k.country ??= c.country;
  k.type ??= c.type;
  blame(k, c.side);
  k.files.add(c.ref.file);
  k.minLow = Math.min(k.minLow, c.figure.low);
  k.maxLow = Math.max(k.maxLow, c.figure.low);
  const count = recallCount(c);
  if (count !== undefined && !k.counts.includes(count)) k.counts.push(count);
}

/**
 * Claims with a time and a precise place go first, so that they found the clusters the vaguer ones then join:
 * timed before untimed, located towns before provinces (and towns no list locates) before countries, narrow spans before wide, then by day, article
 * and place in it. Each claim's rank is worked out once as two numbers, so that the sort compares numbers only.
 */
export function inClusteringOrder(claims: IncidentClaim[]): IncidentClaim[] {
  const files = [...new Set(claims.map((c) => c.ref.file))].sort();
  const fileRank = new Map(files.map((f, i) => [f, i]));
  const primary = new Float64Array(claims.length);
  const secondary = new Float64Array(claims.length);
  const order = new Array<number>(claims.length);
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    const timed = c.from !== null;
    // 1 bit untimed, 2 bits imprecision, 21 bits span, 17 bits day (1900-2099 shifted above zero): exact in a double
    primary[i] = (timed ? 0 : 2 ** 40) + (3 - c.foundingPrecision) * 2 ** 38 + (timed ? Math.min(c.to! - c.from!, 2 ** 21 - 1) * 2 ** 17 + c.from! + 2 ** 16 : 0);
    secondary[i] = fileRank.get(c.ref.file)! * 2 ** 20 + c.ref.index;
    order[i] = i;
  }
  order.sort((a, b) => primary[a] - primary[b] || secondary[a] - secondary[b]);
  return order.map((i) => claims[i]);
}

/**
 * The clusters of one kind of quantity's claims, and where each is looked up: by week, by report, by a count that
 * recalls it. Claims are added one by one, each joining the cluster the evidence points at most or founding its own
 * (in clustering order, see `inClusteringOrder`); clusters are found by the weeks their times touch, the reports their
 * members come from and their counts, so that the work grows with the claims, not with their pairs (a block of
 * weeks, then links inside it). A cluster can be taken out again, its claims to be placed anew: an edited article
 * re-clusters only the incidents its claims could be part of.
 */
export class Clusterer {
  readonly clusters = new Set<Cluster>();
  private readonly byWeek = new Map<number, Cluster[]>();
  private readonly byFile = new Map<string, Cluster[]>();
  /** Event clusters of a known kind of attack, by the counts their members give: what a later report may recall. */
  private readonly byCount = new Map<number, Cluster[]>();
  /** The same clusters by kind of attack: where a toll of an undated report looks for its event. */
  private readonly byType = new Map<EventType, Cluster[]>();
  /** Marks the clusters already weighed for the claim at hand (a cluster is listed under several weeks). */
  private stamp = 0;
  private best: Cluster | undefined;
  private bestScore = -1;

  /** Places the claim, and returns the cluster it is now part of. */
  add(c: IncidentClaim): Cluster {
    this.stamp++;
    this.best = undefined;
    this.bestScore = -1;
    this.weigh(c, this.byFile.get(c.ref.file));
    // a cluster is listed under the weeks of its founder's days; a claim looks a day beyond its own, for the next day's report
    if (c.from !== null) for (let w = weekOf(c.from - 1); w <= weekOf(c.to! + 1); w++) this.weigh(c, this.byWeek.get(w));
    const best = this.best as Cluster | undefined;
    // a report that recalls an earlier attack by its count recalls it, rather than keep to its own article's claims or
    // to an incident of the days before that never gave that count; a headline that repeats its body's count stays
    const count = recallCount(c);
    const weak = !best || (count !== undefined ? !best.counts.includes(count) : best.files.size === 1 && best.files.has(c.ref.file));
    const recalled = weak && c.loose ? recalledIncident(c, this.recallCandidates(c)) : undefined;
    const found = recalled ?? best;
    const k = found ?? newCluster(c);
    // the counts it is listed by already; join adds new ones at the end
    const listed = found ? k.counts.length : 0;
    if (found) join(k, c, recalled !== undefined);
    else {
      this.clusters.add(k);
      if (k.founder.from !== null) for (let w = weekOf(k.founder.from); w <= weekOf(k.founder.to!); w++) pushTo(this.byWeek, w, k);
      if (recallable(k)) pushTo(this.byType, k.type!, k);
    }
    if (recallable(k)) for (let i = listed; i < k.counts.length; i++) pushTo(this.byCount, k.counts[i], k);
    if (!this.byFile.get(c.ref.file)?.includes(k)) pushTo(this.byFile, c.ref.file, k);
    return k;
  }

  /** Takes a cluster out: its claims are no longer placed anywhere. */
  remove(k: Cluster): void {
    if (!this.clusters.delete(k)) return;
    const f = k.founder;
    if (f.from !== null) for (let w = weekOf(f.from); w <= weekOf(f.to!); w++) removeFrom(this.byWeek, w, k);
    if (recallable(k)) {
      for (const n of k.counts) removeFrom(this.byCount, n, k);
      removeFrom(this.byType, k.type!, k);
    }
    for (const file of k.files) removeFrom(this.byFile, file, k);
  }

  /** The clusters a claim could join: the ones of its report and weeks that it fits, and the one it would recall. */
  candidates(c: IncidentClaim): Set<Cluster> {
    const found = new Set<Cluster>();
    const consider = (list: Cluster[] | undefined) => { for (const k of list ?? []) if (fit(c, k) >= 0) found.add(k); };
    consider(this.byFile.get(c.ref.file));
    if (c.from !== null) for (let w = weekOf(c.from - 1); w <= weekOf(c.to! + 1); w++) consider(this.byWeek.get(w));
    const recalled = c.loose ? recalledIncident(c, this.recallCandidates(c)) : undefined;
    if (recalled) found.add(recalled);
    return found;
  }

  private weigh(c: IncidentClaim, list: Cluster[] | undefined): void {
    if (!list) return;
    for (let i = 0; i < list.length; i++) {
      const k = list[i];
      if (k.visited === this.stamp || k.role !== c.role) continue;
      k.visited = this.stamp;
      const s = fit(c, k);
      if (s > this.bestScore) { this.best = k; this.bestScore = s; }
    }
  }

  /**
   * The clusters a claim may recall: earlier events of its kind of attack that gave the same count, or, for a toll
   * of a report with no date at all, every event of its kind (its place then decides).
   */
  private recallCandidates(c: IncidentClaim): Cluster[] {
    if (c.role !== 'event' || c.type === null) return [];
    if (c.to === null) return this.byType.get(c.type) ?? [];
    const count = recallCount(c);
    return count === undefined ? [] : this.byCount.get(count) ?? [];
  }
}

const weekOf = (day: number) => Math.floor(day / WEEK);

/** An event cluster of a known kind of attack: one a later report can recall by its count. */
const recallable = (k: Cluster) => k.role === 'event' && k.founder.from !== null && k.type !== null;

function removeFrom<K>(map: Map<K, Cluster[]>, key: K, k: Cluster): void {
  const list = map.get(key);
  if (!list) return;
  const i = list.indexOf(k);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) map.delete(key);
}

function pushTo<K>(map: Map<K, Cluster[]>, key: K, k: Cluster): void {
  const list = map.get(key);
  if (list) list.push(k); else map.set(key, [k]);
}

/**
 * A toll dated only by its article's date (or not at all) may be about an attack reported long before: "the August
 * 21 attack, which killed more than 1,400", "58 dead in the chemical attack on Khan Sheikhoun". It joins an earlier
 * incident of the same kind of attack that gave the same count, at a place that can be its scene, when that incident
 * is the one the evidence points at: the only one, or one far more reported than any other. A toll of a report with no
 * date looks among every event of its kind at its place, and among those that gave its count first, if any did: an
 * undated "21 killed in Manbij" is the Manbij attack that killed 21.
 */
function recalledIncident(c: IncidentClaim, clusters: Cluster[]): Cluster | undefined {
  const count = c.to === null ? recallCount(c) : undefined;
  let best: Cluster | undefined;
  let bestScore = 0;
  let second = 0;
  let counted = false;
  for (const k of clusters) {
    if (k.role !== 'event' || k.coreFrom === null || typeRelation(k.type, c.type) !== 'same') continue;
    // what a report recalls happened by the time of the report; a small count recalls only a recent attack
    if (c.to !== null && k.coreFrom > c.to) continue;
    if (c.from !== null && c.from - k.coreTo! > RECENT_DAYS && c.figure.low < MEMORABLE_COUNT) continue;
    // at a place that can be its scene: its own, or, when it names none, one its article names
    if (c.precision >= 2 ? placeScore(c, k, false) < PLACE_SCORE.within : !namesScene(c, k)) continue;
    const gave = count !== undefined && k.counts.includes(count);
    if (counted && !gave) continue;
    if (gave && !counted) { counted = true; best = undefined; bestScore = 0; second = 0; }
    const score = k.files.size;
    if (score > bestScore) { second = bestScore; best = k; bestScore = score; } else if (score > second) second = score;
  }
  return best && bestScore >= 2 * second ? best : undefined;
}
