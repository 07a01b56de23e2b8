import type { DocumentAnalysis, Disagreement, Figure, FigureRef, Incident } from '../model';
import { sourceKey } from './claims';
import { refKey } from './groupIncidents';

/** One source's say on an incident: its counts in the order it gave them, the last being what it says now. */
export interface SourceRow {
  /** The source as compared (see sourceKey): a named source, or an outlet's unattributed claims. */
  source: string;
  /** Its distinct counts in report order, each the first claim that gave it ("31 → 43"); the last is its latest. */
  chain: FigureRef[];
  /** How many articles carry its claims of the incident. */
  articles: number;
  /** The days its first and latest claims were reported, when their articles have a date. */
  first: string | null;
  reported: string | null;
  /** The other sources whose counts its own cannot stand beside. */
  disputes: string[];
}

/**
 * An incident as a reader takes it in at a glance: the spread of the sources' latest counts, one row per source in
 * the order the sources first reported it, and the counts that are parts of the whole (one hospital's dead).
 */
export interface IncidentSummary {
  incident: Incident;
  /** The lowest and highest of the sources' latest counts, parts aside; `open`: the highest is a floor ("at least"). */
  lowest: number;
  highest: number;
  open: boolean;
  /** The unit of the counts ("people", "percent"...). */
  unit: Figure['unit'];
  claims: number;
  articles: number;
  rows: SourceRow[];
  parts: FigureRef[];
}

/** What the summary reads of the corpus: each claim's figure and article. */
export interface ClaimSource {
  figure(ref: FigureRef): Figure | undefined;
  get(file: string): DocumentAnalysis | undefined;
}

const OPEN = new Set(['at-least', 'more-than']);
/** A count this many times smaller than the incident's middle count counts a part of it (see compare.ts). */
const PART_RATIO = 5;

/** "dozens", "hundreds": a magnitude, not a count anyone stated. */
const vague = (f: Figure) => f.qualifier === 'about' && f.low < f.high;

/** Whether count `a` says no more than `b`: the same count, or a vaguer one that holds it ("dozens" of 58). */
function holds(a: Figure, b: Figure): boolean {
  if (a.low === b.low && a.high === b.high && a.qualifier === b.qualifier) return true;
  return a.qualifier === 'about' && a.low < a.high && a.low <= b.low && b.high <= a.high;
}

/**
 * The summary of one incident, from its members (in report order, as the incident lists them) and the disagreements
 * and parts among them.
 */
export function summarize(incident: Incident, corpus: ClaimSource, disagreements: Disagreement[], parts: Disagreement[]): IncidentSummary {
  // a part stands apart from the whole's estimates, from the spread and from its source's chain of counts: a count
  // a fifth of the incident's middle count or less (the middle, not the largest: one misread count of 500 beside a
  // toll of 58 would make every count a part)
  const lows = incident.members.map((r) => corpus.figure(r)?.low ?? 0).sort((x, y) => x - y);
  const middle = lows[lows.length >> 1] ?? 0;
  const partRefs = new Set(parts.length ? incident.members.filter((r) => (corpus.figure(r)?.high ?? 0) * PART_RATIO <= middle).map(refKey) : []);
  const rows = new Map<string, SourceRow & { files: Set<string>; claims: FigureRef[] }>();
  const sourceOf = new Map<string, string>();
  const articles = new Set<string>();
  for (const ref of incident.members) {
    const f = corpus.figure(ref);
    const doc = corpus.get(ref.file);
    if (!f || !doc) continue;
    articles.add(ref.file);
    const source = sourceKey(f, doc);
    sourceOf.set(refKey(ref), source);
    let row = rows.get(source);
    if (!row) rows.set(source, (row = { source, chain: [], articles: 0, first: doc.date ?? null, reported: null, disputes: [], files: new Set(), claims: [] }));
    row.files.add(ref.file);
    row.claims.push(ref);
  }
  // undated articles after dated ones
  const day = (r: FigureRef) => corpus.get(r.file)?.date ?? '~';
  for (const row of rows.values()) {
    // one day's counts from the lowest up: a day's toll rises, it is not revised down within the day
    const wholes = row.claims.filter((r) => !partRefs.has(refKey(r))).sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : corpus.figure(a)!.low - corpus.figure(b)!.low));
    for (const ref of wholes.length ? wholes : row.claims) {
      // a count is a step of the chain when it rises above the last: the same count again (the headline and the body,
      // a later article repeating it), a vaguer one that holds it ("dozens" of 58) or an older one repeated late says
      // nothing new
      const f = corpus.figure(ref)!;
      const last = row.chain.length ? corpus.figure(row.chain[row.chain.length - 1]) : undefined;
      if (!last || (f.low > last.low && !holds(f, last))) row.chain.push(ref);
    }
    row.reported = corpus.get(row.chain[row.chain.length - 1].file)?.date ?? null;
  }
  for (const d of disagreements) {
    const a = sourceOf.get(refKey(d.a));
    const b = sourceOf.get(refKey(d.b));
    if (!a || !b) continue;
    const ra = rows.get(a)!;
    const rb = rows.get(b)!;
    if (!ra.disputes.includes(b)) ra.disputes.push(b);
    if (!rb.disputes.includes(a)) rb.disputes.push(a);
  }
  let lowest = Infinity;
  let highest = -Infinity;
  let open = false;
  const out: SourceRow[] = [];
  // the spread is of the sources' latest counts of the whole, and of stated ones where any are: "dozens" (24–99)
  // beside a 58 and an 86 says nothing of how far the sources are apart
  const latestOf = (r: SourceRow) => corpus.figure(r.chain[r.chain.length - 1])!;
  const inSpread = (r: SourceRow) => !partRefs.has(refKey(r.chain[r.chain.length - 1]));
  const stated = [...rows.values()].some((r) => inSpread(r) && !vague(latestOf(r)));
  const wholes = [...rows.values()].some(inSpread);
  for (const { files, claims: _, ...row } of rows.values()) {
    row.articles = files.size;
    out.push(row);
    const f = latestOf(row);
    if ((wholes && !inSpread(row)) || (stated && vague(f))) continue;
    lowest = Math.min(lowest, f.low);
    if (f.high >= highest) { open = f.high > highest ? OPEN.has(f.qualifier) : open || OPEN.has(f.qualifier); highest = f.high; }
  }
  const partList = incident.members.filter((r) => partRefs.has(refKey(r)));
  const unit = corpus.figure(incident.members[0])?.unit ?? 'people';
  return { incident, lowest, highest, open, unit, claims: incident.members.length, articles: articles.size, rows: out, parts: partList };
}
