import type { CorpusIndex } from './corpus/corpusIndex';
import { sourceLabel } from './incidents/describe';

/** One row per claim, UCDP-style: the claim's interval as low/high beside the words it was made with. */
export interface ClaimRow {
  article: string;
  date: string;
  publisher: string;
  start: number;
  end: number;
  text: string;
  low: number;
  high: number;
  qualifier: string;
  unit: string;
  subject: string;
  category: string;
  event: string;
  event_type: string;
  /** For a toll: the side whose attack it counts the victims of (state, insurgents, coalition). */
  side: string;
  actor: string;
  place: string;
  source: string;
  speaker: string;
  when_from: string;
  when_to: string;
  group: string;
  group_label: string;
  incident: string;
  disputed: boolean;
}

export function claimRows(index: CorpusIndex): ClaimRow[] {
  // the incidents first: clustering them writes each figure's incident
  index.incidents();
  const disputed = new Set(index.disagreements().flatMap((d) => [`${d.a.file}#${d.a.index}`, `${d.b.file}#${d.b.index}`]));
  return index.documents().sort((a, b) => a.file.localeCompare(b.file)).flatMap((doc) => doc.figures.map((f, i) => ({
    article: doc.file, date: doc.date ?? '', publisher: doc.publisher ?? '', start: f.start, end: f.end, text: f.text, low: f.low, high: f.high,
    qualifier: f.qualifier, unit: f.unit, subject: f.subject, category: f.category, event: f.event ?? '', event_type: f.eventType ?? '', side: f.side ?? '',
    actor: f.actor ?? '', place: f.place ?? '', source: f.source ?? '', speaker: f.speaker ?? '', when_from: f.when?.from ?? '', when_to: f.when?.to ?? '',
    group: f.group ?? '', group_label: f.group ? index.labelOf(f.group) : '', incident: (f.group && f.incident) || '', disputed: disputed.has(`${doc.file}#${i}`),
  })));
}

export const CLAIM_COLUMNS: (keyof ClaimRow)[] = [
  'article', 'date', 'publisher', 'start', 'end', 'text', 'low', 'high', 'qualifier', 'unit', 'subject', 'category', 'event', 'event_type', 'side',
  'actor', 'place', 'source', 'speaker', 'when_from', 'when_to', 'group', 'group_label', 'incident', 'disputed',
];

/**
 * One row per incident, as analysts exchange events (UCDP GED, ACLED): where and when, what happened, the kind of
 * quantity, the low, best and high figures across its claims, and who gave them in which articles.
 */
export interface IncidentRow {
  id: string;
  date_start: string;
  date_end: string;
  place: string;
  admin1: string;
  country: string;
  event_type: string;
  group: string;
  group_label: string;
  low: number;
  best: number;
  high: number;
  claims: number;
  disagreements: number;
  sources: string;
  articles: string;
}

/** The middle of the claims' own middles: a claim's best value is its number, or the middle of its range. */
function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

export function incidentRows(index: CorpusIndex): IncidentRow[] {
  return index.incidents().map((incident) => {
    const claims = incident.members.map((ref) => ({ ref, f: index.figure(ref)!, doc: index.get(ref.file) })).filter((c) => c.f);
    return {
      id: incident.id, date_start: incident.from ?? '', date_end: incident.to ?? '', place: incident.place ?? '', admin1: incident.admin1 ?? '',
      country: incident.country ?? '', event_type: incident.eventType ?? '', group: incident.group, group_label: index.labelOf(incident.group),
      low: Math.min(...claims.map((c) => c.f.low)), best: median(claims.map((c) => (c.f.low + c.f.high) / 2)), high: Math.max(...claims.map((c) => c.f.high)),
      claims: claims.length, disagreements: index.disagreementsIn(incident.id).length,
      sources: [...new Set(claims.map((c) => sourceLabel(c.f, c.doc)))].join('; '), articles: [...new Set(claims.map((c) => c.ref.file))].join('; '),
    };
  });
}

export const INCIDENT_COLUMNS: (keyof IncidentRow)[] = [
  'id', 'date_start', 'date_end', 'place', 'admin1', 'country', 'event_type', 'group', 'group_label', 'low', 'best', 'high', 'claims', 'disagreements', 'sources', 'articles',
];

/** RFC 4180 CSV; a cell that a spreadsheet would run as a formula is prefixed with a quote. */
export function toCsv<R extends object>(rows: R[], columns: (keyof R)[]): string {
  const cell = (v: unknown) => {
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function toJson(rows: object[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}
