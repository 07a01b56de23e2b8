import type * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/corpus/corpusIndex';
import { formatValue } from '../../core/format';
import { sourceKey } from '../../core/incidents/claims';
import { EVENT_TYPE_LABEL, SIDE_LABEL, formatDay, formatWhen, placeLabel, sourceLabel, sourceName, spreadLine } from '../../core/incidents/describe';
import type { SourceRow } from '../../core/incidents/summary';
import type { Entity, FigureRef } from '../../core/model';
import { articleName, claimLocation } from '../shared/claims';
import { commandLink, escapeMarkdown as esc, trustedMarkdown } from '../shared/markdown';

const QUALIFIER_WORDS: Record<string, string> = {
  exact: 'exact', about: 'approximate', 'at-least': 'at least', 'more-than': 'more than', 'up-to': 'up to', 'fewer-than': 'fewer than', range: 'range',
};

/**
 * Hover over a figure: the claim in one line with its date; then the incident it is about as the core summed it up:
 * the spread of its sources' counts first ("Civilians killed: 58–126 · 6 sources · 4–6 Apr 2017"), then one row per
 * source in the order the sources first reported it, its counts as a chain ("58 → 86", the latest in bold), the
 * sources that dispute this claim's marked; the counts that are parts of the whole apart; then how many claims of
 * the same kind speak of the same place at other times. Never more rows than the setting allows: the rest are on
 * the chart.
 */
export function figureHover(index: CorpusIndex, ref: FigureRef, maxRows: number): vscode.MarkdownString {
  const f = index.figure(ref)!;
  const doc = index.get(ref.file);
  const md = trustedMarkdown();
  const what = f.subject && f.subject !== 'people' && f.subject !== 'other' ? ` ${esc(f.subject)}` : f.unit === 'people' ? ' people' : '';
  const event = f.event && f.event !== 'other' ? ` · ${f.category} / ${f.event}` : ` · ${f.category}`;
  const attack = (f.eventType ? ` · ${EVENT_TYPE_LABEL[f.eventType]}` : '') + (f.side ? ` ${SIDE_LABEL[f.side]}` : '');
  md.appendMarkdown(`**${esc(formatValue(f))}**${what} _(${QUALIFIER_WORDS[f.qualifier]})_${event}${attack}\n\n`);
  if (f.group?.startsWith('households-')) md.appendMarkdown('_Counts households (families), not people._\n\n');
  const when = f.group ? `$(calendar) ${esc(formatWhen(f.when))} · ` : '';
  md.appendMarkdown(`${when}$(location) ${f.place ? esc(f.place) : '_no place_'} · $(comment) ${esc(sourceLabel(f, doc))}${f.actor ? ` · about ${esc(f.actor)}` : ''}\n\n`);
  const incident = index.incidentOf(ref);
  const summary = incident && index.summaryOf(incident.id);
  if (!incident || !summary) return md;
  const chart = commandLink('$(graph) chart', 'conflictLens.showChart', { incident: incident.id, from: ref }, 'Draw the claims of this incident side by side');
  const attackOf = incident.eventType ? ` · ${EVENT_TYPE_LABEL[incident.eventType]}` : '';
  md.appendMarkdown(`---\n\n**${esc(spreadLine(index, summary))}** — ${esc(placeLabel(incident))}${attackOf} · ${chart}\n\n`);
  // why these reports are one incident: the evidence that joined them, most common first
  if (incident.evidence?.length) md.appendMarkdown(`_One incident by ${esc(incident.evidence.slice(0, EVIDENCE_SHOWN).map((e) => e.replace(/ \(\d+\)$/, '')).join(', '))}._\n\n`);
  const own = summary.rows.find((r) => r.chain.some((c) => c.file === ref.file && c.index === ref.index)) ?? summary.rows.find((r) => r.source === sourceKeyOf(index, ref));
  if (summary.rows.length === 1 && summary.articles === 1) md.appendMarkdown('No other article gives a figure for this incident.\n\n');
  else {
    md.appendMarkdown('| | Source | Count | Reported | Article |\n|---|---|---|---|---|\n');
    for (const row of summary.rows.slice(0, maxRows)) md.appendMarkdown(sourceRow(index, row, row === own, !!own && row.disputes.includes(own.source)));
    if (summary.rows.length > maxRows) {
      const more = summary.rows.length - maxRows;
      md.appendMarkdown(`\nand ${more} more source${more === 1 ? '' : 's'} — ${commandLink('see them all on the chart', 'conflictLens.showChart', { incident: incident.id, from: ref }, 'Draw every claim of this incident')}\n`);
    }
    const legend = [
      own?.disputes.length ? '$(warning) disputes this source\'s count' : '',
      summary.rows.some((r) => r.chain.length > 1) ? 'a → b: the source\'s count as it rose or was revised' : '',
    ].filter(Boolean);
    if (legend.length) md.appendMarkdown(`\n${legend.join(' · ')}\n`);
  }
  if (summary.parts.length) {
    const parts = summary.parts.map((p) => `${esc(formatValue(index.figure(p)!))} (${esc(sourceName(sourceKeyOf(index, p)))}, ${commandLink(esc(articleName(p.file)), 'conflictLens.openClaim', claimLocation(index, p), 'Open the article at this claim')})`);
    md.appendMarkdown(`\nParts of the whole, not rival counts: ${parts.join(' · ')}\n`);
  }
  const { earlier, later } = index.otherTimes(ref);
  if (earlier.length || later.length) {
    const counted = [earlier.length ? `${earlier.length} earlier` : '', later.length ? `${later.length} later` : ''].filter(Boolean).join(' and ');
    const link = commandLink('see them', 'conflictLens.showGroup', { group: f.group, place: f.place }, 'List the claims of this kind about this place');
    const timeline = commandLink('$(graph) over time', 'conflictLens.showChart', { group: f.group, place: f.place }, 'Draw the claims of this kind about this place over time');
    md.appendMarkdown(`\n---\n\n${counted} claim${earlier.length + later.length === 1 ? '' : 's'} of this kind about ${esc(placeLabel(incident))} at other times — ${link} · ${timeline}\n`);
  }
  return md;
}

/** How many of the reasons that joined an incident's claims its hover names. */
const EVIDENCE_SHOWN = 3;

const sourceKeyOf = (index: CorpusIndex, ref: FigureRef) => sourceKey(index.figure(ref)!, index.get(ref.file)!);

/** One source's row: its counts as a chain, the latest in bold, when and where it last said it. */
function sourceRow(index: CorpusIndex, row: SourceRow, own: boolean, disputes: boolean): string {
  const latest = row.chain[row.chain.length - 1];
  const counts = row.chain.map((r, i) => (i === row.chain.length - 1 ? `**${esc(formatValue(index.figure(r)!))}**` : esc(formatValue(index.figure(r)!)))).join(' → ');
  const link = commandLink(esc(articleName(latest.file)), 'conflictLens.openClaim', claimLocation(index, latest), 'Open the article at this claim');
  const more = row.articles > 1 ? ` +${row.articles - 1}` : '';
  const mark = own ? '$(triangle-right)' : disputes ? '$(warning)' : '';
  const name = `${esc(sourceName(row.source))}${own ? ' _(this claim)_' : ''}`;
  return `| ${mark} | ${name} | ${counts} | ${row.reported ? esc(formatDay(row.reported)) : '—'} | ${link}${more} |\n`;
}

/** Hover over a name: canonical name, type, where a place lies, aliases seen across the corpus, articles and figures about it. */
export function entityHover(index: CorpusIndex, entity: Entity, file: string): vscode.MarkdownString {
  const md = trustedMarkdown();
  const record = index.entity(entity.type, entity.canonical);
  const place = entity.type === 'place' ? index.get(file)?.places?.find((p) => p.canonical === entity.canonical) : undefined;
  const within = place ? [place.admin1 !== place.canonical ? place.admin1 : null, place.country !== place.canonical ? place.country : null].filter(Boolean).join(', ') : '';
  md.appendMarkdown(`**${esc(entity.canonical)}** _(${entity.type})_${place ? ` — ${esc(place.kind)}${within ? ` in ${esc(within)}` : ''}` : ''}\n\n`);
  if (!record) return md;
  const aliases = [...record.aliases].filter((a) => a !== entity.canonical).sort();
  if (aliases.length) md.appendMarkdown(`Also written: ${aliases.map((a) => `“${esc(a)}”`).join(', ')}\n\n`);
  let mentions = 0;
  for (const list of record.mentions.values()) mentions += list.length;
  md.appendMarkdown(`Mentioned ${mentions} time${mentions === 1 ? '' : 's'} in ${record.mentions.size} article${record.mentions.size === 1 ? '' : 's'} — Shift+F12 lists them.\n\n`);
  const figures = index.figuresAbout(entity.canonical).map((ref) => ({ ref, f: index.figure(ref)! }));
  if (figures.length) {
    md.appendMarkdown(`Figures about or from it: ${figures.length}\n\n`);
    for (const { f, ref } of figures.slice(0, 6)) {
      md.appendMarkdown(`- ${esc(formatValue(f))} ${esc(f.subject)} — ${esc(sourceLabel(f, index.get(ref.file)))} — ${commandLink(esc(articleName(ref.file)), 'conflictLens.openClaim', claimLocation(index, ref))}\n`);
    }
  }
  return md;
}
