import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Node } from '../../../src/vscode/tree/entityTree';
import { api, hoverText, openArticle, positionOf, unescape, until } from '../helpers';

/** The articles a hover's table links to, in order (the parts of the whole listed after it aside). */
const linkedArticles = (md: string) => [...unescape(md).split('Parts of the whole')[0].matchAll(/\[(\d{3}_[a-z]+\.txt)\]\(command:conflictLens\.openClaim/g)].map((m) => m[1]);
/** The hover table's rows: mark, source, counts. */
const tableRows = (md: string) => unescape(md).split('\n').filter((l) => /^\| [^|]* \| [^|]+ \| .* \| .* \| .* \|$/.test(l) && !l.startsWith('| | Source')).map((l) => l.split(' | '));

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
      assert.match(text, /\*\*Civilians killed: \d+–\d+\+? · \d+ sources · 4 Apr 2017\*\* — Khan Sheikhoun, Idlib · chemical attack/);
      const linked = new Set(linkedArticles(md));
      for (const other of ['001_nna.txt', '146_ahram.txt']) assert.ok(linked.has(other), `${other} is in the hover:\n${text}`);
      // every row is a claim of the incident: none of the 2,000 other tolls of the corpus, none of Ghouta in 2013
      const incident = corpus.index.incidentOf({ file: doc.uri.fsPath, index: corpus.index.get(doc.uri.fsPath)!.figures.findIndex((f) => f.text === 'at least 58') })!;
      const members = new Set(incident.members.map((m) => path.basename(m.file)));
      for (const file of linked) assert.ok(members.has(file), `${file} belongs to the incident`);
      assert.ok(linked.size < 60, `${linked.size} articles`);
      assert.doesNotMatch(text, /\b2013\b/);
      // the Observatory's count as it rose, in one row
      assert.match(text, /\| Syrian Observatory for Human Rights _\(this claim\)_ \| 58 → [^|]*\*\*86\*\* \|/);
    } finally {
      await vscode.workspace.getConfiguration('conflictLens').update('hover.maxRows', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('the hover of a Jayrud toll lists each source once, with the other outlets\' tolls of that bombardment and nothing of other attacks', async () => {
    const { corpus } = await api();
    await vscode.workspace.getConfiguration('conflictLens').update('hover.maxRows', 100, vscode.ConfigurationTarget.Workspace);
    try {
      await until('the setting read', () => corpus.currentSettings.hoverRows === 100);
      const doc = await openArticle('044_dailysabah.txt');
      const md = await hoverText(doc, positionOf(doc, 'at least 31'));
      const text = unescape(md);
      assert.match(text, /\*\*Civilians killed: 30–43\+? · \d sources · 2 Jul 2016\*\* — Jayrud, Rif Dimashq/);
      const rows = tableRows(md);
      const sources = rows.map((r) => r[1].replace(' _(this claim)_', ''));
      assert.equal(new Set(sources).size, sources.length, `each source once:\n${text}`);
      assert.ok(rows.length >= 4, `the five outlets' sources:\n${text}`);
      assert.ok(sources.includes('Syrian Observatory for Human Rights'));
      // the others' tolls of that attack: Asharq al-Awsat's thirty, the Observatory's 43
      assert.match(text, /\*\*30\*\*/);
      assert.match(text, /at least 31 → \*\*43\*\*/);
      // and nothing of other attacks: every article linked reported the bombardment of Jayrud
      const jayrud = new Set(['022_alaraby.txt', '031_asharqalawsat.txt', '044_dailysabah.txt', '170_ahram.txt', '171_ahram.txt']);
      for (const file of linkedArticles(md)) assert.ok(jayrud.has(file), `${file} reported the Jayrud bombardment:\n${text}`);
      assert.doesNotMatch(text, /Aleppo|Idlib|Douma|Khan Sheikhoun/);
    } finally {
      await vscode.workspace.getConfiguration('conflictLens').update('hover.maxRows', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('a figure disputed by several sources has one diagnostic that names them all', async () => {
    const { corpus } = await api();
    const doc = await openArticle('031_asharqalawsat.txt');
    const at = positionOf(doc, 'Thirty civilians');
    const ours = await until('diagnostics', () => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'Conflict Lens' && x.range.contains(at));
      return d.length ? d : undefined;
    });
    assert.equal(ours.length, 1, ours.map((d) => d.message).join('\n'));
    const ref = { file: doc.uri.fsPath, index: corpus.index.get(doc.uri.fsPath)!.figures.findIndex((f) => f.start <= doc.offsetAt(at) && doc.offsetAt(at) < f.end) };
    const disputing = corpus.index.disagreementsOf(ref);
    assert.ok(disputing.length >= 2, `${disputing.length} claims dispute it`);
    assert.ok(ours[0].relatedInformation!.every((r) => disputing.some((d) => d.file === r.location.uri.fsPath)), 'each points at a disputing claim');
    assert.match(ours[0].message, /^30 is disputed by \d+ sources?: /);
    const sources = Number(/disputed by (\d+) source/.exec(ours[0].message)![1]);
    assert.equal(ours[0].relatedInformation?.length, sources, 'a related location for each disputing source, not each repetition');
  });

  it("a hover caps its table at the setting and sends the reader to the chart for the rest", async () => {
    const { corpus } = await api();
    await vscode.workspace.getConfiguration('conflictLens').update('hover.maxRows', 3, vscode.ConfigurationTarget.Workspace);
    try {
      await until('the setting read', () => corpus.currentSettings.hoverRows === 3);
      const doc = await openArticle('023_asharqalawsat.txt');
      const md = await hoverText(doc, positionOf(doc, 'at least 58'));
      assert.equal(linkedArticles(md).length, 3);
      assert.match(unescape(md), /and \d+ more sources? — \[see them all on the chart\]\(command:conflictLens\.showChart\?/);
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
