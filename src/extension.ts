import * as vscode from 'vscode';
import { activate as activateChart } from './vscode/chart/activate';
import { activate as activateCommands } from './vscode/commands/activate';
import { CorpusService } from './vscode/corpus/corpusService';
import { activate as activateDiagnostics } from './vscode/diagnostics/activate';
import { activate as activateExport } from './vscode/export/activate';
import { activate as activateHover } from './vscode/hover/activate';
import { activate as activateLanguage } from './vscode/language/activate';
import { activate as activateReferences } from './vscode/references/activate';
import { activate as activateSearch } from './vscode/search/activate';
import { activate as activateSemanticTokens } from './vscode/semanticTokens/activate';
import { activate as activateStatusBar } from './vscode/statusBar/activate';
import { activate as activateTree } from './vscode/tree/activate';

/** What the extension exports: the live index and views, for its integration tests and for other extensions. */
export interface ConflictLensApi {
  corpus: CorpusService;
  tree: ReturnType<typeof activateTree>['provider'];
  diagnostics: vscode.DiagnosticCollection;
}

export function activate(context: vscode.ExtensionContext): ConflictLensApi {
  const log = vscode.window.createOutputChannel('Conflict Lens');
  const corpus = new CorpusService(context.extensionPath, context.storageUri ?? context.globalStorageUri, log);
  context.subscriptions.push(log, corpus);
  activateLanguage(context);
  activateCommands(context, corpus);
  activateHover(context, corpus);
  activateSemanticTokens(context, corpus);
  const diagnostics = activateDiagnostics(context, corpus);
  const tree = activateTree(context, corpus);
  activateReferences(context, corpus);
  activateSearch(context, corpus, tree.view);
  activateExport(context, corpus);
  activateChart(context, corpus);
  activateStatusBar(context, corpus);
  void corpus.reload();
  return { corpus, tree: tree.provider, diagnostics };
}

export function deactivate(): void {}
