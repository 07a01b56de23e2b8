import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, EXTENSION_ID, hoverText, openArticle, positionOf, unescape } from './helpers';

describe('Conflict Lens in a real extension host', () => {
  it('puts the sample articles in the Conflict Report language and activates on them', async () => {
    const doc = await openArticle('002_5f087e301ec6f340.txt');
    assert.equal(doc.languageId, 'conflict-report');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    assert.ok(ext.isActive);
  });

  it('indexes the four sample articles in the background worker', async () => {
    const { corpus } = await api();
    assert.equal(corpus.index.size, 4);
    assert.equal(corpus.usingFallback, false, 'the worker thread ran the analysis');
    assert.equal(corpus.skipped.size, 0);
  });

  it('hovering "90 percent" shows the Observatory claim and the coalition\'s 65-70 percent as a disagreement', async () => {
    await api();
    const doc = await openArticle('002_5f087e301ec6f340.txt');
    const text = unescape(await hoverText(doc, positionOf(doc, '90 percent')));
    assert.match(text, /\*\*90%\*\*/);
    assert.match(text, /Syrian Observatory for Human Rights/);
    assert.match(text, /Raqqa/);
    assert.match(text, /65–70%/);
    assert.match(text, /US-led coalition/);
    assert.match(text, /\$\(warning\)/);
    // the spread first, then a row per source: the Observatory's own, the coalition's marked as disputing it
    assert.match(text, /: 65–90% · 2 sources · /);
    assert.match(text, /\| \$\(triangle-right\) \| Syrian Observatory for Human Rights _\(this claim\)_ \| \*\*90%\*\* \|/);
    assert.match(text, /\| \$\(warning\) \| US-led coalition \| \*\*65–70%\*\* \|/);
    assert.match(text, /disputes this source's count/);
  });

  it('hovering "1,500 to 2,500" sets no estimate of another place or time beside it', async () => {
    await api();
    const doc = await openArticle('000_2c29b890998c56a9.txt');
    const text = unescape(await hoverText(doc, positionOf(doc, '1,500 to 2,500')));
    assert.match(text, /\*\*1,500–2,500\*\*/);
    assert.match(text, /Al-Qaim/);
    assert.match(text, /Ryan Dillon/);
    assert.match(text, /No other article gives a figure for this incident/);
    // Abu Kamal's 2,000 to 3,000, Baghouz's 400 to 600 (2019), Hajin's 5,000: other places, other times
    for (const other of ['400–600', 'at least 5,000', '14,000–18,000', '2,000–3,000']) assert.ok(!text.includes(other), `hover leaves out ${other}:\n${text}`);
  });

  it('hovering a place name shows its canonical name and the spellings seen across articles', async () => {
    await api();
    const doc = await openArticle('002_5f087e301ec6f340.txt');
    const text = unescape(await hoverText(doc, positionOf(doc, 'Raqa')));
    assert.match(text, /\*\*Raqqa\*\* _\(place\)_/);
    assert.match(text, /“Raqa”/);
    assert.match(text, /in 2 articles/);
  });
});
