import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Node } from '../../../src/vscode/tree/entityTree';
import { api, hoverText, openArticle, positionOf, unescape, until } from '../helpers';

/** The articles a hover's table links to, in order. */
const linkedArticles = (md: string) => [...unescape(md).matchAll(/\[(\d{3}_[a-z]+\.txt)\]\(command:conflictLens\.openClaim/g)].map((m) => m[1]);

describe('incidents across a corpus of 804 real articles (FA-KES)', () => {
  it('indexes the corpus in the worker', async () => {
    const { corpus } = await api();
    assert.ok(corpus.index.size >= 800, `${corpus.index.size} articles`);
    assert.equal(corpus.usingFallback, false);
    assert.ok(corpus.index.incidents().length > 1000);
  });

  it('a toll of the chemical attack on Khan Sheikhoun is set beside the other tolls of that attack, and nothing else', async () => {
    const { corpus } = await api();
    await vscode.workspace.getConfiguration('conflictLens').update('hover.maxRows', 100, vscode.ConfigurationTarget.Workspace);
    try {
      await until('the setting read', () => corpus.currentSettings.hoverRows === 100);
      const doc = await openArticle('023_asharqalawsat.txt');
      const md = await hoverText(doc, positionOf(doc, 'at least 58'));
      const text = unescape(md);
      assert.match(text, /This incident — \d+ claims, \d+ sources/);
      assert.match(text, /chemical attack · Khan Sheikhoun, Idlib · 4 Apr 2017/);
      const linked = new Set(linkedArticles(md));
      for (const other of ['001_nna.txt', '146_ahram.txt', '551_arabiya.txt']) assert.ok(linked.has(other), `${other} is in the hover:\n${text}`);
      // every row is a claim of the incident: none of the 2,000 other tolls of the corpus, none of Ghouta in 2013
      const incident = corpus.index.incidentOf({ file: doc.uri.fsPath, index: corpus.index.get(doc.uri.fsPath)!.figures.findIndex((f) => f.text === 'at least 58') })!;
      const members = new Set(incident.members.map((m) => path.basename(m.file)));
      for (const file of linked) assert.ok(members.has(file), `${file} belongs to the incident`);
      assert.ok(linked.size < 60, `${linked.size} articles`);
      assert.doesNotMatch(text, /\b2013\b/);
      // the Observatory's later, higher count is an update, not a disagreement
      assert.match(text, /\$\(arrow-up\) \| [^|]*\| 86 \| Syrian Observatory for Human Rights/);
    } finally {
      await vscode.workspace.getConfiguration('conflictLens').update('hover.maxRows', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it("a hover caps its table at the setting and links to all of the incident's claims", async () => {
    const { corpus } = await api();
    await vscode.workspace.getConfiguration('conflictLens').update('hover.maxRows', 3, vscode.ConfigurationTarget.Workspace);
    try {
      await until('the setting read', () => corpus.currentSettings.hoverRows === 3);
      const doc = await openArticle('023_asharqalawsat.txt');
      const md = await hoverText(doc, positionOf(doc, 'at least 58'));
      assert.equal(linkedArticles(md).length, 3);
      assert.match(unescape(md), /\d+ more — \[see all claims of this incident\]\(command:conflictLens\.showIncident\?/);
    } finally {
      await vscode.workspace.getConfiguration('conflictLens').update('hover.maxRows', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('the entity view lists incidents newest first, and under Disagreements those whose sources disagree', async () => {
    const { tree, corpus } = await api();
    const section = (name: string) => tree.getChildren().find((n) => (tree.getTreeItem(n).label as string).startsWith(name))!;
    const incidents = tree.getChildren(section('Figures')) as Extract<Node, { kind: 'incident' }>[];
    assert.equal(incidents.length, corpus.index.incidents().length);
    const days = incidents.map((n) => corpus.index.incident(n.id)!.to).filter((d): d is string => !!d);
    assert.deepEqual(days, [...days].sort().reverse(), 'newest first');
    const disputed = tree.getChildren(section('Disagreements')) as Extract<Node, { kind: 'incident' }>[];
    assert.ok(disputed.length > 20);
    for (const n of disputed.slice(0, 50)) assert.ok(corpus.index.disagreementsIn(n.id).length > 0);
    const ks = disputed.find((n) => /Khan Sheikhoun/.test(tree.getTreeItem(n).label as string) && /chemical attack/.test(tree.getTreeItem(n).label as string));
    assert.ok(ks, 'the Khan Sheikhoun attack is among the disputed incidents');
    assert.match(String(tree.getTreeItem(ks).description), /\d+ articles, \d+ sources · \d+ disagreements?/);
  });
});
