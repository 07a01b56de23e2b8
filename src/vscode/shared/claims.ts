import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/corpus/corpusIndex';
import { formatValue } from '../../core/format';
import type { FigureRef } from '../../core/model';
import { countLeading } from '../../core/sorted';

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

const lineIndex = new Map<string, { version: string; starts: number[] }>();

/**
 * The range of offsets in an article: from its open editor when there is one, else from a line index of the file
 * on disk, kept per file for the content hash it was analysed with (`version`), so listing a thousand mentions
 * opens no documents and reads each file once.
 */
export function rangeOf(file: string, start: number, end: number, version: string | undefined): vscode.Range {
  const uri = uriOf(file).toString();
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (doc) return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  let entry = lineIndex.get(file);
  if (!entry || version === undefined || entry.version !== version) {
    let text = '';
    try { text = fs.readFileSync(file, 'utf8'); } catch { /* gone: positions fall back to the first line */ }
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    entry = { version: version ?? '', starts };
    lineIndex.set(file, entry);
  }
  const starts = entry.starts;
  const position = (offset: number) => {
    // starts[0] is 0, so at least one line starts at or before any offset
    const line = countLeading(starts, (lineStart) => lineStart <= offset) - 1;
    return new vscode.Position(line, offset - starts[line]);
  };
  return new vscode.Range(position(start), position(end));
}
