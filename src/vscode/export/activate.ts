import * as vscode from 'vscode';
import { claimRows, claimsCsv, claimsJson } from '../../core/exportClaims';
import type { CorpusService } from '../corpus/corpusService';

/**
 * Conflict Lens: Export Claims — every figure with value, interval, category, event, place, source, speaker,
 * article and offsets, one row per claim, as CSV or JSON. Arguments (format, target) skip the prompts.
 */
export function activate(context: vscode.ExtensionContext, corpus: CorpusService): void {
  context.subscriptions.push(vscode.commands.registerCommand('conflictLens.exportClaims', async (args?: { format?: 'csv' | 'json'; target?: string }) => {
    const format = args?.format ?? (await vscode.window.showQuickPick([
      { label: 'CSV', description: 'one row per claim, for spreadsheets', format: 'csv' as const },
      { label: 'JSON', description: 'an array of claims', format: 'json' as const },
    ], { title: 'Export claims as' }))?.format;
    if (!format) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = args?.target ? vscode.Uri.file(args.target) : await vscode.window.showSaveDialog({
      defaultUri: folder && vscode.Uri.joinPath(folder, `claims.${format}`),
      filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
      title: 'Export claims',
    });
    if (!target) return undefined;
    const rows = claimRows(corpus.index);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(format === 'csv' ? claimsCsv(rows) : claimsJson(rows)));
    if (!args?.target) {
      void vscode.window.showInformationMessage(`Conflict Lens: ${rows.length} claims exported to ${vscode.workspace.asRelativePath(target)}.`, 'Open').then((a) => a && vscode.window.showTextDocument(target));
    }
    return target.fsPath;
  }));
}
