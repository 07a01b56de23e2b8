import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ConflictLensApi } from '../../src/extension';

export const EXTENSION_ID = 'conflict-lens.conflict-lens';

export async function api(): Promise<ConflictLensApi> {
  const ext = vscode.extensions.getExtension<ConflictLensApi>(EXTENSION_ID);
  assert.ok(ext, 'the extension is installed');
  const exports = await ext.activate();
  await exports.corpus.whenIndexed();
  return exports;
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openArticle(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

export function positionOf(doc: vscode.TextDocument, needle: string, nth = 0, delta = 1): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = doc.getText().indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" occurs in ${doc.uri.path}`);
  return doc.positionAt(at + delta);
}

export async function hoverText(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
}

/** Markdown source without its escapes, as a reader sees the words. */
export const unescape = (md: string) => md.replace(/\\(.)/g, '$1');

export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The semantic tokens of a document, as the text each covers and its type. */
export async function semanticTokensOf(doc: vscode.TextDocument): Promise<{ text: string; type: string }[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
  const decoded: { text: string; type: string }[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, len, type] = tokens.data.slice(i, i + 4);
    line += dl;
    char = dl ? dc : char + dc;
    decoded.push({ text: doc.getText(new vscode.Range(line, char, line, char + len)), type: legend.tokenTypes[type] });
  }
  return decoded;
}
