import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/corpus/corpusIndex';
import { formatValue } from '../../core/format';
import type { FigureRef } from '../../core/model';

/** Arguments of conflictLens.openClaim: a place in an article to open. */
export interface Location { file: string; start: number; end: number }

export function uriOf(file: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:/i.test(file) && !/^[a-z]:[\\/]/i.test(file) ? vscode.Uri.parse(file) : vscode.Uri.file(file);
}

export function articleName(file: string): string {
  return path.basename(file);
}

export async function openLocation(loc: Location): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uriOf(loc.file));
  const range = new vscode.Range(doc.positionAt(loc.start), doc.positionAt(loc.end));
  return vscode.window.showTextDocument(doc, { selection: range, preview: true });
}

export function claimLocation(index: CorpusIndex, ref: FigureRef): Location | undefined {
  const f = index.figure(ref);
  return f && { file: ref.file, start: f.start, end: f.end };
}

/** One line describing a claim: value, what, where, who. */
export function claimSummary(index: CorpusIndex, ref: FigureRef): string {
  const f = index.figure(ref);
  if (!f) return '';
  const who = f.source ? `${f.source}${f.speaker && f.speaker !== f.source ? ` (${f.speaker})` : ''}` : 'unattributed';
  return `${formatValue(f)} ${f.subject} · ${f.place ?? 'no place'} · ${who}`;
}
