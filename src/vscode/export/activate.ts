import * as vscode from 'vscode';
import { CLAIM_COLUMNS, claimRows, INCIDENT_COLUMNS, incidentRows, toCsv, toJson } from '../../core/exportRows';
import type { CorpusService } from '../corpus/corpusService';

interface ExportArgs { format?: 'csv' | 'json'; target?: string }

/**
 * Conflict Lens: Export Claims — every figure with value, interval, time, kind of attack, place, source, incident,
 * article and offsets; Export Incidents — one row per incident, as UCDP GED and ACLED exchange events. CSV or JSON;
 * arguments (format, target) skip the prompts.
 */
export function activate(context: vscode.ExtensionContext, corpus: CorpusService): void {
  const exporter = (what: 'claims' | 'incidents', rows: () => object[], csv: (rows: object[]) => string) => async (args?: ExportArgs) => {
    const format = args?.format ?? (await vscode.window.showQuickPick([
      { label: 'CSV', description: `one row per ${what === 'claims' ? 'claim' : 'incident'}, for spreadsheets`, format: 'csv' as const },
      { label: 'JSON', description: `an array of ${what}`, format: 'json' as const },
    ], { title: `Export ${what} as` }))?.format;
    if (!format) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = args?.target ? vscode.Uri.file(args.target) : await vscode.window.showSaveDialog({
      defaultUri: folder && vscode.Uri.joinPath(folder, `${what}.${format}`),
      filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
      title: `Export ${what}`,
    });
    if (!target) return undefined;
    const list = rows();
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(format === 'csv' ? csv(list) : toJson(list)));
    if (!args?.target) {
      void vscode.window.showInformationMessage(`Conflict Lens: ${list.length} ${what} exported to ${vscode.workspace.asRelativePath(target)}.`, 'Open').then((a) => a && vscode.window.showTextDocument(target));
    }
    return target.fsPath;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('conflictLens.exportClaims', exporter('claims', () => claimRows(corpus.index), (rows) => toCsv(rows as ReturnType<typeof claimRows>, CLAIM_COLUMNS))),
    vscode.commands.registerCommand('conflictLens.exportIncidents', exporter('incidents', () => incidentRows(corpus.index), (rows) => toCsv(rows as ReturnType<typeof incidentRows>, INCIDENT_COLUMNS))),
  );
}
