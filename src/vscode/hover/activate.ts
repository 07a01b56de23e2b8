import * as vscode from 'vscode';
import type { CorpusService } from '../corpus/corpusService';
import { LANGUAGE_ID } from '../corpus/settings';
import { entityHover, figureHover } from './hoverContent';

/** The hover for a position in an article, answered from the index. */
export async function hoverAt(corpus: CorpusService, document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
  const analysis = await corpus.ensure(document);
  if (!analysis) return undefined;
  const offset = document.offsetAt(position);
  const inside = (s: { start: number; end: number }) => s.start <= offset && offset < s.end;
  const index = analysis.figures.findIndex(inside);
  if (index >= 0) {
    const f = analysis.figures[index];
    const range = new vscode.Range(document.positionAt(f.start), document.positionAt(f.end));
    return new vscode.Hover(figureHover(corpus.index, { file: analysis.file, index }, corpus.currentSettings.hoverRows), range);
  }
  const entity = analysis.entities.find(inside);
  if (!entity) return undefined;
  return new vscode.Hover(entityHover(corpus.index, entity, analysis.file), new vscode.Range(document.positionAt(entity.start), document.positionAt(entity.end)));
}

export function activate(context: vscode.ExtensionContext, corpus: CorpusService): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, {
    provideHover: (document, position) => hoverAt(corpus, document, position),
  }));
}
