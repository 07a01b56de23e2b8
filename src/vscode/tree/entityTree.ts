import * as vscode from 'vscode';
import type { CorpusIndex, EntityRecord } from '../../core/corpus/corpusIndex';
import { formatValue } from '../../core/format';
import { formatDay, incidentReach, incidentTitle, newestFirst, sourceLabel } from '../../core/incidents/describe';
import type { EntityType, FigureRef, Incident } from '../../core/model';
import { articleName, claimLocation, type Location, uriOf } from '../shared/claims';

type Section = 'place' | 'actor' | 'person' | 'incidents' | 'disagreements';

/** Nodes of the entity view; ids are stable so VS Code keeps what the user expanded across refreshes. */
export type Node =
  | { kind: 'section'; section: Section }
  | { kind: 'entity'; type: EntityType; canonical: string }
  | { kind: 'entityFile'; type: EntityType; canonical: string; file: string }
  | { kind: 'mention'; location: Location; line: string }
  | { kind: 'incident'; id: string; section: 'incidents' | 'disagreements' }
  | { kind: 'claim'; ref: FigureRef; incident: string; section: 'incidents' | 'disagreements' };

const SECTION_LABEL = { place: 'Places', actor: 'Actors', person: 'People', incidents: 'Figures', disagreements: 'Disagreements' } as const;
const SECTION_ICON = { place: 'location', actor: 'organization', person: 'person', incidents: 'symbol-number', disagreements: 'warning' } as const;
/** Each section's icon in the colour its kind of name or figure is highlighted in: the view is the legend of the colours. */
const SECTION_COLOR = { place: 'conflictLens.place', actor: 'conflictLens.actor', person: 'conflictLens.person', incidents: 'conflictLens.figure', disagreements: 'conflictLens.disputed' } as const;
const SECTION_LEGEND = {
  place: 'Places: highlighted in articles in the colour of this icon', actor: 'Actors: highlighted in articles in the colour of this icon',
  person: 'People: highlighted in articles in the colour of this icon', incidents: 'Figures, by incident: highlighted in articles in the colour of this icon',
  disagreements: 'Incidents whose sources disagree: their figures are highlighted in articles in the colour of this icon',
} as const;
const ENTITY_ICON = { place: 'location', actor: 'organization', person: 'person' } as const;

const mentionCount = (e: EntityRecord) => { let n = 0; for (const l of e.mentions.values()) n += l.length; return n; };

export class EntityTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly index: CorpusIndex, private readonly textOf: (file: string) => string | undefined) {}

  refresh(): void { this.changed.fire(undefined); }

  /** Parents of the nodes the search reveals: an entity's or an incident's section, a file's entity, a claim's incident. */
  getParent(node: Node): Node | undefined {
    switch (node.kind) {
      case 'entity': return { kind: 'section', section: node.type };
      case 'incident': return { kind: 'section', section: node.section };
      case 'entityFile': return { kind: 'entity', type: node.type, canonical: node.canonical };
      case 'claim': return { kind: 'incident', id: node.incident, section: node.section };
      default: return undefined;
    }
  }

  /** The incidents a section lists: every one, or those whose sources disagree; newest first. */
  private incidentsOf(section: 'incidents' | 'disagreements'): Incident[] {
    const all = this.index.incidents();
    if (section === 'incidents') return [...all].sort(newestFirst);
    return all.filter((i) => this.index.disagreementsIn(i.id).length > 0).sort(newestFirst);
  }

  getChildren(node?: Node): Node[] {
    const index = this.index;
    if (!node) {
      if (index.size === 0) return [];
      return (['place', 'actor', 'person', 'incidents', 'disagreements'] as const).map((section) => ({ kind: 'section', section }));
    }
    switch (node.kind) {
      case 'section':
        if (node.section === 'incidents' || node.section === 'disagreements') {
          const section = node.section;
          return this.incidentsOf(section).map((i) => ({ kind: 'incident', id: i.id, section }));
        }
        return index.entities(node.section).sort((a, b) => mentionCount(b) - mentionCount(a) || a.canonical.localeCompare(b.canonical))
          .map((e) => ({ kind: 'entity', type: e.type, canonical: e.canonical }));
      case 'entity': {
        const rec = index.entity(node.type, node.canonical);
        return rec ? [...rec.mentions.keys()].sort().map((file) => ({ kind: 'entityFile', type: node.type, canonical: node.canonical, file })) : [];
      }
      case 'entityFile': {
        const list = index.entity(node.type, node.canonical)?.mentions.get(node.file) ?? [];
        const text = this.textOf(node.file);
        return list.map((m) => {
          const location = { file: m.file, start: m.start, end: m.end };
          return { kind: 'mention', location, line: text === undefined ? `offset ${m.start}` : lineAround(text, location) };
        });
      }
      case 'incident':
        return (index.incident(node.id)?.members ?? []).map((ref) => ({ kind: 'claim', ref, incident: node.id, section: node.section }));
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const index = this.index;
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.kind) {
      case 'section': {
        const count = node.section === 'incidents' || node.section === 'disagreements' ? this.incidentsOf(node.section).length : index.entities(node.section).length;
        const item = new vscode.TreeItem(`${SECTION_LABEL[node.section]} (${count})`, count ? Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `section:${node.section}`;
        item.iconPath = new vscode.ThemeIcon(SECTION_ICON[node.section], new vscode.ThemeColor(SECTION_COLOR[node.section]));
        item.tooltip = SECTION_LEGEND[node.section];
        return item;
      }
      case 'entity': {
        const rec = index.entity(node.type, node.canonical);
        const n = rec ? mentionCount(rec) : 0;
        const item = new vscode.TreeItem(node.canonical, Collapsed);
        item.id = `entity:${node.type}:${node.canonical}`;
        item.description = `${n} mention${n === 1 ? '' : 's'} · ${rec?.mentions.size ?? 0} article${rec?.mentions.size === 1 ? '' : 's'}`;
        const aliases = rec ? [...rec.aliases].filter((a) => a !== node.canonical) : [];
        item.tooltip = aliases.length ? `Also written: ${aliases.join(', ')}` : node.canonical;
        item.iconPath = new vscode.ThemeIcon(ENTITY_ICON[node.type]);
        item.contextValue = 'conflictLens.entity';
        return item;
      }
      case 'entityFile': {
        const n = index.entity(node.type, node.canonical)?.mentions.get(node.file)?.length ?? 0;
        const item = new vscode.TreeItem(articleName(node.file), Collapsed);
        item.id = `file:${node.type}:${node.canonical}:${node.file}`;
        item.description = `${n}`;
        item.resourceUri = uriOf(node.file);
        item.iconPath = vscode.ThemeIcon.File;
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(node.line, vscode.TreeItemCollapsibleState.None);
        item.id = `mention:${node.location.file}:${node.location.start}`;
        item.command = { command: 'conflictLens.openClaim', title: 'Open', arguments: [node.location] };
        return item;
      }
      case 'incident': {
        const incident = index.incident(node.id);
        const disputes = index.disagreementsIn(node.id).length;
        const item = new vscode.TreeItem(incident ? incidentTitle(index, incident) : node.id, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${node.section}:${node.id}`;
        item.description = incident ? `${incidentReach(index, incident)}${disputes ? ` · ${disputes} disagreement${disputes === 1 ? '' : 's'}` : ''}` : '';
        item.tooltip = incident ? `${incidentTitle(index, incident)}\n${incident.members.length} claim${incident.members.length === 1 ? '' : 's'}, ${incidentReach(index, incident)}` : undefined;
        item.iconPath = new vscode.ThemeIcon(disputes ? 'warning' : 'symbol-number');
        item.contextValue = 'conflictLens.incident';
        return item;
      }
      case 'claim': {
        const f = index.figure(node.ref);
        const doc = index.get(node.ref.file);
        const loc = claimLocation(index, node.ref);
        const disputed = index.disagreementsOf(node.ref).length > 0;
        const updated = index.updatesOf(node.ref).length > 0;
        const item = new vscode.TreeItem(f ? `${formatValue(f)} ${f.subject} · ${sourceLabel(f, doc)}` : 'claim', vscode.TreeItemCollapsibleState.None);
        item.id = `${node.section}:claim:${node.incident}:${node.ref.file}#${node.ref.index}`;
        item.description = `${articleName(node.ref.file)}${doc?.date ? ` · ${formatDay(doc.date)}` : ''}`;
        item.iconPath = new vscode.ThemeIcon(disputed ? 'warning' : updated ? 'arrow-up' : 'quote');
        item.tooltip = disputed ? 'Another source gives a figure for this incident that cannot also be true' : updated ? 'The same source gave another count for this incident' : undefined;
        if (loc) item.command = { command: 'conflictLens.openClaim', title: 'Open', arguments: [loc] };
        return item;
      }
    }
  }
}

/** "12: …the last remaining Islamic State (IS) militant…": the line number and the words around a mention. */
function lineAround(text: string, loc: Location): string {
  const lineStart = text.lastIndexOf('\n', loc.start - 1) + 1;
  let lineNo = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < lineStart; i = text.indexOf('\n', i + 1)) lineNo++;
  const from = Math.max(lineStart, loc.start - 30);
  const lineEnd = text.indexOf('\n', loc.start);
  const to = Math.min(lineEnd < 0 ? text.length : lineEnd, loc.end + 50);
  return `${lineNo}: ${from > lineStart ? '…' : ''}${text.slice(from, to).trim()}`;
}
