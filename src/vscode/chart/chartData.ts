import type { CorpusIndex } from '../../core/corpus/corpusIndex';
import { formatValue } from '../../core/format';
import { formatSpan, incidentReach, incidentTitle, raises, sourceLabel } from '../../core/incidents/describe';
import type { FigureRef } from '../../core/model';
import type { ChartClaim, ChartData } from '../../webview/chartProtocol';
import { articleName } from '../shared/claims';

const UNIT_LABEL: Record<string, string> = { people: 'people', percent: '%', km2: 'km²', 'sq-mile': 'square miles', years: 'years', months: 'months', days: 'days', pages: 'pages', other: '' };

/** A claim as the chart draws it; `from` is the claim the chart was opened on (its source's other counts are updates). */
function chartClaim(index: CorpusIndex, ref: FigureRef, from: FigureRef | undefined): ChartClaim | undefined {
  const f = index.figure(ref);
  const doc = index.get(ref.file);
  if (!f || !doc) return undefined;
  const open = f.qualifier === 'at-least' || f.qualifier === 'more-than' ? 'above' : f.qualifier === 'up-to' || f.qualifier === 'fewer-than' ? 'below' : 'none';
  const update = from && raises(index, from, ref) ? 'up' : from && raises(index, ref, from) ? 'down' : null;
  return {
    key: `${ref.file}#${ref.index}`, label: formatValue(f), low: f.low, high: f.high, open, source: sourceLabel(f, doc), article: articleName(ref.file),
    published: doc.date ?? null, day: f.when?.to ?? doc.date ?? null, place: f.place, disputed: index.disagreementsOf(ref).length > 0,
    update, location: { file: ref.file, start: f.start, end: f.end },
  };
}

/** An incident's claims, each on the number line: what the chart shows when opened on an incident or a figure of one. */
export function incidentChart(index: CorpusIndex, id: string, from?: FigureRef): ChartData | undefined {
  const incident = index.incident(id);
  if (!incident) return undefined;
  const claims = incident.members.map((ref) => chartClaim(index, ref, from)).filter((c): c is ChartClaim => !!c);
  const unit = index.figure(incident.members[0])?.unit ?? 'other';
  return {
    kind: 'incident', title: incidentTitle(index, incident),
    subtitle: `${claims.length} claim${claims.length === 1 ? '' : 's'}, ${incidentReach(index, incident)}`, unit: UNIT_LABEL[unit] ?? '', claims,
  };
}

/** One kind of quantity's claims about one place, over time: what the chart shows for a place and a kind of quantity. */
export function timelineChart(index: CorpusIndex, group: string, place: string): ChartData | undefined {
  const members = index.groupMembers(group).filter((m) => m.figure.place === place);
  if (!members.length) return undefined;
  const claims = members.map((m) => chartClaim(index, m.ref, undefined)).filter((c): c is ChartClaim => !!c)
    .sort((a, b) => (a.day ?? '').localeCompare(b.day ?? ''));
  const days = claims.map((c) => c.day).filter((d): d is string => !!d);
  return {
    kind: 'timeline', title: `${index.labelOf(group)} · ${place}`,
    subtitle: `${claims.length} claim${claims.length === 1 ? '' : 's'}${days.length ? `, ${formatSpan(days[0], days[days.length - 1])}` : ''}`,
    unit: UNIT_LABEL[members[0].figure.unit] ?? '', claims,
  };
}
