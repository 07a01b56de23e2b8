import type { CorpusIndex } from '../corpus/corpusIndex';
import { unitSuffix } from '../format';
import type { DocumentAnalysis, EventType, Figure, FigureRef, Incident, Side, When } from '../model';
import { sourceKey } from './claims';
import type { IncidentSummary } from './summary';

// How incidents and the claims in them read to an analyst: in hovers, the tree, the search, the report, exports.

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const EVENT_TYPE_LABEL: Record<EventType, string> = {
  chemical: 'chemical attack', execution: 'execution', bombing: 'bombing', 'air-strike': 'air strike', shelling: 'shelling',
  shooting: 'shooting', clashes: 'clashes',
};
/** Who struck, as a toll's clause names them. */
export const SIDE_LABEL: Record<Side, string> = { state: 'by state forces', insurgents: 'by insurgents', coalition: 'by a coalition' };

/** "4 Apr 2017". */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** "4 Apr 2017", "1–3 Apr 2017", "Aug 2013", "since 2011 to 5 Apr 2017", "until 5 Apr 2017". */
export function formatSpan(from: string | null, to: string | null): string {
  if (!to) return 'undated';
  if (!from) return `until ${formatDay(to)}`;
  if (from === to) return formatDay(from);
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const lastOfMonth = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  if (fd === 1 && td === lastOfMonth) {
    if (fy === ty && fm === tm) return `${MONTH_NAMES[fm - 1]} ${fy}`;
    if (fm === 1 && tm === 12) return fy === ty ? `${fy}` : `${fy}–${ty}`;
  }
  if (fy === ty && fm === tm) return `${fd}–${td} ${MONTH_NAMES[fm - 1]} ${fy}`;
  return `${formatDay(from)} – ${formatDay(to)}`;
}

/** When a claim is about, as a reader says it: "4 Apr 2017", "around 5 Apr 2017 (the article's date)". */
export function formatWhen(when: When | null): string {
  if (!when?.to) return 'undated';
  const span = formatSpan(when.from, when.to);
  return when.basis === 'published' && when.from !== null && when.from !== when.to ? `${formatDay(when.to)} or the day before (article date)` : span;
}

/** "Syrian Observatory for Human Rights", "Reuters, unattributed", "unattributed": who makes a claim. */
export function sourceLabel(figure: Figure, doc: DocumentAnalysis | undefined): string {
  if (figure.source) return figure.speaker && figure.speaker !== figure.source ? `${figure.source} (${figure.speaker})` : figure.source;
  return doc?.publisher ? `${doc.publisher}, unattributed` : 'unattributed';
}

/**
 * Whether claim `b` updates claim `a`: the same source (an outlet's unattributed claims are one source), a later
 * article (or one of unknown date), a higher count: "the Observatory raised its toll from 58 to 86".
 */
export function raises(index: CorpusIndex, a: FigureRef, b: FigureRef): boolean {
  const fa = index.figure(a);
  const fb = index.figure(b);
  const da = index.get(a.file);
  const db = index.get(b.file);
  if (!fa || !fb || !da || !db || a.file === b.file || fb.low <= fa.low || sourceKey(fa, da) !== sourceKey(fb, db)) return false;
  return !da.date || !db.date ? !db.date : db.date >= da.date;
}

/** "Khan Sheikhoun, Idlib", "Idlib", "Syria": an incident's place with its province when that adds something. */
export function placeLabel(incident: Pick<Incident, 'place' | 'admin1' | 'country'>): string {
  if (!incident.place) return incident.country ?? 'no place';
  return incident.admin1 && incident.admin1 !== incident.place ? `${incident.place}, ${incident.admin1}` : incident.place;
}

/** The sources and articles behind an incident's claims (sources as compared: one outlet's unattributed claims are one). */
export function incidentCounts(index: CorpusIndex, incident: Incident): { claims: number; articles: number; sources: number } {
  const articles = new Set<string>();
  const sources = new Set<string>();
  for (const ref of incident.members) {
    const doc = index.get(ref.file);
    const f = doc?.figures[ref.index];
    if (!doc || !f) continue;
    articles.add(ref.file);
    sources.add(sourceKey(f, doc));
  }
  return { claims: incident.members.length, articles: articles.size, sources: sources.size };
}

/** "Civilians killed · chemical attack · Khan Sheikhoun, Idlib · 4 Apr 2017". */
export function incidentTitle(index: CorpusIndex, incident: Incident): string {
  const parts = [index.labelOf(incident.group)];
  if (incident.eventType) parts.push(EVENT_TYPE_LABEL[incident.eventType]);
  parts.push(placeLabel(incident), formatSpan(incident.from, incident.to));
  return parts.join(' · ');
}

/** "4 articles, 5 sources". */
export function incidentReach(index: CorpusIndex, incident: Incident): string {
  const { articles, sources } = incidentCounts(index, incident);
  return `${articles} article${articles === 1 ? '' : 's'}, ${sources} source${sources === 1 ? '' : 's'}`;
}

/** Incidents newest first (by their last day; undated last), then by how many claims they hold. */
export function newestFirst(a: Incident, b: Incident): number {
  const at = a.to ?? '';
  const bt = b.to ?? '';
  return at < bt ? 1 : at > bt ? -1 : b.members.length - a.members.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const count = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 }));

/** "58–126", "86", "58–100+", "65–90%": the spread of an incident's sources' latest counts. */
export function spreadText(s: Pick<IncidentSummary, 'lowest' | 'highest' | 'open' | 'unit'>): string {
  if (!Number.isFinite(s.lowest) || !Number.isFinite(s.highest)) return '—';
  const top = `${count(s.highest)}${s.open ? '+' : ''}`;
  return `${s.lowest === s.highest ? top : `${count(s.lowest)}–${top}`}${unitSuffix(s.unit)}`;
}

/** "Civilians killed: 58–126 · 6 sources · 4–6 Apr 2017": an incident at a glance. */
export function spreadLine(index: CorpusIndex, s: IncidentSummary): string {
  const sources = s.rows.length;
  return `${index.labelOf(s.incident.group)}: ${spreadText(s)} · ${sources} source${sources === 1 ? '' : 's'} · ${formatSpan(s.incident.from, s.incident.to)}`;
}

/** A compared source as a reader names it: "unnamed officials (in 023_asharqalawsat.txt)" for one no article names. */
export function sourceName(key: string): string {
  return key.replace(/ \(([^()]*)\)$/, (_, file: string) => ` (in ${file.split(/[\\/]/).pop()})`);
}
