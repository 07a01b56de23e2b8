import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ChartData } from '../../src/webview/chartProtocol';
import { api, EXTENSION_ID, until } from './helpers';

/** The webview tabs open in the window, by view type. */
const webviewTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.input).filter((i): i is vscode.TabInputWebview => i instanceof vscode.TabInputWebview);

describe('the claims chart and the walkthrough', () => {
  it('the chart command opens a webview drawing an incident\'s claims, each with its source and article', async () => {
    const { corpus } = await api();
    const incident = corpus.index.incidents().find((i) => /territory-share:raqqa:/.test(i.id))!;
    const data = await vscode.commands.executeCommand<ChartData>('conflictLens.showChart', { incident: incident.id });
    assert.equal(data.kind, 'incident');
    assert.match(data.title, /Share of territory held by Syrian Democratic Forces \(%\) · Raqqa/);
    assert.deepEqual(data.claims.map((c) => [c.label, c.source, c.article, c.disputed]).sort(), [
      ['65–70%', 'US-led coalition', '002_5f087e301ec6f340.txt', true],
      ['90%', 'Syrian Observatory for Human Rights', '002_5f087e301ec6f340.txt', true],
    ]);
    await until('a chart panel open', () => webviewTabs().some((t) => t.viewType.includes('conflictLens.chart')));
  });

  it('the chart command draws a kind of quantity about a place over time', async () => {
    await api();
    const data = await vscode.commands.executeCommand<ChartData>('conflictLens.showChart', { group: 'civilians-fled', place: 'Baghouz' });
    assert.equal(data.kind, 'timeline');
    assert.equal(data.title, 'Civilians who fled · Baghouz');
    assert.deepEqual(data.claims.map((c) => c.label).sort(), ['about 300', 'more than 20,000', '~200–999']);
    await until('the chart panel', () => webviewTabs().some((t) => t.viewType.includes('conflictLens.chart')));
    assert.equal(webviewTabs().filter((t) => t.viewType.includes('conflictLens.chart')).length, 1, 'one panel, drawn again');
  });

  it("the walkthrough's steps name commands that run from a fresh install", async () => {
    await api();
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const steps: { description: string }[] = ext.packageJSON.contributes.walkthroughs[0].steps;
    const linked = steps.map((s) => /\(command:([\w.]+)\)/.exec(s.description)?.[1]);
    assert.deepEqual(linked, ['conflictLens.openSamples', 'conflictLens.showExample', 'workbench.view.extension.conflictLens', 'conflictLens.search', 'conflictLens.showChart', 'conflictLens.exportIncidents']);
    const registered = await vscode.commands.getCommands(true);
    for (const command of linked) assert.ok(registered.includes(command!), `${command} is a command`);
    // opening the samples opens a folder (a new workspace): what it opens is shipped with the extension
    assert.ok(fs.existsSync(path.join(ext.extensionPath, 'samples', '002_5f087e301ec6f340.txt')));
    const shown = await vscode.commands.executeCommand<vscode.Uri>('conflictLens.showExample');
    assert.equal(path.basename(shown.fsPath), '002_5f087e301ec6f340.txt');
    assert.equal(vscode.window.activeTextEditor?.document.getText(new vscode.Range(vscode.window.activeTextEditor.selection.active, vscode.window.activeTextEditor.selection.active.translate(0, 9))), '0 percent');
    await vscode.commands.executeCommand('workbench.view.extension.conflictLens');
    for (const [step, media] of steps.map((s, k) => [s, ext.packageJSON.contributes.walkthroughs[0].steps[k].media.markdown] as const)) {
      assert.ok(fs.existsSync(path.join(ext.extensionPath, media)), `${step.description.slice(0, 20)}… has its page`);
    }
  });
});
