import * as vscode from 'vscode';
import type { CorpusService } from '../corpus/corpusService';

/** "n articles · m incidents · k disagreements", spinning while the worker indexes. */
export function activate(context: vscode.ExtensionContext, corpus: CorpusService): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('conflictLens.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Conflict Lens Index';
  item.command = 'workbench.view.extension.conflictLens';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const update = () => {
    const docs = corpus.index.size;
    const incidents = corpus.index.incidents().length;
    const disagreements = corpus.index.disagreements().length;
    const icon = corpus.isBusy ? '$(sync~spin)' : disagreements ? '$(warning)' : '$(graph)';
    item.text = `${icon} ${plural(docs, 'article')} · ${plural(incidents, 'incident')} · ${plural(disagreements, 'disagreement')}`;
    const skipped = corpus.skipped.size ? `\n${corpus.skipped.size} file(s) skipped (see the Conflict Lens output)` : '';
    item.tooltip = `Conflict Lens index${corpus.isBusy ? ' — indexing…' : ''}${corpus.usingFallback ? '\nWorker unavailable: only open articles are analysed' : ''}${skipped}`;
    if (docs || corpus.isBusy) item.show(); else item.hide();
  };
  context.subscriptions.push(item, corpus.onDidChange(update), corpus.onDidChangeBusy(update));
  update();
  return item;
}
