import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { claimInterval } from '../../src/core/corpus/intervals';
import { refKey } from '../../src/core/incidents/groupIncidents';
import type { DocumentAnalysis, Figure } from '../../src/core/model';
import { SAMPLES, SHARED } from './paths';

const fig = (over: Partial<Figure>): Figure => ({
  text: 'x', start: 0, end: 1, low: 10, high: 10, qualifier: 'exact', unit: 'people', subject: 'fighters', category: 'combatants',
  event: 'remaining', actor: null, place: 'Hajin', source: 'A', speaker: null, group: 'g', when: null, eventType: null, side: null, ...over,
});
const HAJIN = { canonical: 'Hajin', kind: 'town', admin1: 'Deir ez-Zor', country: 'Syria', lat: 34.69, lon: 40.83 };
const RAQQA = { canonical: 'Raqqa', kind: 'province', admin1: 'Raqqa', country: 'Syria', lat: 35.95, lon: 39.01 };
const doc = (file: string, figures: Figure[], over: Partial<DocumentAnalysis> = {}): DocumentAnalysis => ({
  file, date: null, publisher: null, title: null, entities: [], figures, places: [HAJIN, RAQQA], ...over,
});
const day = (d: string, role: 'event' | 'standing' = 'standing') => ({ from: d, to: d, basis: 'text' as const, role });
/** The disagreements of an index holding the given articles, as "file#index" pairs. */
const disputes = (...docs: DocumentAnalysis[]) => {
  const index = new CorpusIndex();
  for (const d of docs) index.set(d);
  return index.disagreements().map((d) => `${d.a.file}#${d.a.index}~${d.b.file}#${d.b.index}`);
};

describe('corpus index: incidents and disagreements', () => {
  it('hedges widen the interval a claim asserts', () => {
    assert.deepEqual(claimInterval(fig({ qualifier: 'at-least', low: 5000, high: 5000 })), [5000, Infinity]);
    assert.deepEqual(claimInterval(fig({ qualifier: 'up-to', low: 15000, high: 15000 })), [0, 15000]);
    assert.deepEqual(claimInterval(fig({ qualifier: 'about', low: 80, high: 80 })), [75, 85]);
    assert.deepEqual(claimInterval(fig({ qualifier: 'about', low: 20, high: 20 })), [18, 22]);
    assert.deepEqual(claimInterval(fig({ qualifier: 'about', low: 1400, high: 1400 })), [1330, 1470]);
  });

  it('two sources disagree when their claims about one place, as of one time, cannot both hold', () => {
    const a = (f: Partial<Figure>) => doc('a', [fig({ low: 90, high: 90 }), fig(f)]);
    assert.deepEqual(disputes(a({ low: 65, high: 70, qualifier: 'range', source: 'B' })), ['a#0~a#1']);
    assert.deepEqual(disputes(a({ low: 65, high: 70, qualifier: 'range' })), [], 'same source');
    assert.deepEqual(disputes(a({ low: 65, high: 70, source: 'B', place: 'Raqqa' })), [], 'other place');
    assert.deepEqual(disputes(doc('a', [fig({ qualifier: 'at-least', low: 5000 }), fig({ low: 6000, high: 6000, source: 'B' })])), [], 'overlap');
    assert.deepEqual(disputes(doc('a', [fig({ qualifier: 'at-least', low: 5000, high: 5000 }), fig({ low: 2000, high: 2000, source: null })])), ['a#0~a#1'], 'unattributed is its publisher\'s claim');
  });

  it('counts of how things stand are compared as of a time: months apart they are not one incident', () => {
    const late2017 = doc('a', [fig({ low: 3000, high: 3000, when: day('2017-11-01') })], { date: '2017-11-01' });
    const early2019 = doc('b', [fig({ low: 16000, high: 16000, source: 'B', when: day('2019-02-01') })], { date: '2019-02-01' });
    const sameWeek = doc('c', [fig({ low: 16000, high: 16000, source: 'B', when: day('2017-11-02') })], { date: '2017-11-02' });
    assert.deepEqual(disputes(late2017, early2019), []);
    assert.deepEqual(disputes(late2017, sameWeek), ['a#0~c#0']);
  });

  it('tolls are compared within one attack: same day, same scene, same kind of attack', () => {
    const toll = (low: number, source: string | null, when: string, over: Partial<Figure> = {}) => fig({ category: 'casualties', event: 'killed', group: 'civilians-killed', low, high: low, source, when: day(when, 'event'), eventType: 'air-strike', ...over });
    assert.deepEqual(disputes(doc('a', [toll(10, 'A', '2017-04-16')]), doc('b', [toll(50, 'B', '2017-04-16')])), ['a#0~b#0']);
    assert.deepEqual(disputes(doc('a', [toll(10, 'A', '2017-04-16')]), doc('b', [toll(50, 'B', '2017-06-17')])), [], 'another day');
    assert.deepEqual(disputes(doc('a', [toll(10, 'A', '2017-04-16')]), doc('b', [toll(50, 'B', '2017-04-16', { eventType: 'bombing' })])), [], 'another kind of attack');
    assert.deepEqual(disputes(doc('a', [toll(10, null, '2017-04-16')], { publisher: 'Reuters' }), doc('b', [toll(50, null, '2017-04-16')], { publisher: 'AFP' })), ['a#0~b#0'], "two outlets' unattributed tolls are two sources");
    assert.deepEqual(disputes(doc('a', [toll(10, null, '2017-04-16')], { publisher: 'Reuters' }), doc('b', [toll(50, null, '2017-04-16')], { publisher: 'Reuters' })), [], "one outlet's tolls are one source");
  });

  it('one village no list holds, spelled two ways in one province, is one scene: Milis and Meles', () => {
    const village = (canonical: string, admin1: string) => ({ canonical, kind: 'village', admin1, country: 'Syria', lat: null, lon: null });
    const toll = (place: string) => fig({ category: 'casualties', event: 'killed', group: 'civilians-killed', low: 10, high: 10, source: null, when: day('2016-08-06', 'event'), eventType: 'air-strike', place });
    const incidentOf = (file: string, index: CorpusIndex) => index.incidentOf({ file, index: 0 })?.id;
    const same = new CorpusIndex();
    same.set(doc('a', [toll('Milis')], { places: [village('Milis', 'Idlib')], publisher: 'Ahram' }));
    same.set(doc('b', [toll('Meles')], { places: [village('Meles', 'Idlib')], publisher: 'Daily Sabah' }));
    assert.equal(incidentOf('a', same), incidentOf('b', same));
    const apart = new CorpusIndex();
    apart.set(doc('a', [toll('Milis')], { places: [village('Milis', 'Idlib')] }));
    apart.set(doc('b', [toll('Meles')], { places: [village('Meles', 'Hama')] }));
    assert.notEqual(incidentOf('a', apart), incidentOf('b', apart), 'in two provinces, two villages');
  });

  it('the dead of two neighbourhoods shelled the same day are two incidents, and only one neighbourhood\'s counts are compared', () => {
    const part = (canonical: string) => ({ canonical, kind: 'neighbourhood', admin1: 'Aleppo', country: 'Syria', lat: 36.2, lon: 37.16 });
    const toll = (low: number, source: string, place: string) => fig({ category: 'casualties', event: 'killed', group: 'civilians-killed', low, high: low, source, when: day('2016-09-06', 'event'), eventType: 'shelling', place });
    const places = [part('al-Athamiyeh'), part('al-Jamilia')];
    const a = doc('a', [toll(6, 'SANA', 'al-Athamiyeh')], { places });
    const b = doc('b', [toll(8, 'Police', 'al-Jamilia'), toll(12, 'Police', 'al-Athamiyeh')], { places });
    const index = new CorpusIndex();
    index.set(a);
    index.set(b);
    assert.equal(index.incidentOf({ file: 'a', index: 0 })?.id, index.incidentOf({ file: 'b', index: 1 })?.id, 'one neighbourhood\'s shelling');
    assert.notEqual(index.incidentOf({ file: 'a', index: 0 })?.id, index.incidentOf({ file: 'b', index: 0 })?.id, 'another neighbourhood\'s');
    assert.deepEqual(index.disagreements().map((d) => `${d.a.file}#${d.a.index}~${d.b.file}#${d.b.index}`), ['a#0~b#1'], 'only the two counts of one neighbourhood disagree');
  });

  it("a source's later, higher toll for one attack is an update, never a disagreement", () => {
    const toll = (low: number, when: string) => fig({ category: 'casualties', event: 'killed', group: 'civilians-killed', low, high: low, source: 'SOHR', when: day(when, 'event'), eventType: 'chemical' });
    const index = new CorpusIndex();
    index.set(doc('a', [toll(58, '2017-04-04')], { date: '2017-04-04' }));
    index.set(doc('b', [toll(86, '2017-04-04')], { date: '2017-04-05' }));
    assert.deepEqual(index.disagreements(), []);
    assert.deepEqual(index.updates().map((u) => [u.from.file, u.to.file]), [['a', 'b']]);
    assert.equal(index.incidentOf({ file: 'a', index: 0 })?.id, index.incidentOf({ file: 'b', index: 0 })?.id);
  });

  it('an edited article re-clusters only the incidents it touches: the others stay as they were, ids and all', () => {
    const toll = (low: number, source: string, when: string, place: string) => fig({ category: 'casualties', event: 'killed', group: 'civilians-killed', low, high: low, source, when: day(when, 'event'), eventType: 'air-strike', place });
    const index = new CorpusIndex();
    // other attacks, on other days: an edit is a small part of the kind of quantity, as in a real corpus
    for (let d = 1; d <= 20; d++) index.set(doc(`other-${d}`, [toll(d, 'C', `2016-01-${String(d).padStart(2, '0')}`, 'Raqqa')]));
    index.set(doc('hajin-a', [toll(10, 'A', '2017-04-16', 'Hajin')]));
    index.set(doc('hajin-b', [toll(12, 'B', '2017-04-16', 'Hajin')]));
    index.set(doc('raqqa-a', [toll(30, 'A', '2017-09-02', 'Raqqa')]));
    index.set(doc('raqqa-b', [toll(90, 'B', '2017-09-02', 'Raqqa')]));
    const hajin = index.incidentOf({ file: 'hajin-a', index: 0 })!;
    const raqqa = index.incidentOf({ file: 'raqqa-a', index: 0 })!;
    assert.equal(hajin.members.length, 2);
    assert.deepEqual(index.disagreementsIn(raqqa.id).length, 1);

    // Raqqa's second source revises its toll to the first's: Raqqa's incident is worked out again, Hajin's is not touched
    index.set(doc('raqqa-b', [toll(30, 'B', '2017-09-02', 'Raqqa')]));
    assert.equal(index.incident(hajin.id), hajin, 'the untouched incident is the very same object');
    assert.equal(index.incidentOf({ file: 'raqqa-b', index: 0 })?.id, raqqa.id, 'the edited incident keeps its id');
    assert.deepEqual(index.disagreementsIn(raqqa.id), []);

    // an article taken away and put back leaves the incidents as they were
    index.delete('hajin-b');
    assert.equal(index.incidentOf({ file: 'hajin-a', index: 0 })?.members.length, 1);
    index.set(doc('hajin-b', [toll(12, 'B', '2017-04-16', 'Hajin')]));
    assert.equal(index.incidentOf({ file: 'hajin-b', index: 0 })?.id, hajin.id);
    const view = index.incidents().filter((i) => !i.members[0].file.startsWith('other')).map((i) => `${i.id}: ${i.members.map((m) => m.file).sort().join(' ')}`).sort();
    assert.deepEqual(view, [`${hajin.id}: hajin-a hajin-b`, `${raqqa.id}: raqqa-a raqqa-b`].sort());
  });

  it('articles indexed batch by batch, then clustered whole, have the incidents of one pass over them; ids are kept', () => {
    const dir = path.join(SHARED, 'corpus/fakes');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 300);
    const docs = files.map((f) => analyzeText(path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8')));
    // each index gets its own figures: clustering writes each figure's incident on it
    const copy = (d: DocumentAnalysis): DocumentAnalysis => ({ ...d, figures: d.figures.map((f) => ({ ...f })) });
    const partition = (index: CorpusIndex) => index.incidents().map((i) => i.members.map(refKey).sort().join(' ')).sort();
    const once = new CorpusIndex();
    for (const d of docs) once.set(copy(d));
    const streamed = new CorpusIndex();
    for (let k = 0; k < docs.length; k += 20) {
      for (const d of docs.slice(k, k + 20)) streamed.set(copy(d));
      streamed.incidents();
    }
    const ids = new Map(streamed.incidents().map((i) => [i.members.map(refKey).sort().join(' '), i.id]));
    streamed.reclusterAll();
    assert.deepEqual(partition(streamed), partition(once));
    const kept = streamed.incidents().filter((i) => ids.get(i.members.map(refKey).sort().join(' ')) === i.id).length;
    assert.ok(kept > 0.9 * streamed.incidents().length, `${kept} of ${streamed.incidents().length} incidents kept their ids`);
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

  it('a copy of an article (the same text under another name) is about the incidents of the original, without adding a source', () => {
    const file = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort()[0];
    const text = fs.readFileSync(path.join(SAMPLES, file), 'utf8');
    const original = analyzeText(path.join(SAMPLES, file), text);
    const copy = analyzeText(path.join(SAMPLES, `copy-of-${file}`), text);
    const index = new CorpusIndex();
    index.set(original);
    const claims = index.incidents().reduce((n, inc) => n + inc.members.length, 0);
    index.set(copy);
    const grouped = copy.figures.map((f, i) => ({ f, i })).filter(({ f }) => f.group);
    assert.ok(grouped.length > 0);
    for (const { i } of grouped) assert.equal(index.incidentOf({ file: copy.file, index: i })?.id, original.figures[i].incident);
    assert.equal(index.incidents().reduce((n, inc) => n + inc.members.length, 0), claims, 'the copy adds no claims');
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
