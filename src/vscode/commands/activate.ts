import * as vscode from 'vscode';
import type { CorpusService } from '../corpus/corpusService';
import { articleName, claimLocation, claimSummary, type Location, openLocation } from '../shared/claims';

/** Commands the hovers, the tree and the palette share: open a claim, list a group's claims, rebuild the index. */
export function activate(context: vscode.ExtensionContext, corpus: CorpusService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('conflictLens.openClaim', (loc: Location) => openLocation(loc)),
    vscode.commands.registerCommand('conflictLens.showGroup', async (args: { group: string }) => {
      const members = corpus.index.groupMembers(args.group);
      const disputed = new Set(corpus.index.disagreements().filter((d) => d.group === args.group).flatMap((d) => [`${d.a.file}#${d.a.index}`, `${d.b.file}#${d.b.index}`]));
      const pick = await vscode.window.showQuickPick(members.map((m) => ({
        label: `${disputed.has(`${m.ref.file}#${m.ref.index}`) ? '$(warning) ' : ''}${claimSummary(corpus.index, m.ref)}`,
        description: articleName(m.ref.file),
        ref: m.ref,
      })), { title: corpus.index.labelOf(args.group), placeHolder: 'Open a claim' });
      const loc = pick && claimLocation(corpus.index, pick.ref);
      if (loc) await openLocation(loc);
    }),
    vscode.commands.registerCommand('conflictLens.rebuildIndex', () => corpus.rebuild()),
    vscode.commands.registerCommand('conflictLens.showLog', () => corpus.log.show()),
  );
}
