import type { CorpusIndex } from './corpus/corpusIndex';

/** One row per claim, UCDP-style: the claim's interval as low/high beside the words it was made with. */
export interface ClaimRow {
  article: string;
  date: string;
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
  actor: string;
  place: string;
  source: string;
  speaker: string;
  group: string;
  group_label: string;
  disputed: boolean;
}

export function claimRows(index: CorpusIndex): ClaimRow[] {
  const disputed = new Set(index.disagreements().flatMap((d) => [`${d.a.file}#${d.a.index}`, `${d.b.file}#${d.b.index}`]));
  return index.documents().sort((a, b) => a.file.localeCompare(b.file)).flatMap((doc) => doc.figures.map((f, i) => ({
    article: doc.file, date: doc.date ?? '', start: f.start, end: f.end, text: f.text, low: f.low, high: f.high,
    qualifier: f.qualifier, unit: f.unit, subject: f.subject, category: f.category, event: f.event ?? '', actor: f.actor ?? '',
    place: f.place ?? '', source: f.source ?? '', speaker: f.speaker ?? '', group: f.group ?? '',
    group_label: f.group ? index.labelOf(f.group) : '', disputed: disputed.has(`${doc.file}#${i}`),
  })));
}

const COLUMNS: (keyof ClaimRow)[] = ['article', 'date', 'start', 'end', 'text', 'low', 'high', 'qualifier', 'unit', 'subject', 'category', 'event', 'actor', 'place', 'source', 'speaker', 'group', 'group_label', 'disputed'];

/** RFC 4180 CSV; a cell that a spreadsheet would run as a formula is prefixed with a quote. */
export function claimsCsv(rows: ClaimRow[]): string {
  const cell = (v: unknown) => {
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function claimsJson(rows: ClaimRow[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}
