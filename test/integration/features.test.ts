import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { searchItems } from '../../src/vscode/search/searchItems';
import { api, hoverText, openArticle, positionOf, semanticTokensOf, unescape, until, workspaceFile } from './helpers';

describe('references, search, export, safety, cache and the worker', () => {
  it('Find All References on "Raqa" lists every mention of Raqqa across the corpus', async () => {
    await api();
    const doc = await openArticle('002_5f087e301ec6f340.txt');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'Raqa'));
    assert.equal(refs.length, 9);
    assert.deepEqual([...new Set(refs.map((r) => path.basename(r.uri.fsPath)))].sort(), ['000_2c29b890998c56a9.txt', '002_5f087e301ec6f340.txt']);
    const other = refs.find((r) => r.uri.fsPath.endsWith('000_2c29b890998c56a9.txt'))!;
    const text = (await vscode.workspace.openTextDocument(other.uri)).getText(other.range);
    assert.equal(text, 'Raqqa');
  });

  it('Go to Definition on "ISIS" offers the first mention of Islamic State in each article', async () => {
    await api();
    const doc = await openArticle('000_2c29b890998c56a9.txt');
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'ISIS'));
    assert.equal(defs.length, 4);
  });

  it('the cross-reference search finds Raqqa by typing "Raqa", and offers incidents and figures', async () => {
    const { corpus } = await api();
    const items = searchItems(corpus.index).filter((i) => i.target);
    const raqqa = items.find((i) => i.target.kind === 'entity' && i.target.record.canonical === 'Raqqa')!;
    assert.match(raqqa.detail ?? '', /\bRaqa\b/);
    assert.ok(items.some((i) => i.target.kind === 'incident' && /Share of territory held by Syrian Democratic Forces \(%\) · Raqqa/.test(i.label) && /1 disagreement/.test(i.description ?? '')));
    assert.ok(items.some((i) => i.target.kind === 'figure' && /65–70%/.test(i.label)));
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('conflictLens.search'));
  });

  it('the diagnostics setting turns the disagreement diagnostics off and on', async () => {
    await api();
    const doc = await openArticle('002_5f087e301ec6f340.txt');
    const ours = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Conflict Lens');
    await until('diagnostics shown', () => ours().length > 0);
    await vscode.workspace.getConfiguration('conflictLens').update('diagnostics.enabled', false, vscode.ConfigurationTarget.Workspace);
    await until('diagnostics gone', () => ours().length === 0);
    await vscode.workspace.getConfiguration('conflictLens').update('diagnostics.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    await until('diagnostics back', () => ours().length > 0);
  });

  it('"Treat .txt Files in This Workspace as Articles" writes the workspace association', async () => {
    await api();
    assert.equal(await vscode.commands.executeCommand('conflictLens.associateTxt'), true);
    const associations = vscode.workspace.getConfiguration('files').inspect<Record<string, string>>('associations')?.workspaceValue;
    assert.equal(associations?.['*.txt'], 'conflict-report');
  });

  it('Export Claims writes one CSV row per figure with interval, source and offsets', async () => {
    const { corpus } = await api();
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cl-export-')), 'claims.csv');
    await vscode.commands.executeCommand('conflictLens.exportClaims', { format: 'csv', target });
    const lines = fs.readFileSync(target, 'utf8').trim().split('\r\n');
    const figures = corpus.index.documents().reduce((n, d) => n + d.figures.length, 0);
    assert.equal(lines.length, figures + 1);
    assert.match(lines[0], /^article,date,publisher,start,end,text,low,high,qualifier,unit,subject,category,event,event_type,side,actor,place,source,speaker,when_from,when_to,group,group_label,incident,disputed$/);
    assert.ok(lines.some((l) => l.includes(',90 percent,90,90,exact,percent,') && l.includes('Syrian Observatory for Human Rights') && /,[^,]*territory[^,]*:raqqa:[^,]*,true$/.test(l)), 'the claim, its incident, disputed');
    const json = target.replace(/csv$/, 'json');
    await vscode.commands.executeCommand('conflictLens.exportClaims', { format: 'json', target: json });
    assert.equal(JSON.parse(fs.readFileSync(json, 'utf8')).length, figures);
  });

  it('Export Incidents writes one row per incident: where, when, what, low, best and high across its claims', async () => {
    const { corpus } = await api();
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cl-export-')), 'incidents.csv');
    await vscode.commands.executeCommand('conflictLens.exportIncidents', { format: 'csv', target });
    const lines = fs.readFileSync(target, 'utf8').trim().split('\r\n');
    assert.equal(lines.length, corpus.index.incidents().length + 1);
    assert.equal(lines[0], 'id,date_start,date_end,place,admin1,country,event_type,group,group_label,low,best,high,claims,disagreements,sources,articles');
    const raqqa = lines.find((l) => /territory-share:raqqa:/.test(l));
    assert.ok(raqqa, lines.join('\n'));
    assert.match(raqqa, /,Raqqa,Raqqa,Syria,,/);
    assert.match(raqqa, /,65,78.75,90,2,1,Syrian Observatory for Human Rights; US-led coalition,/);
  });

  it('a hover never lets article text or file names run anything: only Conflict Lens commands are enabled', async () => {
    await api();
    const name = 'x [run](command:workbench.action.quit) <img src=x>.report';
    const uri = workspaceFile(name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('The SDF said at least 5,000 ISIS fighters remain in Hajin. The Observatory said 2,000 ISIS fighters remain in Hajin.\n'));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const hovers = await until('a hover', async () => {
        const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, '5,000'));
        return h.length ? h : undefined;
      });
      const md = hovers[0].contents[0] as vscode.MarkdownString;
      const enabled = (md.isTrusted as { enabledCommands: string[] }).enabledCommands;
      assert.ok(enabled.length > 0 && enabled.every((c) => c.startsWith('conflictLens.')), JSON.stringify(md.isTrusted));
      assert.equal(md.supportHtml, false);
      assert.ok(!/\]\(command:workbench/.test(md.value), md.value);
      assert.ok(!/(^|[^\\])<img/.test(md.value), md.value);
      assert.match(md.value, /command:conflictLens\.openClaim/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('a place of another war, which no curated list holds, is highlighted and its hover gives its province and country', async () => {
    const { corpus } = await api();
    const uri = workspaceFile('007_sudan.report');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Shelling of El Obeid killed at least 20 people, the Sudan Liberation Movement said. Kiev and Mariupol were quiet.\n'));
    try {
      await until('the new article in the index', () => corpus.index.get(uri.fsPath));
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const obeid = unescape(await until('a hover over El Obeid', async () => {
        const text = await hoverText(doc, positionOf(doc, 'El Obeid', 0, 3));
        return text.includes('El Obeid') ? text : undefined;
      }));
      assert.match(obeid, /\*\*El Obeid\*\* _\(place\)_ — city in North Kordofan, Sudan/);
      const kyiv = unescape(await hoverText(doc, positionOf(doc, 'Kiev')));
      assert.match(kyiv, /\*\*Kyiv\*\* _\(place\)_ — city in Kyiv City, Ukraine/, 'Kiev is Kyiv, in its province and country');
      const movement = unescape(await hoverText(doc, positionOf(doc, 'Liberation')));
      assert.match(movement, /\*\*Sudan Liberation Movement\*\* _\(actor\)_/, 'the movement is one actor, not Sudan and a movement');
      const tokens = await semanticTokensOf(doc);
      for (const [text, type] of [['El Obeid', 'place'], ['Kiev', 'place'], ['Mariupol', 'place'], ['Sudan Liberation Movement', 'actor']]) {
        assert.ok(tokens.some((t) => t.text === text && t.type === type), `${text} is highlighted as a ${type}: ${JSON.stringify(tokens)}`);
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('new, edited and deleted articles update the index incrementally', async () => {
    const { corpus } = await api();
    const uri = workspaceFile('005_new.report');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Some 300 families fled Raqa on Monday, the UN said.\n'));
    await until('the new article in the index', () => corpus.index.get(uri.fsPath));
    assert.equal(corpus.index.entity('place', 'Raqqa')!.mentions.size, 3);
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'At least 40 civilians were killed in Mosul.\n'));
    await until('the unsaved edit analysed', () => corpus.index.get(uri.fsPath)?.figures.some((f) => f.text === 'At least 40'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(uri);
    await until('the deleted article gone', () => !corpus.index.get(uri.fsPath));
    assert.equal(corpus.index.entity('place', 'Raqqa')!.mentions.size, 2);
  });

  it('rebuilding the index finds the articles of every pattern: .report files and the .txt files associated with the language', async () => {
    const { corpus } = await api();
    const uri = workspaceFile('006_found.report');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('At least 12 civilians were killed in Raqa, the Observatory said.\n'));
    try {
      // the file watcher sees it first; the rebuild then starts from an empty index and must discover it itself
      await until('the new article in the index', () => corpus.index.get(uri.fsPath));
      await vscode.commands.executeCommand('conflictLens.rebuildIndex');
      await corpus.whenIndexed();
      assert.deepEqual(corpus.index.files().map((f) => path.basename(f)).sort(), ['000_2c29b890998c56a9.txt', '001_2c301afdfc3c815d.txt', '002_5f087e301ec6f340.txt', '003_f23891a576059a7b.txt', '006_found.report']);
    } finally {
      await vscode.workspace.fs.delete(uri);
      await until('the deleted article gone', () => !corpus.index.get(uri.fsPath));
    }
  });

  it('a second start takes every analysis from the cache; a corrupt cache is discarded and rebuilt', async () => {
    const { corpus } = await api();
    await corpus.flushCache();
    const file = corpus.cacheFile!;
    assert.ok(fs.existsSync(file.fsPath), 'the cache is in the workspace storage');
    const before = { ...corpus.stats };
    await corpus.reopen();
    assert.equal(corpus.index.size, 4);
    assert.equal(corpus.stats.fromCache - before.fromCache, 4);
    assert.equal(corpus.stats.analysed, before.analysed);
    fs.writeFileSync(file.fsPath, '{"format": 1, "analysisVersion": "x", "entries": {"broken": true}');
    const cached = { ...corpus.stats };
    await corpus.reopen();
    assert.equal(corpus.index.size, 4);
    assert.equal(corpus.stats.fromCache, cached.fromCache, 'nothing is taken from the corrupt cache');
    // every article analysed again; an article still open in an editor from an earlier test may be analysed from its text too
    assert.ok(corpus.stats.analysed - cached.analysed >= 4, `${corpus.stats.analysed - cached.analysed} analyses after the corrupt cache`);
    assert.ok(corpus.index.disagreements().length >= 2);
  });

  it('when the worker dies it is restarted and the index stays', async () => {
    const { corpus } = await api();
    const disagreements = corpus.index.disagreements().length;
    await corpus.analysisWorker.crashForTest();
    assert.equal(corpus.index.size, 4);
    await corpus.rebuild();
    assert.equal(corpus.usingFallback, false);
    assert.equal(corpus.index.size, 4);
    assert.equal(corpus.index.disagreements().length, disagreements);
    const doc = await openArticle('002_5f087e301ec6f340.txt');
    assert.match(unescape(await hoverText(doc, positionOf(doc, '90 percent'))), /65–70%/);
  });
});
