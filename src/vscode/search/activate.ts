import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { CorpusService } from '../corpus/corpusService';
import { articleName, claimLocation, type Location, openLocation, uriOf } from '../shared/claims';
import type { Node } from '../tree/entityTree';
import { REVEAL_BUTTON, type SearchItem, searchItems, type SearchTarget } from './searchItems';

/** "…context before [mention] context after" from the open editor or the file. */
function preview(loc: Location): string {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriOf(loc.file).toString());
  let text: string;
  try { text = doc?.getText() ?? fs.readFileSync(loc.file, 'utf8'); } catch { return ''; }
  const from = Math.max(0, loc.start - 50);
  const to = Math.min(text.length, loc.end + 60);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

/**
 * Conflict Lens: Cross-reference Search — one quick pick over entities (any spelling), incidents and figures;
 * choosing an entity or an incident lists its mentions or claims with previews, and opens the one chosen.
 */
export function activate(context: vscode.ExtensionContext, corpus: CorpusService, view: vscode.TreeView<Node>): void {
  const reveal = async (target: SearchTarget) => {
    const node: Node | undefined = target.kind === 'entity'
      ? { kind: 'entity', type: target.record.type, canonical: target.record.canonical }
      : target.kind === 'incident' ? { kind: 'incident', id: target.id, section: 'incidents' } : undefined;
    if (node) await view.reveal(node, { select: true, focus: true, expand: true });
  };

  const listLocations = async (title: string, locations: { loc: Location; label: string; description?: string }[]) => {
    const pick = await vscode.window.showQuickPick(locations.map((l) => ({ label: l.label, description: l.description, detail: preview(l.loc), loc: l.loc })), {
      title, placeHolder: `${locations.length} — type to filter, Enter to open`, matchOnDescription: true, matchOnDetail: true,
    });
    if (pick) await openLocation(pick.loc);
  };

  const choose = async (target: SearchTarget) => {
    if (target.kind === 'figure') {
      const loc = claimLocation(corpus.index, target.ref);
      if (loc) await openLocation(loc);
      return;
    }
    if (target.kind === 'entity') {
      const mentions = [...target.record.mentions.values()].flat().sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
      await listLocations(`${target.record.canonical} — ${mentions.length} mentions`, mentions.map((m) => ({ loc: m, label: `“${m.text}”`, description: articleName(m.file) })));
      return;
    }
    await vscode.commands.executeCommand('conflictLens.showIncident', { incident: target.id });
  };

  context.subscriptions.push(vscode.commands.registerCommand('conflictLens.search', async (args?: { query?: string; incident?: string }) => {
    // from a hover's "see all": straight to the incident's claims
    if (args?.incident) { await choose({ kind: 'incident', id: args.incident }); return; }
    const qp = vscode.window.createQuickPick<SearchItem>();
    qp.title = 'Conflict Lens: Cross-reference Search';
    qp.placeholder = 'A place, actor or person in any spelling, an incident, a date, a number…';
    qp.matchOnDescription = true;
    qp.matchOnDetail = true;
    qp.items = searchItems(corpus.index);
    if (args?.query) qp.value = args.query;
    const done = new Promise<void>((resolve) => {
      qp.onDidTriggerItemButton(async (e) => {
        if (e.button === REVEAL_BUTTON) { qp.hide(); await reveal(e.item.target); }
      });
      qp.onDidAccept(async () => {
        const item = qp.selectedItems[0];
        qp.hide();
        if (item?.target) await choose(item.target);
        resolve();
      });
      qp.onDidHide(() => { qp.dispose(); resolve(); });
    });
    qp.show();
    await done;
  }));
}
