import * as vscode from 'vscode';
import { formatValue } from '../../core/format';
import { incidentTitle, sourceLabel } from '../../core/incidents/describe';
import type { CorpusService } from '../corpus/corpusService';
import { rangeOf, uriOf } from '../shared/claims';

const DIAGNOSTICS_DELAY_MS = 100;

/** Each disagreement within an incident becomes an Information diagnostic on both figures, pointing at the other claim. */
export function activate(context: vscode.ExtensionContext, corpus: CorpusService): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection('conflictLens');
  let shown: unknown;
  let timer: NodeJS.Timeout | undefined;
  const update = () => {
    if (!corpus.currentSettings.diagnostics) { collection.clear(); shown = undefined; return; }
    const current = corpus.index.disagreements();
    if (current === shown) return;
    shown = current;
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const d of corpus.index.disagreements()) {
      const a = corpus.index.figure(d.a);
      const b = corpus.index.figure(d.b);
      if (!a || !b) continue;
      const who = (ref: typeof d.a) => sourceLabel(corpus.index.figure(ref)!, corpus.index.get(ref.file));
      const incident = corpus.index.incident(d.incident);
      const message = `${who(d.a)}: ${formatValue(a)}; ${who(d.b)}: ${formatValue(b)} (${incident ? incidentTitle(corpus.index, incident) : corpus.index.labelOf(d.group)})`;
      for (const [self, selfRef, other, otherRef] of [[a, d.a, b, d.b], [b, d.b, a, d.a]] as const) {
        const diag = new vscode.Diagnostic(rangeOf(selfRef.file, self.start, self.end, corpus.index.get(selfRef.file)?.hash), message, vscode.DiagnosticSeverity.Information);
        diag.source = 'Conflict Lens';
        diag.code = 'disagreement';
        diag.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(uriOf(otherRef.file), rangeOf(otherRef.file, other.start, other.end, corpus.index.get(otherRef.file)?.hash)), `${who(otherRef)} says ${formatValue(other)}`)];
        const list = byFile.get(selfRef.file) ?? [];
        list.push(diag);
        byFile.set(selfRef.file, list);
      }
    }
    collection.clear();
    for (const [file, list] of byFile) collection.set(uriOf(file), list);
  };
  // diagnostics are not on the hot path: redraw after the views that are (tree, hovers) have been served
  const schedule = () => { clearTimeout(timer); timer = setTimeout(update, DIAGNOSTICS_DELAY_MS); };
  context.subscriptions.push(collection, corpus.onDidChange(schedule), { dispose: () => clearTimeout(timer) },
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('conflictLens.diagnostics') && schedule()));
  return collection;
}
