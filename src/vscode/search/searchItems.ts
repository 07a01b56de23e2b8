import * as vscode from 'vscode';
import type { CorpusIndex, EntityRecord } from '../../core/corpus/corpusIndex';
import { formatValue } from '../../core/format';
import type { FigureRef } from '../../core/model';
import { articleName } from '../shared/claims';

export type SearchTarget =
  | { kind: 'entity'; record: EntityRecord }
  | { kind: 'group'; key: string }
  | { kind: 'figure'; ref: FigureRef };

export interface SearchItem extends vscode.QuickPickItem { target: SearchTarget }

const ICON = { place: 'location', actor: 'organization', person: 'person' } as const;
export const REVEAL_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('list-tree'), tooltip: 'Reveal in the entity view' };

/**
 * Everything the cross-reference search offers: entities (matched on every spelling seen, so "Raqa" finds Raqqa),
 * comparison groups, and every figure with its value, place and source.
 */
export function searchItems(index: CorpusIndex): SearchItem[] {
  const items: SearchItem[] = [];
  const entities = index.entities().map((record) => {
    let n = 0;
    for (const list of record.mentions.values()) n += list.length;
    return { record, n };
  }).sort((a, b) => b.n - a.n || a.record.canonical.localeCompare(b.record.canonical));
  if (entities.length) items.push({ label: 'Entities', kind: vscode.QuickPickItemKind.Separator, target: undefined! });
  for (const { record, n } of entities) {
    const aliases = [...record.aliases].filter((a) => a !== record.canonical);
    items.push({
      label: `$(${ICON[record.type]}) ${record.canonical}`,
      description: `${record.type} · ${n} mention${n === 1 ? '' : 's'} in ${record.mentions.size} article${record.mentions.size === 1 ? '' : 's'}`,
      detail: aliases.length ? `also ${aliases.join(', ')}` : undefined,
      buttons: [REVEAL_BUTTON],
      target: { kind: 'entity', record },
    });
  }
  const groups = index.groups();
  if (groups.length) items.push({ label: 'Comparison groups', kind: vscode.QuickPickItemKind.Separator, target: undefined! });
  const disputedGroups = new Map<string, number>();
  for (const d of index.disagreements()) disputedGroups.set(d.group, (disputedGroups.get(d.group) ?? 0) + 1);
  for (const g of groups.sort((a, b) => b.members.length - a.members.length)) {
    const k = disputedGroups.get(g.key) ?? 0;
    items.push({
      label: `$(${k ? 'warning' : 'symbol-number'}) ${g.label}`,
      description: `${g.members.length} claim${g.members.length === 1 ? '' : 's'}${k ? ` · ${k} disagreement${k === 1 ? '' : 's'}` : ''}`,
      buttons: [REVEAL_BUTTON],
      target: { kind: 'group', key: g.key },
    });
  }
  const figures = index.documents().flatMap((d) => d.figures.map((f, i) => ({ f, ref: { file: d.file, index: i } }))).filter(({ f }) => f.group);
  if (figures.length) items.push({ label: 'Figures', kind: vscode.QuickPickItemKind.Separator, target: undefined! });
  for (const { f, ref } of figures) {
    items.push({
      label: `$(quote) ${formatValue(f)} ${f.subject}`,
      description: `${f.place ?? 'no place'} · ${f.source ?? 'unattributed'}`,
      detail: `${articleName(ref.file)} — “${f.text}” · ${index.labelOf(f.group!)}`,
      target: { kind: 'figure', ref },
    });
  }
  return items;
}
