import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { CorpusService } from '../corpus/corpusService';
import { uriOf } from '../shared/claims';
import { EntityTreeProvider, type Node } from './entityTree';

export const VIEW_ID = 'conflictLens.entities';

/** The entity view: refreshed (debounced) whenever the index changes. Returns the provider for tests. */
export function activate(context: vscode.ExtensionContext, corpus: CorpusService): { provider: EntityTreeProvider; view: vscode.TreeView<Node> } {
  // the line around a mention, read when its article node is expanded (from the editor if open, else from disk)
  const lineOf = (loc: { file: string; start: number; end: number }) => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriOf(loc.file).toString());
    let text: string;
    try { text = doc?.getText() ?? fs.readFileSync(loc.file, 'utf8'); } catch { return `offset ${loc.start}`; }
    const lineStart = text.lastIndexOf('\n', loc.start - 1) + 1;
    const lineNo = text.slice(0, lineStart).split('\n').length;
    const from = Math.max(lineStart, loc.start - 30);
    const lineEnd = text.indexOf('\n', loc.start);
    const to = Math.min(lineEnd < 0 ? text.length : lineEnd, loc.end + 50);
    return `${lineNo}: ${from > lineStart ? '…' : ''}${text.slice(from, to).trim()}`;
  };
  const provider = new EntityTreeProvider(corpus.index, lineOf);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const update = () => {
    provider.refresh();
    view.description = corpus.index.size ? `${corpus.index.size} article${corpus.index.size === 1 ? '' : 's'}` : undefined;
  };
  // the index's change event is already debounced: a burst of analyses is one refresh
  context.subscriptions.push(view, corpus.onDidChange(update));
  return { provider, view };
}
