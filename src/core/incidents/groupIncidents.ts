import type { Disagreement, EventType, FigureRef, Incident, PlaceInfo, Update } from '../model';
import { isoOf } from '../time/days';
import type { IncidentClaim } from './claims';
import { type Cluster, clusterClaims } from './cluster';
import { precision } from './places';

/** The incidents of one kind of quantity, with the disagreements and updates among their claims. */
export interface GroupIncidents {
  incidents: Incident[];
  disagreements: Disagreement[];
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

/** Whether two claims' places are one scene as they stand, not one within the other (a province's toll and a town's are part and whole). */
const sameSpot = (a: IncidentClaim, b: IncidentClaim) => !a.place || !b.place || a.place.canonical === b.place.canonical
  || (a.precision === 3 && b.precision === 3);

/**
 * A toll or total more than this many times smaller than another of the same incident is read as a count of a part (one
 * hospital, one village, the wounded who died across a border), not as a rival estimate of the whole. Counts of how
 * things stand (fighters left, territory held) have no such parts: there, five times fewer is a dispute.
 */
const PART_RATIO = 5;

/** Two sources whose claims about one incident cannot both hold, and that are estimates of the same whole. */
function disagree(a: IncidentClaim, b: IncidentClaim): boolean {
  const [lower, upper] = a.high < b.low ? [a, b] : b.high < a.low ? [b, a] : [undefined, undefined];
  if (!lower || !upper || (a.role !== 'standing' && upper.low > PART_RATIO * lower.high)) return false;
  return a.source !== b.source && a.unit === b.unit && sameSpot(a, b);
}

/** A source's successive counts for one incident, each higher than the last: its toll rising, not a dispute. */
function updatesOf(incident: string, members: IncidentClaim[]): Update[] {
  const bySource = new Map<string, IncidentClaim[]>();
  for (const m of members) bySource.get(m.source)?.push(m) ?? bySource.set(m.source, [m]);
  const out: Update[] = [];
  for (const list of bySource.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => (a.published ?? Infinity) - (b.published ?? Infinity) || a.figure.low - b.figure.low);
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1];
      const b = list[i];
      if (a.ref.file !== b.ref.file && b.figure.low > a.figure.low) out.push({ incident, from: a.ref, to: b.ref });
    }
  }
  return out;
}

/**
 * Clusters a group's claims into incidents, and writes each claim's incident on its figure. An incident keeps the id it had before (`previous`: its id -> the
 * claims it held) when it holds most of the same claims, so that views and open hovers do not jump when an article
 * changes; a new incident is named by its group, place and day.
 */
/** What an incident is said to be, from its cluster: its place, and the span of its time. */
interface Summary { place: PlaceInfo | undefined; from: string | null; to: string | null }

export function groupIncidents(group: string, label: string, claims: IncidentClaim[], previous: Map<string, Set<string>>): GroupIncidents {
  const clusters = clusterClaims(claims);
  const summaries: Summary[] = new Array(clusters.length);
  for (let n = 0; n < clusters.length; n++) {
    const k = clusters[n];
    const [from, to] = spanOf(k);
    summaries[n] = { place: placeOf(k), from, to };
  }
  const ids = stableIds(group, clusters, summaries, previous);
  const result: GroupIncidents = { incidents: [], disagreements: [], updates: [] };
  for (let n = 0; n < clusters.length; n++) {
    const k = clusters[n];
    const id = ids[n];
    const members = k.members.length === 1 ? k.members : k.members.slice().sort(byPublication);
    const { place, from, to } = summaries[n];
    const refs: FigureRef[] = new Array(members.length);
    // each claim carries its incident: a group is always clustered whole, so every claim of it is given its new one
    for (let i = 0; i < members.length; i++) { refs[i] = members[i].ref; members[i].figure.incident = id; }
    result.incidents.push({
      id, group, label: `${label}${place ? ` · ${place.canonical}` : ''}${from ? ` · ${from}` : ''}`, place: place?.canonical ?? null,
      admin1: place?.admin1 ?? null, country: place?.country ?? k.country, eventType: typeOf(k), from, to, members: refs,
    });
    if (members.length > 1) compare(group, id, members, result);
  }
  return result;
}

/** An incident's claims in the order they were published, then by article and place in it. */
const byPublication = (a: IncidentClaim, b: IncidentClaim) => (a.published ?? Infinity) - (b.published ?? Infinity)
  || (a.ref.file < b.ref.file ? -1 : a.ref.file > b.ref.file ? 1 : a.ref.index - b.ref.index);

/** The disagreements and updates among one incident's claims. */
function compare(group: string, id: string, members: IncidentClaim[], result: GroupIncidents): void {
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) if (disagree(members[i], members[j])) result.disagreements.push({ group, incident: id, a: members[i].ref, b: members[j].ref });
  }
  for (const u of updatesOf(id, members)) result.updates.push(u);
}

/** Ids for the clusters: an earlier incident's for the cluster holding most of its claims, else a new one. */
function stableIds(group: string, clusters: Cluster[], summaries: Summary[], previous: Map<string, Set<string>>): string[] {
  const ids: (string | undefined)[] = new Array(clusters.length);
  const used = new Set<string>();
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
