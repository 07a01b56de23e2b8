import type { Disagreement, EventType, FigureRef, Incident, PlaceInfo, Update } from '../model';
import { isoOf } from '../time/days';
import type { IncidentClaim } from './claims';
import { type Cluster, Clusterer, inClusteringOrder } from './cluster';
import { byReport, type Comparison, compareClaims } from './compare';
import { precision } from './places';

/** The incidents of one kind of quantity, with the disagreements, parts and updates among their claims. */
export interface GroupIncidents {
  incidents: Incident[];
  disagreements: Disagreement[];
  parts: Disagreement[];
  updates: Update[];
}

export const refKey = (r: { file: string; index: number }) => `${r.file}#${r.index}`;
const slugs = new Map<string, string>();
/** A place's name as a part of an id ("Khan Sheikhoun" -> "khan-sheikhoun"), worked out once per name. */
function slug(s: string): string {
  let out = slugs.get(s);
  if (out === undefined) slugs.set(s, (out = s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unplaced'));
  return out;
}
const AS_OF_DAYS = 3;

/** The most precise place the members name, the one named most among equals. */
function placeOf(k: Cluster): PlaceInfo | undefined {
  if (k.members.length === 1) return k.members[0].place;
  const counts = new Map<string, { p: PlaceInfo; n: number }>();
  for (const m of k.members) if (m.place) {
    const e = counts.get(m.place.canonical);
    if (e) e.n++; else counts.set(m.place.canonical, { p: m.place, n: 1 });
  }
  let best: { p: PlaceInfo; n: number } | undefined;
  for (const e of counts.values()) if (!best || precision(e.p) > precision(best.p) || (precision(e.p) === precision(best.p) && e.n > best.n)) best = e;
  return best?.p;
}

function typeOf(k: Cluster): EventType | null {
  if (k.members.length === 1) return k.members[0].type;
  const counts = new Map<EventType, number>();
  let best: EventType | null = null;
  for (const m of k.members) if (m.type) {
    const n = (counts.get(m.type) ?? 0) + 1;
    counts.set(m.type, n);
    if (!best || n > counts.get(best)!) best = m.type;
  }
  return best;
}

/** The span all members allow (an event), or the days the members are as of (a standing count, a running total). */
function spanOf(k: Cluster): [string | null, string | null] {
  if (k.coreFrom === null) return [null, null];
  if (k.role === 'event') return [isoOf(k.coreFrom), isoOf(k.coreTo!)];
  let from = Infinity;
  let to = -Infinity;
  for (const m of k.members) if (m.to !== null) { from = Math.min(from, m.to - AS_OF_DAYS); to = Math.max(to, m.to - AS_OF_DAYS); }
  return [isoOf(from), isoOf(to)];
}

/**
 * Once changes since the last whole clustering reach a quarter of a group's claims, the group is clustered whole
 * again: a large change costs as much either way, and many small ones drift from what a whole clustering finds
 * (claims placed again beside incidents left as they were may choose differently than they would among all).
 */
const WHOLE_SHARE = 4;

/** What an incident is said to be, from its cluster: its place, and the span of its time. */
interface Summary { place: PlaceInfo | undefined; from: string | null; to: string | null }

/** One cluster as the index shows it: the incident, and what its claims say against each other. */
interface Outcome extends Comparison { incident: Incident }

/**
 * The incidents of one kind of quantity, kept current claim by claim. The first update clusters all of the group's
 * claims; later ones take out only the incidents that hold a changed claim or that a new claim could join, and place
 * their claims again, so that an edited article re-clusters the incidents it touches, not the group. An incident keeps
 * its id while it holds most of the claims it held, so that views and open hovers do not jump; a new incident is
 * named by its group, place and day. Each claim's incident is written on its figure.
 */
export class IncidentGroup {
  private readonly clusterer = new Clusterer();
  /** Each cluster's outcome, in the order the clusters were made. */
  private readonly outcomes = new Map<Cluster, Outcome>();
  /** Claim key -> the cluster it is part of. */
  private readonly clusterOf = new Map<string, Cluster>();
  private flat: GroupIncidents | undefined;
  /** Claims changed by local updates since the group was last clustered whole: local updates drift from a whole clustering. */
  private changedSinceWhole = 0;

  constructor(private readonly group: string, private readonly label: string) {}

  /**
   * Claims added (or replaced: the same key again) and claims gone, by key. `whole`: cluster the whole group anew (as
   * a first clustering would, ids kept), as after a bulk load; so it is, too, when the changes since the last whole
   * clustering are a large part of the group.
   */
  update(added: IncidentClaim[], removed: Set<string>, whole = false): void {
    const opened = new Set<Cluster>();
    for (const key of removed) {
      const k = this.clusterOf.get(key);
      if (k) { opened.add(k); this.clusterOf.delete(key); }
    }
    for (const c of added) {
      const old = this.clusterOf.get(c.key);
      if (old) { opened.add(old); this.clusterOf.delete(c.key); }
    }
    this.changedSinceWhole += added.length + removed.size;
    if (whole || this.changedSinceWhole * WHOLE_SHARE >= this.clusterOf.size) {
      this.changedSinceWhole = 0;
      for (const k of this.clusterer.clusters) opened.add(k);
    } else {
      for (const c of added) for (const k of this.clusterer.candidates(c)) opened.add(k);
    }
    const previous = new Map<string, Set<string>>();
    const placed: IncidentClaim[] = added.slice();
    for (const k of opened) {
      previous.set(this.outcomes.get(k)!.incident.id, new Set(k.members.map((m) => m.key)));
      this.outcomes.delete(k);
      this.clusterer.remove(k);
      // a claim still keyed to the cluster is still in the group; a removed or replaced one is not
      for (const m of k.members) if (this.clusterOf.get(m.key) === k) placed.push(m);
    }
    const touched = new Set<Cluster>();
    for (const c of inClusteringOrder(placed)) {
      const k = this.clusterer.add(c);
      this.clusterOf.set(c.key, k);
      touched.add(k);
    }
    // a cluster kept open that took in claims keeps its id unless another one now holds more of its claims
    for (const k of touched) {
      const kept = this.outcomes.get(k);
      if (!kept) continue;
      previous.set(kept.incident.id, new Set(kept.incident.members.map(refKey)));
      this.outcomes.delete(k);
    }
    const taken = new Set<string>();
    for (const o of this.outcomes.values()) taken.add(o.incident.id);
    const clusters = [...touched];
    const summaries = clusters.map((k): Summary => {
      const [from, to] = spanOf(k);
      return { place: placeOf(k), from, to };
    });
    const ids = stableIds(this.group, clusters, summaries, previous, taken);
    for (let n = 0; n < clusters.length; n++) this.outcomes.set(clusters[n], this.outcomeOf(clusters[n], ids[n], summaries[n]));
    this.flat = undefined;
  }

  /** The group's incidents, disagreements and updates, gathered once per update. */
  get result(): GroupIncidents {
    if (!this.flat) {
      const flat: GroupIncidents = { incidents: [], disagreements: [], parts: [], updates: [] };
      for (const o of this.outcomes.values()) {
        flat.incidents.push(o.incident);
        for (const d of o.disagreements) flat.disagreements.push(d);
        for (const d of o.parts) flat.parts.push(d);
        for (const u of o.updates) flat.updates.push(u);
      }
      this.flat = flat;
    }
    return this.flat;
  }

  private outcomeOf(k: Cluster, id: string, { place, from, to }: Summary): Outcome {
    const members = k.members.length === 1 ? k.members : k.members.slice().sort(byReport);
    const refs: FigureRef[] = new Array(members.length);
    for (let i = 0; i < members.length; i++) { refs[i] = members[i].ref; members[i].figure.incident = id; }
    const incident: Incident = {
      id, group: this.group, label: `${this.label}${place ? ` · ${place.canonical}` : ''}${from ? ` · ${from}` : ''}`, place: place?.canonical ?? null,
      admin1: place?.admin1 ?? null, country: place?.country ?? k.country, eventType: typeOf(k), from, to, members: refs,
      ...(k.why ? { evidence: [...k.why].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} (${n})`) } : {}),
    };
    return { incident, ...(members.length > 1 ? compareClaims(this.group, id, members) : { disagreements: [], parts: [], updates: [] }) };
  }
}

/**
 * Ids for the clusters: an earlier incident's for the cluster holding most of its claims, else a new one that no
 * earlier incident had and no other incident (`taken`) has.
 */
function stableIds(group: string, clusters: Cluster[], summaries: Summary[], previous: Map<string, Set<string>>, taken: Set<string>): string[] {
  const ids: (string | undefined)[] = new Array(clusters.length);
  const used = new Set<string>(taken);
  if (previous.size) {
    const oldOf = new Map<string, string>();
    for (const [id, keys] of previous) for (const key of keys) oldOf.set(key, id);
    // the largest clusters choose first
    const order = clusters.map((_, n) => n).sort((a, b) => clusters[b].members.length - clusters[a].members.length || a - b);
    for (const n of order) {
      const shared = new Map<string, number>();
      for (const m of clusters[n].members) {
        const old = oldOf.get(m.key);
        if (old !== undefined && !used.has(old)) shared.set(old, (shared.get(old) ?? 0) + 1);
      }
      let best: string | undefined;
      for (const [id, count] of shared) if (!best || count > shared.get(best)!) best = id;
      if (best) { ids[n] = best; used.add(best); }
    }
  }
  return clusters.map((k, n) => {
    if (ids[n]) return ids[n]!;
    const { place, from } = summaries[n];
    const base = `${group}:${slug(place?.canonical ?? k.country ?? 'unplaced')}:${from ?? 'undated'}`;
    let id = base;
    for (let i = 2; used.has(id) || previous.has(id); i++) id = `${base}~${i}`;
    used.add(id);
    return id;
  });
}
