import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Node } from '../../src/vscode/tree/entityTree';
import { api, openArticle, positionOf, semanticTokensOf, until } from './helpers';

describe('entity tree, semantic tokens and diagnostics', () => {
  it('the tree lists places, actors, people, figure groups and disagreements with counts', async () => {
    const { tree } = await api();
    const sections = tree.getChildren().map((n) => tree.getTreeItem(n).label as string);
    assert.deepEqual(sections.map((s) => s.replace(/ \(\d+\)$/, '')), ['Places', 'Actors', 'People', 'Figures', 'Disagreements']);
    assert.match(sections[4], /Disagreements \([1-9]\d*\)/);
  });

  it('Raqa and Raqqa are one tree node with mentions in two articles', async () => {
    const { tree } = await api();
    const places = tree.getChildren().find((n) => n.kind === 'section' && n.section === 'place')!;
    const raqqa = tree.getChildren(places).filter((n) => n.kind === 'entity' && /^(?:ar-)?raq+a?h?$/i.test(n.canonical));
    assert.equal(raqqa.length, 1, 'a single node for the city');
    const item = tree.getTreeItem(raqqa[0]);
    assert.equal(item.label, 'Raqqa');
    assert.match(String(item.tooltip), /Raqa/);
    const files = tree.getChildren(raqqa[0]) as Extract<Node, { kind: 'entityFile' }>[];
    assert.deepEqual(files.map((f) => f.file.split('/').pop()), ['000_2c29b890998c56a9.txt', '002_5f087e301ec6f340.txt']);
    const mentions = tree.getChildren(files[1]);
    assert.equal(mentions.length, 8);
    const open = tree.getTreeItem(mentions[0]).command!;
    await vscode.commands.executeCommand(open.command, ...(open.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), 'Raqa');
  });

  it('the disagreements section holds the Raqqa percentages', async () => {
    const { tree, corpus } = await api();
    const section = tree.getChildren().find((n) => n.kind === 'section' && n.section === 'disagreements')!;
    const labels = tree.getChildren(section).map((d) => tree.getChildren(d).map((c) => tree.getTreeItem(c).label).join(' | '));
    assert.ok(labels.some((l) => /90%/.test(l) && /65–70%/.test(l)), labels.join('\n'));
    assert.ok(corpus.index.disagreements().length >= 2);
  });

  it('semantic tokens mark places, actors, people and figures', async () => {
    await api();
    const doc = await openArticle('000_2c29b890998c56a9.txt');
    const decoded = await semanticTokensOf(doc);
    const has = (text: string, type: string) => decoded.some((d) => d.text === text && d.type === type);
    assert.ok(has('Deir Ezzor', 'place'));
    assert.ok(has('ISIS', 'actor'));
    assert.ok(has('Ryan Dillon', 'person'));
    assert.ok(has('1,500 to 2,500', 'figure'));
  });

  it('a disputed figure has one Information diagnostic, naming the sources that dispute it and pointing at their claims', async () => {
    await api();
    const doc = await openArticle('002_5f087e301ec6f340.txt');
    const diags = await until('diagnostics', () => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'Conflict Lens');
      return d.length >= 2 ? d : undefined;
    });
    const at90 = diags.find((d) => d.range.contains(positionOf(doc, '90 percent')));
    assert.ok(at90, 'a diagnostic on "90 percent"');
    assert.equal(at90.severity, vscode.DiagnosticSeverity.Information);
    assert.match(at90.message, /^90% is disputed by 1 source: US-led coalition says 65–70%/);
    assert.equal(diags.filter((d) => d.range.contains(positionOf(doc, '90 percent'))).length, 1, 'one diagnostic, not one per disagreement');
    assert.equal(at90.relatedInformation?.[0].location.uri.toString(), doc.uri.toString());
  });
});
