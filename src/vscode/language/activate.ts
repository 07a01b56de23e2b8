import * as path from 'node:path';
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../corpus/settings';

/** The sample article and figure the walkthrough shows first: the Observatory's 90 percent of Raqqa, which the coalition disputes. */
const EXAMPLE_ARTICLE = '002_5f087e301ec6f340.txt';
const EXAMPLE_FIGURE = '90 percent';
const WELCOMED = 'conflictLens.welcomed';

/**
 * Putting a folder of .txt articles in the Conflict Report language: a command that writes the workspace's
 * files.associations (only this workspace's .txt files change mode), one that opens the bundled samples, whose
 * folder ships that setting, and one that shows an example figure's hover. On its first run the extension opens
 * its walkthrough and its view, so that a new reader sees what to try.
 */
/**
 * The first run: the walkthrough beside the article the reader opened, and the entity view, then the focus back on
 * the article, so that the reader goes on reading where they were.
 */
async function welcome(context: vscode.ExtensionContext): Promise<void> {
  const before = vscode.window.activeTextEditor;
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#conflictLens.start`, true);
  await vscode.commands.executeCommand('workbench.view.extension.conflictLens');
  // the article that activated the extension may have come into its editor meanwhile
  const reading = before ?? vscode.window.visibleTextEditors.find((e) => e.document.languageId === LANGUAGE_ID);
  if (reading) await vscode.window.showTextDocument(reading.document, { viewColumn: reading.viewColumn, preserveFocus: false, preview: false });
}

export function activate(context: vscode.ExtensionContext): void {
  if (!context.globalState.get(WELCOMED)) {
    void context.globalState.update(WELCOMED, true);
    void welcome(context);
  }
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
    vscode.commands.registerCommand('conflictLens.showExample', async () => {
      // the workspace's copy when the samples are open, else the one the extension ships
      const [inWorkspace] = await vscode.workspace.findFiles(`**/${EXAMPLE_ARTICLE}`, undefined, 1);
      const doc = await vscode.workspace.openTextDocument(inWorkspace ?? vscode.Uri.file(path.join(context.extensionPath, 'samples', EXAMPLE_ARTICLE)));
      const article = doc.languageId === LANGUAGE_ID ? doc : await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
      const at = article.positionAt(article.getText().indexOf(EXAMPLE_FIGURE) + 1);
      await vscode.window.showTextDocument(article, { selection: new vscode.Range(at, at) });
      await vscode.commands.executeCommand('editor.action.showHover');
      return article.uri;
    }),
  );
}
