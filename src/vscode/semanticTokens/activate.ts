import * as vscode from 'vscode';
import type { CorpusService } from '../corpus/corpusService';
import { LANGUAGE_ID } from '../corpus/settings';

export const TOKEN_TYPES = ['place', 'actor', 'person', 'figure'];
export const TOKEN_MODIFIERS = ['disputed', 'firstMention'];
export const legend = new vscode.SemanticTokensLegend(TOKEN_TYPES, TOKEN_MODIFIERS);

/**
 * What the analysis knows, as semantic tokens: entity mentions by type (the first mention of each entity in an
 * article marked) and figures (those in a disagreement marked disputed).
 */
export function activate(context: vscode.ExtensionContext, corpus: CorpusService): void {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.DocumentSemanticTokensProvider = {
    onDidChangeSemanticTokens: changed.event,
    async provideDocumentSemanticTokens(document) {
      const analysis = await corpus.ensure(document);
      const builder = new vscode.SemanticTokensBuilder(legend);
      if (!analysis) return builder.build();
      const spans: { start: number; end: number; type: number; mods: number }[] = [];
      const seen = new Set<string>();
      for (const e of analysis.entities) {
        const key = `${e.type}:${e.canonical}`;
        const first = !seen.has(key);
        seen.add(key);
        spans.push({ start: e.start, end: e.end, type: TOKEN_TYPES.indexOf(e.type), mods: first ? 1 << 1 : 0 });
      }
      const disputed = new Set(analysis.figures.map((_, index) => index).filter((index) => corpus.index.disagreementsOf({ file: analysis.file, index }).length));
      analysis.figures.forEach((f, i) => spans.push({ start: f.start, end: f.end, type: 3, mods: disputed.has(i) ? 1 : 0 }));
      spans.sort((a, b) => a.start - b.start);
      for (const s of spans) {
        // a token may not cross lines: emit one piece per line
        let start = document.positionAt(s.start);
        const end = document.positionAt(s.end);
        while (start.line < end.line) {
          const lineEnd = document.lineAt(start.line).range.end;
          if (lineEnd.character > start.character) builder.push(new vscode.Range(start, lineEnd), TOKEN_TYPES[s.type], TOKEN_MODIFIERS.filter((_, k) => s.mods & (1 << k)));
          start = new vscode.Position(start.line + 1, 0);
        }
        if (end.character > start.character) builder.push(new vscode.Range(start, end), TOKEN_TYPES[s.type], TOKEN_MODIFIERS.filter((_, k) => s.mods & (1 << k)));
      }
      return builder.build();
    },
  };
  context.subscriptions.push(changed, vscode.languages.registerDocumentSemanticTokensProvider({ language: LANGUAGE_ID }, provider, legend), corpus.onDidChange(() => changed.fire()));
}
