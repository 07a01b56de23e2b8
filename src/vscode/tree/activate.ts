import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { CorpusService } from '../corpus/corpusService';
import { uriOf } from '../shared/claims';
import { EntityTreeProvider, type Node } from './entityTree';

export const VIEW_ID = 'conflictLens.entities';

/** The entity view: refreshed (debounced) whenever the index changes. Returns the provider for tests. */
export function activate(context: vscode.ExtensionContext, corpus: CorpusService): { provider: EntityTreeProvider; view: vscode.TreeView<Node> } {
  // an article's text, read when one of its nodes is expanded (from the editor if open, else from disk)
  const textOf = (file: string) => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriOf(file).toString());
    try { return doc?.getText() ?? fs.readFileSync(file, 'utf8'); } catch { return undefined; }
  };
  const provider = new EntityTreeProvider(corpus.index, textOf);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const update = () => {
    provider.refresh();
    view.description = corpus.index.size ? `${corpus.index.size} article${corpus.index.size === 1 ? '' : 's'}` : undefined;
  };
  // the index's change event is already debounced: a burst of analyses is one refresh
  context.subscriptions.push(view, corpus.onDidChange(update));
  return { provider, view };
}
