import * as vscode from 'vscode';
import { formatValue } from '../../core/format';
import { formatDay, incidentTitle, sourceLabel } from '../../core/incidents/describe';
import type { FigureRef } from '../../core/model';
import type { CorpusService } from '../corpus/corpusService';
import { articleName, claimLocation, type Location, openLocation } from '../shared/claims';

/**
 * Commands the hovers, the tree and the palette share: open a claim, list an incident's claims or a kind of
 * quantity's (optionally about one place), rebuild the index.
 */
export function activate(context: vscode.ExtensionContext, corpus: CorpusService): void {
  const index = corpus.index;
  /** A quick pick of claims, those in a disagreement marked; the one chosen is opened. */
  const pickClaim = async (title: string, refs: FigureRef[]) => {
    const disputed = (r: FigureRef) => index.disagreementsOf(r).length > 0;
    const pick = await vscode.window.showQuickPick(refs.map((ref) => {
      const f = index.figure(ref)!;
      const doc = index.get(ref.file);
      return {
        label: `${disputed(ref) ? '$(warning) ' : ''}${formatValue(f)} ${f.subject}`,
        description: `${f.place ?? 'no place'} · ${sourceLabel(f, doc)}`,
        detail: `${articleName(ref.file)}${doc?.date ? ` · ${formatDay(doc.date)}` : ''}`,
        ref,
      };
    }), { title, placeHolder: `${refs.length} claim${refs.length === 1 ? '' : 's'} — open one`, matchOnDescription: true, matchOnDetail: true });
    const loc = pick && claimLocation(index, pick.ref);
    if (loc) await openLocation(loc);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('conflictLens.openClaim', (loc: Location) => openLocation(loc)),
    vscode.commands.registerCommand('conflictLens.showIncident', async (args: { incident: string }) => {
      const incident = index.incident(args.incident);
      if (incident) await pickClaim(incidentTitle(index, incident), incident.members);
    }),
    vscode.commands.registerCommand('conflictLens.showGroup', async (args: { group: string; place?: string }) => {
      const members = index.groupMembers(args.group).filter((m) => !args.place || m.figure.place === args.place);
      await pickClaim(`${index.labelOf(args.group)}${args.place ? ` — ${args.place}` : ''}`, members.map((m) => m.ref));
    }),
    vscode.commands.registerCommand('conflictLens.rebuildIndex', () => corpus.rebuild()),
    vscode.commands.registerCommand('conflictLens.showLog', () => corpus.log.show()),
  );
}
