import * as vscode from 'vscode';
import type { CorpusIndex, EntityRecord } from '../../core/corpus/corpusIndex';
import { formatValue } from '../../core/format';
import { incidentReach, incidentTitle, newestFirst, sourceLabel } from '../../core/incidents/describe';
import type { FigureRef } from '../../core/model';
import { articleName } from '../shared/claims';

export type SearchTarget =
  | { kind: 'entity'; record: EntityRecord }
  | { kind: 'incident'; id: string }
  | { kind: 'figure'; ref: FigureRef };

export interface SearchItem extends vscode.QuickPickItem { target: SearchTarget }

const ICON = { place: 'location', actor: 'organization', person: 'person' } as const;
export const REVEAL_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('list-tree'), tooltip: 'Reveal in the entity view' };

/**
 * Everything the cross-reference search offers: entities (matched on every spelling seen, so "Raqa" finds Raqqa),
 * incidents reported by more than one claim (what, where, when), and every figure with its value, place and source.
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
  const incidents = index.incidents().filter((i) => i.members.length > 1).sort(newestFirst);
  if (incidents.length) items.push({ label: 'Incidents', kind: vscode.QuickPickItemKind.Separator, target: undefined! });
  for (const incident of incidents) {
    const disputes = index.disagreementsIn(incident.id).length;
    items.push({
      label: `$(${disputes ? 'warning' : 'symbol-number'}) ${incidentTitle(index, incident)}`,
      description: `${incident.members.length} claims · ${incidentReach(index, incident)}${disputes ? ` · ${disputes} disagreement${disputes === 1 ? '' : 's'}` : ''}`,
      buttons: [REVEAL_BUTTON],
      target: { kind: 'incident', id: incident.id },
    });
  }
  const figures = index.documents().flatMap((d) => d.figures.map((f, i) => ({ f, d, ref: { file: d.file, index: i } }))).filter(({ f }) => f.group);
  if (figures.length) items.push({ label: 'Figures', kind: vscode.QuickPickItemKind.Separator, target: undefined! });
  for (const { f, d, ref } of figures) {
    items.push({
      label: `$(quote) ${formatValue(f)} ${f.subject}`,
      description: `${f.place ?? 'no place'} · ${sourceLabel(f, d)}`,
      detail: `${articleName(ref.file)} — “${f.text}” · ${index.labelOf(f.group!)}`,
      target: { kind: 'figure', ref },
    });
  }
  return items;
}
