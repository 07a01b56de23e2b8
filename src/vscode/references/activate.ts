import * as vscode from 'vscode';
import type { CorpusService } from '../corpus/corpusService';
import { LANGUAGE_ID } from '../corpus/settings';
import { rangeOf, uriOf } from '../shared/claims';

/**
 * The editor's own idiom for cross-references on a name: Find All References (Shift+F12) lists every mention of the
 * entity across the corpus; Go to Definition goes to its first mention in each article.
 */
export function activate(context: vscode.ExtensionContext, corpus: CorpusService): void {
  const entityAt = async (document: vscode.TextDocument, position: vscode.Position) => {
    const analysis = await corpus.ensure(document);
    const offset = document.offsetAt(position);
    const entity = analysis?.entities.find((e) => e.start <= offset && offset < e.end);
    return entity && corpus.index.entity(entity.type, entity.canonical);
  };
  const locations = (mentions: { file: string; start: number; end: number }[]) => {
    return mentions.map((m) => new vscode.Location(uriOf(m.file), rangeOf(m.file, m.start, m.end, corpus.index.get(m.file)?.hash)));
  };
  context.subscriptions.push(
    vscode.languages.registerReferenceProvider({ language: LANGUAGE_ID }, {
      async provideReferences(document, position) {
        const record = await entityAt(document, position);
        return record ? locations([...record.mentions.values()].flat()) : [];
      },
    }),
    vscode.languages.registerDefinitionProvider({ language: LANGUAGE_ID }, {
      async provideDefinition(document, position) {
        const record = await entityAt(document, position);
        return record ? locations([...record.mentions.values()].map((list) => list[0])) : [];
      },
    }),
  );
}

