import * as path from 'node:path';
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../corpus/settings';

// Putting a folder of .txt articles in the Conflict Report language: a command that writes the workspace's
// files.associations (only this workspace's .txt files change mode), one that opens the bundled samples, whose
// folder ships that setting, and one that shows an example figure's hover. On its first run the extension opens
// its walkthrough and its view, so that a new reader sees what to try.

/** The sample article and figure the walkthrough shows first: the Observatory's 90 percent of Raqqa, which the coalition disputes. */
const EXAMPLE_ARTICLE = '002_5f087e301ec6f340.txt';
const EXAMPLE_FIGURE = '90 percent';
const WELCOMED = 'conflictLens.welcomed';

/** How long the first run waits for the article whose opening started the extension to come into its editor. */
const ARTICLE_WAIT_MS = 5000;
/** How long the focus is kept on the article while the walkthrough's page comes in (VS Code's page focuses its first
 * step a quarter of a second after each time it builds it, whatever the options it was opened with). */
const SETTLE_MS = 10_000;
/** After the page has taken the focus once and been given it back, how long it may still take it again. */
const AFTER_STEAL_MS = 1500;
/** How many times the focus goes back to the article while the page settles. */
const FOCUS_RETURNS = 3;

const isArticle = (e: vscode.TextEditor | undefined): e is vscode.TextEditor => e?.document.languageId === LANGUAGE_ID;
const walkthroughFocused = () => { const t = vscode.window.tabGroups.activeTabGroup.activeTab; return t !== undefined && !(t.input instanceof vscode.TabInputText); };

/**
 * The article the reader opened: the extension starts as the article's language is first seen, which may be before
 * the article's editor has come in, so it waits for that editor a moment.
 */
function readersArticle(ms: number): Promise<vscode.TextEditor | undefined> {
  if (isArticle(vscode.window.activeTextEditor)) return Promise.resolve(vscode.window.activeTextEditor);
  return new Promise((resolve) => {
    const done = (e: vscode.TextEditor | undefined) => { clearTimeout(timer); listener.dispose(); resolve(e); };
    const listener = vscode.window.onDidChangeActiveTextEditor((e) => { if (isArticle(e)) done(e); });
    const timer = setTimeout(() => done(vscode.window.visibleTextEditors.find(isArticle)), ms);
  });
}

/**
 * Gives the focus back to the article each time the walkthrough takes it while its page comes in, until the page has
 * settled (AFTER_STEAL_MS after its first taking, or SETTLE_MS without one), or the reader has gone to another file.
 */
function keepFocusOn(article: vscode.TextEditor): { done: Promise<void>; giveBack: () => Thenable<unknown> } {
  const giveBack = () => vscode.window.showTextDocument(article.document, { viewColumn: article.viewColumn, preserveFocus: false, preview: false });
  const done = new Promise<void>((resolve) => {
    let returns = 0;
    const finish = () => { clearTimeout(timer); groups.dispose(); tabs.dispose(); editors.dispose(); resolve(); };
    let timer = setTimeout(finish, SETTLE_MS);
    const check = () => {
      if (!walkthroughFocused()) return;
      void giveBack();
      clearTimeout(timer);
      timer = setTimeout(finish, AFTER_STEAL_MS);
      if (++returns === FOCUS_RETURNS) finish();
    };
    const groups = vscode.window.tabGroups.onDidChangeTabGroups(check);
    const tabs = vscode.window.tabGroups.onDidChangeTabs(check);
    const editors = vscode.window.onDidChangeActiveTextEditor((e) => { if (e && e.document !== article.document) finish(); });
  });
  return { done, giveBack };
}

/**
 * The first run: the entity view, and the walkthrough beside the article the reader opened, the focus kept on the
 * article so that the reader goes on reading where they were. Without an article (the extension started for a folder),
 * the walkthrough opens where the reader is, with the focus.
 */
async function welcome(context: vscode.ExtensionContext): Promise<void> {
  const article = await readersArticle(ARTICLE_WAIT_MS);
  await vscode.commands.executeCommand('workbench.view.extension.conflictLens');
  const guard = article && keepFocusOn(article);
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#conflictLens.start`, guard !== undefined);
  if (!guard) return;
  // the view took the focus, and the page may already have
  await guard.giveBack();
  await guard.done;
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
