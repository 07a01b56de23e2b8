import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { claimInterval, disagree } from '../../src/core/corpus/intervals';
import type { Figure } from '../../src/core/model';
import { SAMPLES } from './paths';

const fig = (over: Partial<Figure>): Figure => ({
  text: 'x', start: 0, end: 1, low: 10, high: 10, qualifier: 'exact', unit: 'people', subject: 'fighters', category: 'combatants',
  event: 'remaining', actor: null, place: 'Hajin', source: 'A', speaker: null, group: 'g', ...over,
});
const claim = (f: Figure, file = 'a', date: string | null = null) => ({ figure: f, file, day: date ? Date.parse(date) / 86_400_000 : null });

describe('corpus index: groups and disagreements', () => {
  it('hedges widen the interval a claim asserts', () => {
    assert.deepEqual(claimInterval(fig({ qualifier: 'at-least', low: 5000, high: 5000 })), [5000, Infinity]);
    assert.deepEqual(claimInterval(fig({ qualifier: 'up-to', low: 15000, high: 15000 })), [0, 15000]);
    assert.deepEqual(claimInterval(fig({ qualifier: 'about', low: 100, high: 100 })), [90, 110.00000000000001]);
  });

  it('two sources disagree when their intervals for one place cannot both hold', () => {
    assert.ok(disagree(claim(fig({ low: 90, high: 90 })), claim(fig({ low: 65, high: 70, qualifier: 'range', source: 'B' }))));
    assert.ok(!disagree(claim(fig({ low: 90, high: 90 })), claim(fig({ low: 65, high: 70, qualifier: 'range', source: 'A' }))), 'same source');
    assert.ok(!disagree(claim(fig({ low: 90, high: 90 })), claim(fig({ low: 65, high: 70, source: 'B', place: 'Raqqa' }))), 'other place');
    assert.ok(!disagree(claim(fig({ qualifier: 'at-least', low: 5000 })), claim(fig({ low: 6000, high: 6000, source: 'B' }))), 'overlap');
    assert.ok(disagree(claim(fig({ qualifier: 'at-least', low: 5000, high: 5000 })), claim(fig({ low: 2000, high: 2000, source: null }))), 'unattributed is a source of its own');
  });

  it('tolls in two articles are compared only when the articles are dated within days', () => {
    const toll = (low: number, source: string) => fig({ category: 'casualties', event: 'killed', low, high: low, source });
    assert.ok(!disagree(claim(toll(10, 'A'), 'a'), claim(toll(50, 'B'), 'b')));
    assert.ok(disagree(claim(toll(10, 'A'), 'a', '2017-04-16'), claim(toll(50, 'B'), 'b', '2017-04-17')));
    assert.ok(!disagree(claim(toll(10, 'A'), 'a', '2017-04-16'), claim(toll(50, 'B'), 'b', '2017-06-17')));
  });

  it('adding, replacing and removing articles keeps groups, entities and disagreements current', () => {
    const index = new CorpusIndex();
    const read = (f: string) => analyzeText(path.join(SAMPLES, f), fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
    index.set(read('002_5f087e301ec6f340.txt'));
    const revision = index.revision;
    assert.equal(index.disagreements().length, 1);
    assert.ok(index.entity('place', 'Raqqa'));
    index.set(read('000_2c29b890998c56a9.txt'));
    assert.ok(index.revision > revision);
    assert.equal(index.entity('place', 'Raqqa')!.mentions.size, 2);
    assert.deepEqual([...index.entity('place', 'Raqqa')!.aliases].sort(), ['Raqa', 'Raqqa']);
    index.delete(path.join(SAMPLES, '002_5f087e301ec6f340.txt'));
    assert.equal(index.disagreements().length, 0);
    assert.equal(index.entity('place', 'Raqqa')!.mentions.size, 1);
    const edited = analyzeText('002.txt', 'The Observatory said the SDF controlled 90 percent of Raqa. The US-led coalition estimated that 65-70 percent of Raqa was under SDF control.');
    index.set(edited);
    assert.equal(index.disagreements().length, 1);
  });

  it('entities first asked for after many changes are those kept current change by change', () => {
    const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
    const docs = files.map((f) => analyzeText(path.join(SAMPLES, f), fs.readFileSync(path.join(SAMPLES, f), 'utf8')));
    const eager = new CorpusIndex();
    const lazy = new CorpusIndex();
    eager.entities();
    for (const index of [eager, lazy]) {
      for (const d of docs) index.set(d);
      index.delete(docs[0].file);
      index.set({ ...docs[1], entities: docs[1].entities.slice(0, 3) });
    }
    const view = (index: CorpusIndex) => index.entities().map((e) => [e.type, e.canonical, [...e.spellings].sort(), [...e.mentions].map(([f, ms]) => [f, ms.length])]).sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    assert.ok(view(lazy).length > 10);
    assert.deepEqual(view(lazy), view(eager));
    assert.equal(lazy.entity('place', 'Raqqa')?.mentions.has(docs[0].file), false);
  });

  it('the figures about a name, first asked for after many changes, are those kept current change by change', () => {
    const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
    const docs = files.map((f) => analyzeText(path.join(SAMPLES, f), fs.readFileSync(path.join(SAMPLES, f), 'utf8')));
    const eager = new CorpusIndex();
    const lazy = new CorpusIndex();
    eager.figuresAbout('Raqqa');
    for (const index of [eager, lazy]) {
      for (const d of docs) index.set(d);
      // two more copies of an article, then the first gone: one copy's figures take over, the other's stay out
      index.set({ ...docs[2], file: `${docs[2].file}.copy` });
      index.set({ ...docs[2], file: `${docs[2].file}.copy2` });
      index.delete(docs[2].file);
      index.set({ ...docs[1], figures: docs[1].figures.slice(0, 2) });
    }
    const names = [...new Set(docs.flatMap((d) => d.figures.flatMap((f) => [f.place, f.actor, f.source, f.speaker])))].filter((n): n is string => !!n);
    const view = (index: CorpusIndex) => names.map((n) => [n, index.figuresAbout(n).map((r) => `${r.file}#${r.index}`).sort()]);
    assert.ok(names.length > 5);
    assert.deepEqual(view(lazy), view(eager));
    const refs = names.flatMap((n) => lazy.figuresAbout(n));
    assert.ok(refs.some((r) => r.file === `${docs[2].file}.copy`));
    assert.ok(!refs.some((r) => r.file === `${docs[2].file}.copy2` || r.file === docs[2].file));
  });

  it('a cleared index holds nothing, and answers as a new one does once articles are added again', () => {
    const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
    const docs = files.map((f) => analyzeText(path.join(SAMPLES, f), fs.readFileSync(path.join(SAMPLES, f), 'utf8')));
    const used = new CorpusIndex();
    for (const d of docs) used.set(d);
    used.set({ ...docs[0], file: `${docs[0].file}.copy` });
    // every view built before the clear, so that none can survive it unnoticed
    used.prepareQueries();
    const before = used.revision;
    assert.ok(used.disagreements().length > 0 && used.entities().length > 0);
    used.clear();
    assert.ok(used.revision > before);
    assert.equal(used.size, 0);
    assert.deepEqual([used.groups(), used.disagreements(), used.entities(), used.figuresAbout('Raqqa')], [[], [], [], []]);
    const fresh = new CorpusIndex();
    for (const index of [used, fresh]) for (const d of docs.slice(1)) index.set(d);
    const view = (index: CorpusIndex) => ({
      groups: index.groups(), disagreements: index.disagreements(), labels: index.groups().map((g) => index.labelOf(g.key)),
      entities: index.entities().map((e) => [e.type, e.canonical, [...e.spellings], [...e.mentions.keys()]]),
      about: index.entities().map((e) => index.figuresAbout(e.canonical)),
    });
    assert.deepEqual(view(used), view(fresh));
  });
});
