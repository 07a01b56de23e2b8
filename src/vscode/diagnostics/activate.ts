import * as vscode from 'vscode';
import { formatValue } from '../../core/format';
import { refKey } from '../../core/incidents/groupIncidents';
import { sourceKey } from '../../core/incidents/claims';
import { incidentTitle, sourceName } from '../../core/incidents/describe';
import type { FigureRef } from '../../core/model';
import type { CorpusService } from '../corpus/corpusService';
import { rangeOf, uriOf } from '../shared/claims';

const DIAGNOSTICS_DELAY_MS = 100;

/**
 * One Information diagnostic per disputed figure, however many claims dispute it: "disputed by 3 sources", the
 * sources and their counts in the message, each source's disputing claim a related location.
 */
export function activate(context: vscode.ExtensionContext, corpus: CorpusService): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection('conflictLens');
  let shown: unknown;
  let timer: NodeJS.Timeout | undefined;
  const update = () => {
    if (!corpus.currentSettings.diagnostics) { collection.clear(); shown = undefined; return; }
    // while the workspace is indexed, the disputes are drawn once at its end, not every time the views refresh
    if (corpus.isBusy) return;
    const current = corpus.index.disagreements();
    if (current === shown) return;
    shown = current;
    const index = corpus.index;
    const against = new Map<string, { ref: FigureRef; others: FigureRef[] }>();
    for (const d of current) {
      for (const [self, other] of [[d.a, d.b], [d.b, d.a]] as const) {
        const key = refKey(self);
        const entry = against.get(key) ?? { ref: self, others: [] };
        entry.others.push(other);
        against.set(key, entry);
      }
    }
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const { ref, others } of against.values()) {
      const self = index.figure(ref);
      if (!self) continue;
      // a source that gives several disputing counts is one source that disputes it
      const bySource = new Map<string, FigureRef[]>();
      for (const o of others) {
        // one source as the hover names it: an outlet's own name and its unattributed claims are one source
        const name = sourceName(sourceKey(index.figure(o)!, index.get(o.file)!));
        bySource.set(name, [...(bySource.get(name) ?? []), o]);
      }
      const said = [...bySource].map(([name, refs]) => `${name} says ${[...new Set(refs.map((r) => formatValue(index.figure(r)!)))].join(' or ')}`);
      const incident = index.incidentOf(ref);
      const n = bySource.size;
      const message = `${formatValue(self)} is disputed by ${n} source${n === 1 ? '' : 's'}: ${said.join('; ')}${incident ? ` (${incidentTitle(index, incident)})` : ''}`;
      const diag = new vscode.Diagnostic(rangeOf(ref.file, self.start, self.end, index.get(ref.file)?.hash), message, vscode.DiagnosticSeverity.Information);
      diag.source = 'Conflict Lens';
      diag.code = 'disagreement';
      // a source's last disputing claim stands for it: one line a source, not one a repetition
      diag.relatedInformation = [...bySource].map(([name, refs]) => {
        const o = refs[refs.length - 1];
        const f = index.figure(o)!;
        return new vscode.DiagnosticRelatedInformation(new vscode.Location(uriOf(o.file), rangeOf(o.file, f.start, f.end, index.get(o.file)?.hash)), `${name} says ${formatValue(f)}`);
      });
      const list = byFile.get(ref.file) ?? [];
      list.push(diag);
      byFile.set(ref.file, list);
    }
    collection.clear();
    for (const [file, list] of byFile) collection.set(uriOf(file), list);
  };
  // diagnostics are not on the hot path: redraw after the views that are (tree, hovers) have been served
  const schedule = () => { clearTimeout(timer); timer = setTimeout(update, DIAGNOSTICS_DELAY_MS); };
  context.subscriptions.push(collection, corpus.onDidChange(schedule), corpus.onDidChangeBusy((busy) => busy || schedule()), { dispose: () => clearTimeout(timer) },
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('conflictLens.diagnostics') && schedule()));
  return collection;
}
