import type * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/corpus/corpusIndex';
import { formatValue } from '../../core/format';
import { EVENT_TYPE_LABEL, formatDay, formatWhen, incidentCounts, incidentTitle, placeLabel, raises, sourceLabel } from '../../core/incidents/describe';
import type { Entity, FigureRef } from '../../core/model';
import { articleName, claimLocation } from '../shared/claims';
import { commandLink, escapeMarkdown as esc, trustedMarkdown } from '../shared/markdown';

const QUALIFIER_WORDS: Record<string, string> = {
  exact: 'exact', about: 'approximate', 'at-least': 'at least', 'more-than': 'more than', 'up-to': 'up to', 'fewer-than': 'fewer than', range: 'range',
};

const sameRef = (a: FigureRef, b: FigureRef) => a.file === b.file && a.index === b.index;

/**
 * Hover over a figure: the claim in one line with its date; then the incident it is about, the other claims of it
 * side by side (disagreements and updates marked, each article a link to the claim); then how many claims of the
 * same kind speak of the same place at other times. Never more rows than the setting allows.
 */
export function figureHover(index: CorpusIndex, ref: FigureRef, maxRows: number): vscode.MarkdownString {
  const f = index.figure(ref)!;
  const doc = index.get(ref.file);
  const md = trustedMarkdown();
  const what = f.subject && f.subject !== 'people' && f.subject !== 'other' ? ` ${esc(f.subject)}` : f.unit === 'people' ? ' people' : '';
  const event = f.event && f.event !== 'other' ? ` · ${f.category} / ${f.event}` : ` · ${f.category}`;
  const attack = f.eventType ? ` · ${EVENT_TYPE_LABEL[f.eventType]}` : '';
  md.appendMarkdown(`**${esc(formatValue(f))}**${what} _(${QUALIFIER_WORDS[f.qualifier]})_${event}${attack}\n\n`);
  const when = f.group ? `$(calendar) ${esc(formatWhen(f.when))} · ` : '';
  md.appendMarkdown(`${when}$(location) ${f.place ? esc(f.place) : '_no place_'} · $(comment) ${esc(sourceLabel(f, doc))}${f.actor ? ` · about ${esc(f.actor)}` : ''}\n\n`);
  const incident = index.incidentOf(ref);
  if (!incident) return md;
  const counts = incidentCounts(index, incident);
  const chart = commandLink('$(graph) chart', 'conflictLens.showChart', { incident: incident.id, from: ref }, 'Draw the claims of this incident side by side');
  md.appendMarkdown(`---\n\n**This incident — ${counts.claims} claim${counts.claims === 1 ? '' : 's'}, ${counts.sources} source${counts.sources === 1 ? '' : 's'}:** ${esc(incidentTitle(index, incident))} · ${chart}\n\n`);
  const disputed = new Set(index.disagreementsOf(ref).map((r) => `${r.file}#${r.index}`));
  const others = incident.members.filter((m) => !sameRef(m, ref));
  // the same source's counts before and after this one
  const risen = new Set(others.filter((m) => raises(index, ref, m) || raises(index, m, ref)).map((r) => `${r.file}#${r.index}`));
  // the claims that disagree with this one first, then the rest as the incident lists them (by article date)
  const isDisputed = (m: FigureRef) => disputed.has(`${m.file}#${m.index}`);
  // an article that says the same figure from the same source again is one row
  const said = (m: FigureRef) => `${m.file}|${formatValue(index.figure(m)!)}|${sourceLabel(index.figure(m)!, index.get(m.file))}`;
  const seen = new Set([said(ref)]);
  const rows = [...others.filter(isDisputed), ...others.filter((m) => !isDisputed(m))].filter((m) => !seen.has(said(m)) && !!seen.add(said(m)));
  if (rows.length === 0) md.appendMarkdown('No other article gives a figure for this incident.\n\n');
  else {
    md.appendMarkdown('| | Reported | Value | Source | Article |\n|---|---|---|---|---|\n');
    for (const m of rows.slice(0, maxRows)) {
      const other = index.figure(m)!;
      const otherDoc = index.get(m.file);
      const mark = isDisputed(m) ? '$(warning)' : risen.has(`${m.file}#${m.index}`) ? (raises(index, ref, m) ? '$(arrow-up)' : '$(arrow-down)') : '';
      const link = commandLink(esc(articleName(m.file)), 'conflictLens.openClaim', claimLocation(index, m), 'Open the article at this claim');
      md.appendMarkdown(`| ${mark} | ${otherDoc?.date ? esc(formatDay(otherDoc.date)) : '—'} | ${esc(formatValue(other))} | ${esc(sourceLabel(other, otherDoc))} | ${link} |\n`);
    }
    if (rows.length > maxRows) md.appendMarkdown(`\n${rows.length - maxRows} more — ${commandLink('see all claims of this incident', 'conflictLens.showIncident', { incident: incident.id })}\n`);
    const legend = [
      disputed.size ? '$(warning) another source gives a figure for this incident that cannot also be true' : '',
      risen.size ? '$(arrow-up) $(arrow-down) the same source\'s later or earlier count: an update, not a disagreement' : '',
    ].filter(Boolean);
    if (legend.length) md.appendMarkdown(`\n${legend.join(' · ')}\n`);
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
