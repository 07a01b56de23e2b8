import type * as vscode from 'vscode';
import type { CorpusIndex, FigureEntry } from '../../core/corpus/corpusIndex';
import { formatValue } from '../../core/format';
import type { Entity, Figure, FigureRef } from '../../core/model';
import { articleName, claimLocation } from '../shared/claims';
import { commandLink, escapeMarkdown as esc, trustedMarkdown } from '../shared/markdown';

const QUALIFIER_WORDS: Record<string, string> = {
  exact: 'exact', about: 'approximate', 'at-least': 'at least', 'more-than': 'more than', 'up-to': 'up to', 'fewer-than': 'fewer than', range: 'range',
};

function who(f: Figure): string {
  if (!f.source) return '_unattributed_';
  const speaker = f.speaker && f.speaker !== f.source ? ` (${esc(f.speaker)})` : '';
  return `${esc(f.source)}${speaker}`;
}

/**
 * Hover over a figure: the claim in one line, then the other claims in its comparison group across the corpus,
 * disagreements first and marked, each with a link to the article at the claim.
 */
export function figureHover(index: CorpusIndex, ref: FigureRef, maxRows: number): vscode.MarkdownString {
  const f = index.figure(ref)!;
  const md = trustedMarkdown();
  const what = f.subject && f.subject !== 'people' && f.subject !== 'other' ? ` ${esc(f.subject)}` : f.unit === 'people' ? ' people' : '';
  const event = f.event && f.event !== 'other' ? ` · ${f.category} / ${f.event}` : ` · ${f.category}`;
  md.appendMarkdown(`**${esc(formatValue(f))}**${what} _(${QUALIFIER_WORDS[f.qualifier]})_${event}\n\n`);
  md.appendMarkdown(`$(location) ${f.place ? esc(f.place) : '_no place_'} · $(comment) ${who(f)}${f.actor ? ` · about ${esc(f.actor)}` : ''}\n\n`);
  if (!f.group) return md;
  const disputed = new Set(index.disagreementsOf(ref).map((r) => `${r.file}#${r.index}`));
  const members = index.groupMembers(f.group).filter((m) => !(m.ref.file === ref.file && m.ref.index === ref.index));
  // the disagreeing claims first, each side in corpus order: one pass, as a large group may have thousands
  const isDisputed = (m: { ref: FigureRef }) => disputed.has(`${m.ref.file}#${m.ref.index}`);
  const first: FigureEntry[] = [];
  const rest: FigureEntry[] = [];
  for (const m of members) (isDisputed(m) ? first : rest).push(m);
  const others = first.concat(rest);
  md.appendMarkdown(`---\n\n**${esc(index.labelOf(f.group))}** — ${others.length} other claim${others.length === 1 ? '' : 's'}${disputed.size ? `, **${disputed.size} disagree${disputed.size === 1 ? 's' : ''}**` : ''}\n\n`);
  if (others.length === 0) return md;
  md.appendMarkdown('| | Value | Place | Source | Article |\n|---|---|---|---|---|\n');
  for (const m of others.slice(0, maxRows)) {
    const mark = isDisputed(m) ? '$(warning)' : '';
    const loc = claimLocation(index, m.ref)!;
    const link = commandLink(esc(articleName(m.ref.file)), 'conflictLens.openClaim', loc, 'Open the article at this claim');
    md.appendMarkdown(`| ${mark} | ${esc(formatValue(m.figure))} | ${esc(m.figure.place ?? '—')} | ${who(m.figure)} | ${link} |\n`);
  }
  if (others.length > maxRows) {
    md.appendMarkdown(`\n${others.length - maxRows} more — ${commandLink('see all claims in the search', 'conflictLens.search', { group: f.group })}\n`);
  }
  if (disputed.size) md.appendMarkdown('\n$(warning) a different source gives a figure for the same place that cannot also be true.\n');
  return md;
}

/** Hover over a name: canonical name, type, aliases seen across the corpus, articles and figures about it. */
export function entityHover(index: CorpusIndex, entity: Entity): vscode.MarkdownString {
  const md = trustedMarkdown();
  const record = index.entity(entity.type, entity.canonical);
  md.appendMarkdown(`**${esc(entity.canonical)}** _(${entity.type})_\n\n`);
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
      md.appendMarkdown(`- ${esc(formatValue(f))} ${esc(f.subject)} — ${who(f)} — ${commandLink(esc(articleName(ref.file)), 'conflictLens.openClaim', claimLocation(index, ref))}\n`);
    }
  }
  return md;
}
