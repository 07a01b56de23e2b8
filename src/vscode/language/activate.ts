import * as path from 'node:path';
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../corpus/settings';

/**
 * Putting a folder of .txt articles in the Conflict Report language: a command that writes the workspace's
 * files.associations (only this workspace's .txt files change mode), and one that opens the bundled samples,
 * whose folder ships that setting.
 */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('conflictLens.associateTxt', async () => {
      if (!vscode.workspace.workspaceFolders?.length) {
        void vscode.window.showWarningMessage('Conflict Lens: open the folder of articles first.');
        return false;
      }
      const config = vscode.workspace.getConfiguration('files');
      const current = config.inspect<Record<string, string>>('associations')?.workspaceValue ?? {};
      await config.update('associations', { ...current, '*.txt': LANGUAGE_ID }, vscode.ConfigurationTarget.Workspace);
      for (const doc of vscode.workspace.textDocuments) {
        if (doc.uri.fsPath.endsWith('.txt') && doc.languageId === 'plaintext') await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
      }
      void vscode.window.showInformationMessage('Conflict Lens: .txt files in this workspace are now read as conflict reports.');
      return true;
    }),
    vscode.commands.registerCommand('conflictLens.openSamples', async () => {
      const samples = vscode.Uri.file(path.join(context.extensionPath, 'samples'));
      await vscode.commands.executeCommand('vscode.openFolder', samples, { forceNewWindow: false });
    }),
  );
}
