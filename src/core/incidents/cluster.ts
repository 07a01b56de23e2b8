import type { EventType, PlaceInfo } from '../model';
import type { ClaimRole, IncidentClaim } from './claims';
import { sameScene } from './places';

/**
 * Claims about one incident: their roles agree, their times overlap (`core` is the span all of them allow), every
 * two of their places can be one scene, and their kinds of attack agree.
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
  files: Set<string>;
  /** The claim that founded it: the weeks and kind of attack it is looked up by. */
  founder: IncidentClaim;
  /** The clustering's mark that the cluster was weighed for the claim at hand. */
  visited: number;
}

/** Air strikes and shelling are told apart by few witnesses: reports of one bombardment use either word. */
const BOMBARDMENT = new Set<EventType>(['air-strike', 'shelling']);
const WEEK = 7;

function typeScore(a: EventType | null, b: EventType | null): number {
  if (a === null || b === null) return 0;
  if (a === b) return 2;
  return BOMBARDMENT.has(a) && BOMBARDMENT.has(b) ? 1 : -1;
}

/** How well a claim's place fits a cluster's: -1 when it cannot be the same scene. */
function placeScore(c: IncidentClaim, k: Cluster): number {
  if (c.country !== null && k.country !== null && c.country !== k.country) return -1;
  if (c.role !== 'event') return (c.place?.canonical ?? null) === k.anchor ? 3 : -1;
  if (c.precision >= 2) {
    if (k.places.length === 0) return k.members.every((m) => m.scenes.some((s) => sameScene(s, c.place!))) ? 1 : -1;
    let same = false;
    for (const p of k.places) {
      if (!sameScene(c.place!, p)) return -1;
      if (p.canonical === c.place!.canonical) same = true;
    }
    return same ? 3 : 2;
  }
  // a toll that names no place below its country happened where its article's places and the cluster's meet
  if (k.places.length === 0) return -1;
  return c.scenes.some((s) => k.places.every((p) => sameScene(s, p))) ? 1 : -1;
}

function timeFits(c: IncidentClaim, k: Cluster): boolean {
  if (c.from !== null && k.coreFrom !== null) return c.from <= k.coreTo! && c.to! >= k.coreFrom;
  // a claim of unknown time, or a cluster of such claims, is one only with claims of the same report
  return k.files.has(c.ref.file);
}

/** -1 when the claim cannot join the cluster; otherwise higher is a better fit. */
function fit(c: IncidentClaim, k: Cluster): number {
  if (c.role !== k.role || !timeFits(c, k)) return -1;
  const t = typeScore(c.type, k.type);
  if (t < 0) return -1;
  const p = placeScore(c, k);
  return p < 0 ? -1 : p * 4 + t;
}

function newCluster(c: IncidentClaim): Cluster {
  return {
    members: [c], role: c.role, coreFrom: c.from, coreTo: c.to, places: c.precision >= 2 ? [c.place!] : [],
    anchor: c.place?.canonical ?? null, country: c.country, type: c.type, files: new Set([c.ref.file]), founder: c, visited: 0,
  };
}

/** Adds a claim to a cluster; one that recalls the incident without its time (`recalled`) leaves the cluster's time as it was. */
function join(k: Cluster, c: IncidentClaim, recalled: boolean): void {
  k.members.push(c);
  if (c.from !== null && !recalled) {
    k.coreFrom = k.coreFrom === null ? c.from : Math.max(k.coreFrom, c.from);
    k.coreTo = k.coreTo === null ? c.to : Math.min(k.coreTo!, c.to!);
  }
  if (c.precision >= 2 && !k.places.some((p) => p.canonical === c.place!.canonical)) k.places.push(c.place!);
  k.country ??= c.country;
  k.type ??= c.type;
  k.files.add(c.ref.file);
}

/**
 * Claims with a time and a precise place go first, so that they found the clusters the vaguer ones then join:
 * timed before untimed, towns before provinces before countries, narrow spans before wide, then by day, article
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
    primary[i] = (timed ? 0 : 2 ** 40) + (3 - c.precision) * 2 ** 38 + (timed ? Math.min(c.to! - c.from!, 2 ** 21 - 1) * 2 ** 17 + c.from! + 2 ** 16 : 0);
    secondary[i] = fileRank.get(c.ref.file)! * 2 ** 20 + c.ref.index;
    order[i] = i;
  }
  order.sort((a, b) => primary[a] - primary[b] || secondary[a] - secondary[b]);
  return order.map((i) => claims[i]);
}

/**
 * The clusters of one kind of quantity's claims, and where each is looked up: by week, by report, by kind of attack.
 * Claims are added one by one, each joining the cluster it fits best or founding its own (in clustering order, see
 * `inClusteringOrder`); clusters are found by the weeks their times touch and the reports their members come from,
 * so that the work grows with the claims, not with their pairs. A cluster can be taken out again, its claims to be
 * placed anew: an edited article re-clusters only the incidents its claims could be part of.
 */
export class Clusterer {
  readonly clusters = new Set<Cluster>();
  private readonly byWeek = new Map<number, Cluster[]>();
  private readonly byFile = new Map<string, Cluster[]>();
  /** Clusters of events with a time, by kind of attack: where an undated toll's incident is looked for. */
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
    if (c.from !== null) for (let w = Math.floor(c.from / WEEK); w <= Math.floor(c.to! / WEEK); w++) this.weigh(c, this.byWeek.get(w));
    const recalled = !this.best && (c.loose || c.precision < 2) ? recalledIncident(c, this.recallCandidates(c)) : undefined;
    const found = this.best ?? recalled;
    const k = found ?? newCluster(c);
    if (found) join(k, c, recalled !== undefined);
    else {
      this.clusters.add(k);
      if (k.founder.from !== null) for (let w = Math.floor(k.founder.from / WEEK); w <= Math.floor(k.founder.to! / WEEK); w++) pushTo(this.byWeek, w, k);
      if (foundsByType(k)) pushTo(this.byType, k.founder.type!, k);
    }
    if (!this.byFile.get(c.ref.file)?.includes(k)) pushTo(this.byFile, c.ref.file, k);
    return k;
  }

  /** Takes a cluster out: its claims are no longer placed anywhere. */
  remove(k: Cluster): void {
    if (!this.clusters.delete(k)) return;
    const f = k.founder;
    if (f.from !== null) for (let w = Math.floor(f.from / WEEK); w <= Math.floor(f.to! / WEEK); w++) removeFrom(this.byWeek, w, k);
    if (foundsByType(k)) removeFrom(this.byType, k.founder.type!, k);
    for (const file of k.files) removeFrom(this.byFile, file, k);
  }

  /** The clusters a claim could join: the ones of its report and weeks that it fits, and the one it would recall. */
  candidates(c: IncidentClaim): Set<Cluster> {
    const found = new Set<Cluster>();
    const consider = (list: Cluster[] | undefined) => { for (const k of list ?? []) if (fit(c, k) >= 0) found.add(k); };
    consider(this.byFile.get(c.ref.file));
    if (c.from !== null) for (let w = Math.floor(c.from / WEEK); w <= Math.floor(c.to! / WEEK); w++) consider(this.byWeek.get(w));
    const recalled = c.loose || c.precision < 2 ? recalledIncident(c, this.recallCandidates(c)) : undefined;
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

  /** The clusters a claim may recall: those of the weeks before its time, or (undated) those of its kind of attack. */
  private recallCandidates(c: IncidentClaim): Cluster[] {
    if (c.role !== 'event' || c.type === null) return [];
    if (c.to === null) return this.byType.get(c.type) ?? [];
    const found: Cluster[] = [];
    this.stamp++;
    for (let w = Math.floor((c.to - RECALL_DAYS) / WEEK); w <= Math.floor(c.to / WEEK); w++) {
      for (const k of this.byWeek.get(w) ?? []) if (k.visited !== this.stamp) { k.visited = this.stamp; found.push(k); }
    }
    return found;
  }
}

/** A cluster founded by a timed event of a known kind is where an undated toll of that kind may look. */
const foundsByType = (k: Cluster) => k.founder.from !== null && k.founder.role === 'event' && k.founder.type !== null;

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

/** How far back a toll dated only by its article may recall an incident: reports return to an attack for weeks. */
const RECALL_DAYS = 30;

/**
 * A toll dated only by its article's date (or not at all), or one that names no place, may be about an attack
 * reported elsewhere: "86 dead in the chemical attack on Khan Sheikhoun", "the August 21 attack, which killed
 * more than 1,400". It joins an incident of its kind of attack (and its town, when it names one) when that incident
 * is the one the evidence points at: the only one, or one far more reported than any other (articles giving the
 * same number count twice over).
 */
function recalledIncident(c: IncidentClaim, clusters: Cluster[]): Cluster | undefined {
  if (c.role !== 'event' || c.type === null) return undefined;
  let best: Cluster | undefined;
  let bestScore = 0;
  let second = 0;
  for (const k of clusters) {
    if (k.role !== 'event' || k.coreFrom === null || k.type !== c.type) continue;
    // what a report recalls happened by the time of the report
    if (c.to !== null && (k.coreFrom > c.to || k.coreTo! < c.to - RECALL_DAYS)) continue;
    if (c.precision >= 2 ? placeScore(c, k) < 2 : c.country !== null && k.country !== null && c.country !== k.country) continue;
    let score = k.files.size;
    for (const m of k.members) if (m.figure.low === c.figure.low && m.figure.high === c.figure.high) score += 2;
    if (score > bestScore) { second = bestScore; best = k; bestScore = score; } else if (score > second) second = score;
  }
  return best && bestScore >= 2 * second ? best : undefined;
}
