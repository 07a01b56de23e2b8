import * as vscode from 'vscode';
import type { CorpusIndex, EntityRecord } from '../../core/corpus/corpusIndex';
import type { EntityType, FigureRef } from '../../core/model';
import { articleName, claimLocation, claimSummary, type Location, uriOf } from '../shared/claims';

/** Nodes of the entity view; ids are stable so VS Code keeps what the user expanded across refreshes. */
export type Node =
  | { kind: 'section'; section: 'place' | 'actor' | 'person' | 'groups' | 'disagreements' }
  | { kind: 'entity'; type: EntityType; canonical: string }
  | { kind: 'entityFile'; type: EntityType; canonical: string; file: string }
  | { kind: 'mention'; location: Location; line: string }
  | { kind: 'group'; key: string }
  | { kind: 'claim'; ref: FigureRef; parent: string }
  | { kind: 'disagreement'; index: number };

const SECTION_LABEL = { place: 'Places', actor: 'Actors', person: 'People', groups: 'Figures', disagreements: 'Disagreements' } as const;
const SECTION_ICON = { place: 'location', actor: 'organization', person: 'person', groups: 'symbol-number', disagreements: 'warning' } as const;
const ENTITY_ICON = { place: 'location', actor: 'organization', person: 'person' } as const;

const mentionCount = (e: EntityRecord) => { let n = 0; for (const l of e.mentions.values()) n += l.length; return n; };

export class EntityTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly index: CorpusIndex, private readonly textOf: (file: string) => string | undefined) {}

  refresh(): void { this.changed.fire(undefined); }

  /** Parents of the nodes the search reveals: an entity's or a group's section, a file's entity, a claim's group. */
  getParent(node: Node): Node | undefined {
    switch (node.kind) {
      case 'entity': return { kind: 'section', section: node.type };
      case 'group': return { kind: 'section', section: 'groups' };
      case 'entityFile': return { kind: 'entity', type: node.type, canonical: node.canonical };
      case 'claim': return node.parent.startsWith('d') ? undefined : { kind: 'group', key: node.parent };
      default: return undefined;
    }
  }

  getChildren(node?: Node): Node[] {
    const index = this.index;
    if (!node) {
      if (index.size === 0) return [];
      return (['place', 'actor', 'person', 'groups', 'disagreements'] as const).map((section) => ({ kind: 'section', section }));
    }
    switch (node.kind) {
      case 'section':
        if (node.section === 'groups') return index.groups().sort((a, b) => b.members.length - a.members.length || a.label.localeCompare(b.label)).map((g) => ({ kind: 'group', key: g.key }));
        if (node.section === 'disagreements') return index.disagreements().map((_, i) => ({ kind: 'disagreement', index: i }));
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
      case 'group':
        return index.groupMembers(node.key).map((m) => ({ kind: 'claim', ref: m.ref, parent: node.key }));
      case 'disagreement': {
        const d = index.disagreements()[node.index];
        return d ? [{ kind: 'claim', ref: d.a, parent: `d${node.index}` }, { kind: 'claim', ref: d.b, parent: `d${node.index}` }] : [];
      }
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const index = this.index;
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.kind) {
      case 'section': {
        const count = node.section === 'groups' ? index.groups().length : node.section === 'disagreements' ? index.disagreements().length : index.entities(node.section).length;
        const item = new vscode.TreeItem(`${SECTION_LABEL[node.section]} (${count})`, count ? Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = `section:${node.section}`;
        item.iconPath = new vscode.ThemeIcon(SECTION_ICON[node.section]);
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
      case 'group': {
        const members = index.groupMembers(node.key);
        const disputed = index.disagreements().filter((d) => d.group === node.key).length;
        const item = new vscode.TreeItem(index.labelOf(node.key), Collapsed);
        item.id = `group:${node.key}`;
        item.description = `${members.length} claim${members.length === 1 ? '' : 's'}${disputed ? ` · ${disputed} disagreement${disputed === 1 ? '' : 's'}` : ''}`;
        item.iconPath = new vscode.ThemeIcon(disputed ? 'warning' : 'symbol-number');
        return item;
      }
      case 'claim': {
        const loc = claimLocation(index, node.ref);
        const item = new vscode.TreeItem(claimSummary(index, node.ref), vscode.TreeItemCollapsibleState.None);
        item.id = `claim:${node.parent}:${node.ref.file}#${node.ref.index}`;
        item.description = articleName(node.ref.file);
        item.iconPath = new vscode.ThemeIcon('quote');
        if (loc) item.command = { command: 'conflictLens.openClaim', title: 'Open', arguments: [loc] };
        return item;
      }
      case 'disagreement': {
        const d = index.disagreements()[node.index];
        const a = d && index.figure(d.a);
        const b = d && index.figure(d.b);
        const label = a && b ? `${a.source ?? 'unattributed'} vs ${b.source ?? 'unattributed'}` : 'disagreement';
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `disagreement:${d?.group}:${d?.a.file}#${d?.a.index}:${d?.b.file}#${d?.b.index}`;
        item.description = d ? index.labelOf(d.group) : '';
        item.iconPath = new vscode.ThemeIcon('warning');
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
