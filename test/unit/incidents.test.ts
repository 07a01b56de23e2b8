import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { datelineOf } from '../../src/core/article/dates';
import { forgetMetadataFiles, frontMatter, givenMeta } from '../../src/core/article/metadata';
import { answerItem } from '../../src/core/corpus/answer';
import { analyzeCorpus } from '../../src/core/corpus/analyzeCorpus';
import { defaultLexicon } from '../../src/core/lexicon/bundled';
import { formatValue } from '../../src/core/format';
import { spreadLine } from '../../src/core/incidents/describe';
import type { AnalysisOutput, Figure } from '../../src/core/model';
import { SHARED } from './paths';

/** The figure written `text` in an article of `date` (the article's first line carries its date). */
function claimIn(body: string, text: string, date = 'Wed 05 Apr 2017'): Figure {
  const a = analyzeText('t.txt', `${date} ${body}`);
  const f = a.figures.find((x) => x.text === text);
  assert.ok(f, `"${text}" is a figure in: ${JSON.stringify(a.figures.map((x) => x.text))}`);
  return f;
}
const when = (f: Figure) => (f.when ? [f.when.from, f.when.to] : null);

describe('incidents: when a claim is about', () => {
  it('days named relative to the article: weekdays, yesterday, last night', () => {
    assert.deepEqual(when(claimIn('An air strike on Sunday killed 12 civilians in Idlib.', '12')), ['2017-04-02', '2017-04-02']);
    assert.deepEqual(when(claimIn("Saturday's blast killed 40 people in Damascus.", '40')), ['2017-04-01', '2017-04-01']);
    assert.deepEqual(when(claimIn('A car bomb killed 9 people yesterday in Azaz.', '9')), ['2017-04-04', '2017-04-04']);
    assert.deepEqual(when(claimIn('Shelling killed 5 people last night in Daraa.', '5')), ['2017-04-04', '2017-04-05']);
    assert.deepEqual(when(claimIn('Air strikes on Wednesday killed 7 people in Hama.', '7')), ['2017-04-05', '2017-04-05']);
    // the weekend just past, from a Tuesday and from a Sunday; a day's span up to now is the event's own time, not a
    // weekend the sentence names for something else
    assert.deepEqual(when(claimIn('A hospital was destroyed by air strikes over the weekend that killed 13 people.', '13', 'Tue 09 Aug 2016')), ['2016-08-06', '2016-08-07']);
    assert.deepEqual(when(claimIn('Barrel bombs killed at least 57 civilians in Al-Bab at the weekend.', 'at least 57', 'Sun 12 Jul 2015')), ['2015-07-11', '2015-07-12']);
    assert.deepEqual(when(claimIn('At least 45 people were killed in Aleppo in the last 24 hours with talks over the weekend failing to curb the bloodshed.', 'At least 45', 'Mon 17 Oct 2016')), ['2016-10-16', '2016-10-17']);
  });

  it('weeks, months and dates: "last week", "in July", "August 21", "Aug. 21 2013"', () => {
    assert.deepEqual(when(claimIn('Strikes last week killed 30 people in Raqqa.', '30')), ['2017-03-27', '2017-04-02']);
    assert.deepEqual(when(claimIn('Fighting in July killed 300 people in Mosul.', '300')), ['2016-07-01', '2016-07-31']);
    assert.deepEqual(when(claimIn('The August 21 attack killed more than 1400 people.', 'more than 1400', 'September 10 2013')), ['2013-08-21', '2013-08-21']);
    assert.deepEqual(when(claimIn('The attack on Aug. 21 2013 killed 1300 people.', '1300', 'October 2 2013')), ['2013-08-21', '2013-08-21']);
    assert.deepEqual(when(claimIn('Fighting in April last year killed 300 people in Khartoum.', '300', 'March 1 2024')), ['2023-04-01', '2023-04-30']);
    const since = claimIn('More than 10 million people have been displaced since fighting erupted in April last year.', 'More than 10 million', 'March 1 2024');
    assert.deepEqual([...when(since)!, since.when?.role], ['2023-04-01', '2024-03-01', 'total']);
  });

  it('running totals span their period and are told apart from one attack', () => {
    const total = claimIn('The war has killed more than 300,000 people since 2011.', 'more than 300,000');
    assert.deepEqual(when(total), ['2011-01-01', '2017-04-05']);
    // the war's start, written without "since": the total runs from it up to the report, not over that one year
    assert.deepEqual(when(claimIn('The civil war which began with peaceful protests in 2011 has killed more than 280,000 people.', 'more than 280,000')), ['2011-01-01', '2017-04-05']);
    assert.deepEqual(when(claimIn('A civil war broke out in Yemen in 2014 and has since claimed the lives of 150,000 people.', '150,000')), ['2014-01-01', '2017-04-05']);
    assert.deepEqual(when(claimIn('The war which began with the brutal repression of anti-government demonstrations in 2011 has killed more than 280,000 people.', 'more than 280,000')), ['2011-01-01', '2017-04-05']);
    assert.deepEqual(when(claimIn('The conflict has killed 320,000 people since it began.', '320,000')), [null, '2017-04-05']);
    assert.deepEqual(when(claimIn('Over the past six years the war has killed 400,000 people.', '400,000')), ['2011-04-07', '2017-04-05']);
    assert.deepEqual(when(claimIn('So far this year strikes have killed 900 civilians in Syria.', '900')), ['2017-01-01', '2017-04-05']);
    // a span that starts at an event the sentence dates by its weekday: a running total since then, not that day's toll
    const sinceTruce = claimIn('The Observatory said 213 civilians have been killed in and around Aleppo since a U.S.-Russian brokered cease-fire collapsed Monday.', '213', 'Sun 09 Apr 2017');
    assert.deepEqual([...when(sinceTruce)!, sinceTruce.when?.role], ['2017-04-03', '2017-04-09', 'total']);
    // a span "since" this morning, or over the last 24 hours, is the day's toll
    const sinceMorning = claimIn('There had been drones in the sky since Sunday morning, with warplanes bombing the town, killing at least 19 civilians.', 'at least 19', 'Sun 09 Apr 2017');
    assert.equal(sinceMorning.when?.role, 'event');
    assert.equal(claimIn('At least 45 people have been killed in Aleppo in the last 24 hours, monitors said.', 'At least 45', 'Mon 17 Oct 2016').when?.role, 'event');
    // a war said to have killed, or people said to have died in it, is the war's total; war planes are no war
    const role = (body: string, text: string) => claimIn(body, text, 'Mon 17 Oct 2016').when?.role;
    assert.equal(role("More than 146,000 people have died in Yemen's six-year war.", 'More than 146,000'), 'total');
    assert.equal(role('The conflict has left more than 320,000 people dead, a monitor said.', 'more than 320,000'), 'total');
    assert.equal(role('The civil war, now in its seventh year, has killed at least 400,000 people.', 'at least 400,000'), 'total');
    assert.equal(role('Air strikes by government war planes in Aden on Sunday have killed 32 civilians.', '32'), 'event');
    assert.equal(role('A Beirut-based group has put the death toll from the six-year-old conflict at more than 470,000.', 'more than 470,000'), 'total');
    // no one attack is reported so large
    assert.equal(role('Since then the UN has estimated that the death toll may be as high as 400,000.', '400,000'), 'total');
    // a span written after the count makes it a total, whatever point of time the sentence names before it
    const acknowledged = claimIn('In late September the coalition acknowledged the deaths of 735 civilians in its strikes on Syria and Iraq since 2014.', '735', 'Tue 3 Oct 2017');
    assert.deepEqual([...when(acknowledged)!, acknowledged.when?.role], ['2014-01-01', '2017-10-03', 'total']);
    assert.deepEqual(when(claimIn('The conflict which flared in March 2011 has claimed the lives of some 470,000 people.', 'some 470,000')), ['2011-03-01', '2017-04-05']);
  });

  it('a toll whose sentence names no time: the attack an earlier sentence dates, else the article\'s day or the day before', () => {
    const body = 'An August 21 chemical attack hit the suburbs of Damascus. Washington blames the government for the attack which it says killed more than 1400 people.';
    assert.deepEqual(when(claimIn(body, 'more than 1400', 'September 9 2013')), ['2013-08-21', '2013-08-21']);
    assert.equal(claimIn(body, 'more than 1400', 'September 9 2013').when?.basis, 'context');
    // a kind of attack named in the sentence before is the attack referred to
    const sarin = claimIn('UN investigators established that sarin gas was used in Eastern Ghouta in 2013. The United States accused Damascus of that attack which it estimates killed 1429 people.', '1429', 'Mon 1 Aug 2016');
    assert.deepEqual([...when(sarin)!, sarin.when?.basis], ['2013-01-01', '2013-12-31', 'context']);
    const risen = claimIn("The toll from Friday's missile attack on the station has risen to 57, the governor said on Monday.", '57', 'April 11 2022');
    assert.deepEqual([...when(risen)!, risen.when?.basis], ['2022-04-08', '2022-04-08', 'text'], 'the attack\'s day, not the statement\'s');
    const reported = claimIn('The toll has risen to 86, a monitoring group said on Wednesday.', '86');
    assert.equal(reported.when?.basis, 'published', 'a statement\'s day alone dates the report');
    // a verb of saying that ends the sentence before dates nothing in this one
    const inMay = claimIn('Fighters hold the town, he said. In May more than 60 civilians were killed by barrel bombs on the town.', 'more than 60', 'Thu 16 Jul 2015');
    assert.deepEqual([...when(inMay)!, inMay.when?.basis], ['2015-05-01', '2015-05-31', 'text']);
    const plain = claimIn('Air strikes killed 14 civilians in Idlib.', '14');
    assert.deepEqual([...when(plain)!, plain.when?.basis], ['2017-04-04', '2017-04-05', 'published']);
    const undated = analyzeText('t.txt', 'Air strikes killed 14 civilians in Idlib on Sunday.').figures[0].when;
    assert.deepEqual(undated, { from: null, to: null, basis: 'none', role: 'event' }, 'no date, no weekday resolved');
    const total = claimIn('The conflict has killed 320,000 people since it began.', '320,000').when;
    assert.equal(total?.role, 'total');
  });
});

describe('incidents: what happened', () => {
  const type = (body: string, text: string) => claimIn(body, text).eventType;
  it('the kind of attack of a toll, from its clause, its sentence, the attack it refers back to, or the headline', () => {
    assert.equal(type('A suspected chemical attack killed 58 people in Khan Sheikhoun.', '58'), 'chemical');
    assert.equal(type('Barrel bombs dropped by helicopters killed 11 people in Al-Bab.', '11'), 'air-strike');
    assert.equal(type('Russian air strikes killed 20 people in Idlib.', '20'), 'air-strike');
    assert.equal(type('Rebel shelling killed 6 civilians in Aleppo.', '6'), 'shelling');
    assert.equal(type('A car bomb killed 18 people in Jaramana.', '18'), 'bombing');
    assert.equal(type('The group executed 30 men in Palmyra.', '30'), 'execution');
    assert.equal(type('Gunmen shot dead 4 people at a checkpoint in Daraa.', '4'), 'shooting');
    assert.equal(type('Toxic gas hit Khan Sheikhoun. The attack, carried out by jets, killed 58 people.', '58'), 'chemical');
    // an earlier attack a toll is dated by is not its attack; an attack that is the subject of its own clause is
    assert.notEqual(type('Just days after a deadly chemical attack a woman was killed and 25 others on a bus were wounded in Homs.', '25'), 'chemical');
    assert.equal(type('Shelling hit the capital just hours after a suspected chemical attack left dozens dead in the north.', 'dozens'), 'chemical');
    assert.equal(type('Air strikes killed 70 people after a rebel rocket attack on the capital.', '70'), 'air-strike');
    assert.equal(type('Shelling killed 19 people in Douma, hours after a chemical attack elsewhere.', '19'), 'shelling');
    // "bombing" alone is a bomb's or a bombardment's; by a coalition, warplanes or from the air it is an air strike
    assert.equal(type('The bombing carried out by the Saudi-led coalition hit the market in Mokha, leaving 26 civilians dead.', '26'), 'air-strike');
    assert.equal(type('Six children were among 19 civilians killed Thursday in regime bombing of the city.', '19'), 'air-strike');
    assert.equal(type('Aerial bombing of the old town killed 12 people.', '12'), 'air-strike');
    assert.equal(type('On Tuesday the monitor said a coalition strike on the village killed at least 18 civilians.', 'at least 18'), 'air-strike');
    assert.notEqual(type('A terrorist bombing killed 12 people at the market.', '12'), 'air-strike');
  });
});

describe('incidents: the article\'s date and publisher', () => {
  it('header dates in the forms news sites write them', () => {
    for (const [head, iso] of [['Sun 16 Apr 2017 Syria', '2017-04-16'], ['April 5 2017 by', '2017-04-05'], ['Last updated at Apr 232017 An', '2017-04-23'],
      ['21.08.2013Get short URL', '2013-08-21'], ['05-02-2015 Jaysh', '2015-02-05'], ['2017-10-11 Damascus', '2017-10-11'], ['4/5/2017 report', '2017-04-05']] as const) {
      assert.equal(datelineOf(`${head} ...`)?.date, iso, head);
    }
    assert.equal(datelineOf('1. Ghouta: On August 21 2013 the regime fired rockets.'), null, 'the date of what is told is not the article\'s');
  });

  it('the publisher from a dateline, a closing credit, a credit line', () => {
    const lex = defaultLexicon();
    const publisher = (text: string) => analyzeText('t.txt', text, { lexicon: lex }).publisher;
    assert.equal(publisher('BEIRUT (Reuters) - Air strikes killed 12 people in Idlib.'), 'Reuters');
    assert.equal(publisher('Air strikes killed 12 people in Idlib, the Observatory said. - REUTERS'), 'Reuters');
    assert.equal(publisher('Air strikes killed 12 people in Idlib.\n\nAGENCE FRANCE-PRESSE, REUTERS, NYTIMES'), 'AFP');
    assert.equal(publisher('Air strikes killed 12 people in Idlib, a source told Sputnik.'), 'Sputnik');
    assert.equal(publisher('Air strikes killed 12 people in Idlib, the Observatory said.'), null);
  });

  it('front matter and a metadata file beside the articles say date, publisher and title; they win over the text', () => {
    assert.deepEqual(frontMatter('---\ndate: 2017-04-05\nsource: "Reuters"\ntitle: Gas attack\n---\nText'), { date: '2017-04-05', publisher: 'Reuters', title: 'Gas attack' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-meta-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.txt'), 'Sun 16 Apr 2017 Air strikes killed 12 people in Idlib.');
      fs.writeFileSync(path.join(dir, 'b.txt'), 'Air strikes killed 12 people in Idlib.');
      fs.writeFileSync(path.join(dir, 'INDEX.csv'), 'file,title,outlet,date\na.txt,"Strikes, again",reuters,4/17/2017\n');
      fs.writeFileSync(path.join(dir, 'notes.tsv'), 'name\tvalue\nx\t1\n');
      forgetMetadataFiles();
      assert.deepEqual(givenMeta(path.join(dir, 'a.txt'), ''), { date: '2017-04-17', publisher: 'reuters', title: 'Strikes, again' });
      const result = answerItem({ file: path.join(dir, 'a.txt') }, defaultLexicon());
      assert.ok(result.type === 'analysis');
      assert.deepEqual([result.analysis.date, result.analysis.publisher, result.analysis.title], ['2017-04-17', 'Reuters', 'Strikes, again']);
      const bare = answerItem({ file: path.join(dir, 'b.txt') }, defaultLexicon());
      assert.ok(bare.type === 'analysis');
      assert.deepEqual([bare.analysis.date, bare.analysis.publisher], [null, null], 'an article the file does not list keeps what its text says');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      forgetMetadataFiles();
    }
  });
});

describe('incidents: the chemical attack on Khan Sheikhoun, 4 April 2017', () => {
  // the article files alone, without the corpus's metadata file
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-khan-sheikhoun-'));
  const files = ['001_nna.txt', '023_asharqalawsat.txt', '146_ahram.txt', '551_arabiya.txt'].map((f) => {
    fs.copyFileSync(path.join(SHARED, 'corpus/fakes', f), path.join(dir, f));
    return path.join(dir, f);
  });
  const { output, index } = analyzeCorpus(files, defaultLexicon());
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const claim = (file: string, text: string) => {
    const doc = output.documents.find((d) => d.file.endsWith(file))!;
    const i = doc.figures.findIndex((f) => f.text === text && f.group === 'civilians-killed');
    assert.ok(i >= 0, `"${text}" is a toll in ${file}`);
    return { ref: { file: doc.file, index: i }, figure: doc.figures[i] };
  };

  it('the tolls of four outlets are one incident, in Khan Sheikhoun, chemical, that day', () => {
    const tolls = [claim('001_nna.txt', 'at least 70'), claim('023_asharqalawsat.txt', 'at least 58'), claim('023_asharqalawsat.txt', 'more than 100'), claim('146_ahram.txt', '86'), claim('551_arabiya.txt', '72')];
    const ids = new Set(tolls.map((t) => t.figure.incident));
    assert.equal(ids.size, 1, JSON.stringify(tolls.map((t) => t.figure.incident)));
    const incident = output.incidents.find((i) => ids.has(i.id))!;
    assert.deepEqual([incident.place, incident.admin1, incident.eventType, incident.from], ['Khan Sheikhoun', 'Idlib', 'chemical', '2017-04-04']);
  });

  it("the Observatory's 58 then 86 is an update, not a disagreement; the opposition's 'more than 100' disagrees with 86", () => {
    const first = claim('023_asharqalawsat.txt', 'at least 58');
    const rise = output.updates.find((u) => u.from.file === first.ref.file && u.from.index === first.ref.index);
    assert.ok(rise, 'an update from 58');
    assert.equal(index.figure(rise.to)?.low, 86);
    assert.equal(index.figure(rise.to)?.source, 'Syrian Observatory for Human Rights');
    const key = (r: { file: string; index: number }) => `${r.file}#${r.index}`;
    assert.ok(!output.disagreements.some((d) => [key(d.a), key(d.b)].includes(key(rise.from)) && [key(d.a), key(d.b)].includes(key(rise.to))));
    const more = claim('023_asharqalawsat.txt', 'more than 100');
    assert.ok(index.disagreementsOf(more.ref).some((r) => index.figure(r)?.low === 86));
  });

  it("the 'Hundreds' of Ghouta, 2013, that the WHO article recalls is another incident", () => {
    const ghouta = claim('001_nna.txt', 'Hundreds');
    assert.notEqual(ghouta.figure.incident, claim('001_nna.txt', 'at least 70').figure.incident);
    assert.deepEqual([ghouta.figure.place, ghouta.figure.when?.from, ghouta.figure.when?.to], ['Eastern Ghouta', '2013-08-01', '2013-08-31']);
  });
});

/** A corpus of reports of our own wording, written as wire copy is (a headline, a date, a dateline), analysed whole. */
function reportsOf(texts: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-reports-'));
  const files = Object.entries(texts).map(([name, text]) => {
    fs.writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return analyzeCorpus(files, defaultLexicon());
}

/** The first figure of an article of `output` (by its file's name) that `test` holds. */
function figureIn(output: AnalysisOutput, file: string, test: (f: Figure) => boolean): Figure {
  const f = output.documents.find((d) => d.file.endsWith(file))?.figures.find(test);
  assert.ok(f, `no such figure in ${file}`);
  return f;
}

describe('incidents: another war, three outlets on one hospital blast', () => {
  const { output } = reportsOf({
    'a.txt': 'Health ministry says 471 killed in hospital blast\n\nOctober 18 2023\n\nGAZA (Reuters) - An explosion at a hospital in Gaza City on Tuesday killed 471 people, the health ministry said.',
    'b.txt': 'Intelligence puts hospital blast toll at 100 to 300\n\nOctober 19 2023\n\nWASHINGTON (AP) - U.S. intelligence agencies estimate that between 100 and 300 people were killed in Tuesday\'s explosion at a hospital in Gaza City.',
    'c.txt': 'Rafah strike kills 12\n\nOctober 19 2023\n\nRAFAH (AFP) - An air strike on a house in Rafah killed 12 people on Wednesday, medics said.',
  });
  const tolls = (file: string) => output.documents.find((d) => d.file.endsWith(file))!.figures.filter((f) => f.group === 'civilians-killed');

  it('a dateline is where a report was filed from, not where the dead were killed', () => {
    assert.ok(tolls('b.txt').every((f) => f.place !== 'Washington'), JSON.stringify(tolls('b.txt').map((f) => f.place)));
  });

  it('the tolls of the blast, placed in Gaza or in Gaza City, are one incident; the strike on Rafah the next day is another', () => {
    const blast = new Set([...tolls('a.txt'), ...tolls('b.txt')].map((f) => f.incident));
    assert.equal(blast.size, 1, JSON.stringify([...blast]));
    assert.ok(tolls('c.txt').every((f) => !blast.has(f.incident)));
    const id = [...blast][0];
    assert.ok(output.disagreements.some((d) => d.incident === id), '471 and 100 to 300 disagree');
  });
});

describe('incidents: a ceiling against a toll ten times higher', () => {
  const { output, index } = reportsOf({
    'a.txt': 'October 18 2023\n\nGAZA (Reuters) - An explosion at a hospital in Gaza City on Tuesday killed 471 people, the health ministry said.',
    'c.txt': 'October 21 2023\n\nPARIS (AFP) - French military intelligence said on Saturday that Tuesday\'s blast at the hospital in Gaza City killed at most 50 people.',
  });

  it('"at most 50" disagrees with 471: a ceiling is said of the whole, not of a part', () => {
    const ceiling = output.documents.find((d) => d.file.endsWith('c.txt'))!;
    const ref = { file: ceiling.file, index: ceiling.figures.findIndex((f) => f.qualifier === 'up-to') };
    assert.ok(index.disagreementsOf(ref).some((r) => index.figure(r)?.low === 471));
  });
});

describe('incidents: a rounded count against a higher one', () => {
  const { output, index } = reportsOf({
    'a.txt': 'May 14 2018\n\nKABUL (Reuters) - A suicide bombing at a wedding hall in Kabul on Monday killed some 80 people, officials said.',
    'b.txt': 'May 14 2018\n\nKABUL (AFP) - A suicide bombing at a wedding hall in Kabul on Monday killed at least 87 people, the health ministry said.',
    'c.txt': 'May 14 2018\n\nKABUL (AP) - A suicide bombing at a wedding hall in Kabul on Monday killed 83 people, police said.',
  });
  const rounded = () => { const d = output.documents.find((x) => x.file.endsWith('a.txt'))!; return { file: d.file, index: d.figures.findIndex((f) => f.qualifier === 'about') }; };

  it('"some 80" is told apart from "at least 87" but agrees with 83: a rounded count reaches a twentieth either way', () => {
    const r = rounded();
    const is = (x: { file: string; index: number }) => x.file === r.file && x.index === r.index;
    const other = (a: { file: string; index: number }, b: { file: string; index: number }) => (is(a) ? b : is(b) ? a : undefined);
    const told = [...output.disagreements.map((d) => other(d.a, d.b)), ...output.updates.map((u) => other(u.from, u.to))].flatMap((x) => (x ? [index.figure(x)?.low] : []));
    assert.ok(told.includes(87), `told: ${told}`);
    assert.ok(!told.includes(83), `told: ${told}`);
  });
});

describe('incidents: a later report recalls an attack by its dead, not by its wounded', () => {
  const { output } = reportsOf({
    'a.txt': 'March 2 2021\n\nBEIRUT (AFP) - Shelling of Maarat al-Numan on Tuesday killed 40 people and wounded 30 others, a monitor said.',
    'b.txt': 'September 9 2021\n\nBEIRUT (Reuters) - Shelling wounded 30 people in Maarat al-Numan, the civil defence said. Shelling killed 40 people in the town in March.',
  });
  const figure = (file: string, group: string) => figureIn(output, file, (f) => f.group === group);

  it('"killed 40" in the town in March joins the March attack; "wounded 30" six months later does not', () => {
    assert.equal(figure('b.txt', 'civilians-killed').incident, figure('a.txt', 'civilians-killed').incident);
    assert.notEqual(figure('b.txt', 'civilians-wounded').incident, figure('a.txt', 'civilians-wounded').incident);
  });
});

describe('incidents: two months are not a report and its next day', () => {
  const { output } = reportsOf({
    'a.txt': 'June 11 2016\n\nBEIRUT (AFP) - Bombings in Damascus in February killed 134 people, the monitor said. Bombings in Damascus in January killed 70 people, it said.',
    'b.txt': 'June 12 2016\n\nBEIRUT (Reuters) - Bombings in Damascus in January killed 70 people, the monitor said.',
  });
  const toll = (file: string, low: number) => figureIn(output, file, (f) => f.low === low && f.group === 'civilians-killed');

  it('"in January" and "in February" are told apart; each month\'s toll joins the other report\'s of that month', () => {
    assert.notEqual(toll('a.txt', 70).incident, toll('a.txt', 134).incident);
    assert.equal(toll('a.txt', 70).incident, toll('b.txt', 70).incident);
  });
});

describe('incidents: a month\'s toll in a province is not one day\'s attack on a town in it', () => {
  const { output } = reportsOf({
    'a.txt': 'September 24 2016\n\nBEIRUT (AFP) - Air strikes on the town of Atarib killed 25 people on Saturday, the monitor said.',
    'b.txt': 'October 11 2016\n\nBEIRUT (Reuters) - Air strikes in Aleppo province killed 300 people in September, the monitor said.',
    'c.txt': 'October 12 2016\n\nBEIRUT (AP) - Air strikes on Atarib killed 25 people in September, a monitor said.',
  });
  const toll = (file: string) => figureIn(output, file, (f) => f.group === 'civilians-killed');

  it('"in September" in the province stays apart from the 24 September strike on Atarib; "in September" in Atarib joins it', () => {
    assert.notEqual(toll('b.txt').incident, toll('a.txt').incident);
    assert.equal(toll('c.txt').incident, toll('a.txt').incident);
  });
});

describe('incidents: a small count recalls only a recent attack', () => {
  const { output } = reportsOf({
    'a.txt': 'May 5 2015\n\nBEIRUT (AFP) - An air strike on the market in Saraqeb killed 21 people on Tuesday, a monitor said.',
    'b.txt': 'March 9 2017\n\nBEIRUT (Reuters) - Air strikes killed 21 people in Idlib province, a monitor said.',
    'c.txt': 'May 12 2015\n\nBEIRUT (Reuters) - Air strikes killed 21 people in Idlib province, a monitor said.',
  });
  const toll = (file: string) => figureIn(output, file, (f) => f.group === 'civilians-killed');

  it('"killed 21" in the province two years on is not the Saraqeb strike that killed 21; a week on it is', () => {
    assert.notEqual(toll('b.txt').incident, toll('a.txt').incident);
    assert.equal(toll('c.txt').incident, toll('a.txt').incident);
  });
});

describe('incidents: a report with no date, and a headline that repeats its body', () => {
  const { output } = reportsOf({
    'a.txt': 'July 18 2022\n\nKYIV (Reuters) - Russian missile strikes on Kharkiv killed 21 civilians on Monday, the governor said.',
    'b.txt': 'July 20 2022\n\nKYIV (AFP) - Russian missile strikes on Kharkiv killed 56 civilians on Wednesday, the governor said.',
    'c.txt': 'July 21 2022\n\nLVIV (AP) - Missile strikes on Kharkiv on Wednesday killed 56 civilians, officials said.',
    'd.txt': 'Missile strikes kill 21 civilians in Kharkiv\n\nRussian missile strikes killed at least 21 civilians in Kharkiv on Monday, the governor said.',
    'e.txt': 'April 29 2016\n\nBAGHDAD (Reuters) - Shelling killed 30 civilians in Tal Afar on Friday, officials said.',
    'g.txt': 'April 30 2016\n\nERBIL (AP) - Shelling of Tal Afar killed 30 civilians on Friday, a local official said.',
    'f.txt': 'Shelling kills at least 30 in Nineveh\n\nJuly 9 2016\n\nERBIL (AFP) - Shelling of Bartella killed 30 civilians overnight, the governor said.',
  });
  const toll = (file: string, text: string) => figureIn(output, file, (f) => f.text === text && f.group === 'civilians-killed');

  it('an undated report\'s toll joins the attack at its place that gave its count, not the one most reported there', () => {
    assert.equal(toll('d.txt', '21').incident, toll('a.txt', '21').incident);
    assert.equal(toll('d.txt', 'at least 21').incident, toll('a.txt', '21').incident);
    assert.notEqual(toll('a.txt', '21').incident, toll('b.txt', '56').incident);
  });

  it('a headline that gives its own body\'s count stays with its body, not with an earlier, more reported attack in its province of that count', () => {
    assert.equal(toll('f.txt', 'at least 30').incident, toll('f.txt', '30').incident);
    assert.notEqual(toll('f.txt', '30').incident, toll('e.txt', '30').incident);
  });
});

describe('incidents: a part of a toll is never a rival estimate of it', () => {
  const { output } = reportsOf({
    'a.txt': 'March 3 2024\n\nKHARTOUM (AFP) - Shelling of the market in Omdurman on Saturday killed at least 40 people, including 26 civilians, a monitor said.',
    'b.txt': 'March 3 2024\n\nPORT SUDAN (Reuters) - Artillery fire on the market in Omdurman on Saturday killed 40 civilians, medics said.',
  });
  const figure = (file: string, text: string) => figureIn(output, file, (f) => f.text === text);

  it('"including 26 civilians" counts the civilians among the dead, apart from the toll, and disputes neither report\'s 40', () => {
    assert.equal(figure('a.txt', '26').group, 'civilians-among-killed');
    assert.equal(figure('a.txt', 'at least 40').incident, figure('b.txt', '40').incident);
    assert.equal(output.disagreements.length, 0, JSON.stringify(output.disagreements));
  });
});

describe('incidents: one city, one day, two attacks told apart by who struck', () => {
  const { output } = reportsOf({
    'a.txt': 'March 10 2021\n\nSANAA (Reuters) - Houthi rebels fired rockets at residential districts of Marib on Wednesday, killing six civilians, local officials said.',
    'b.txt': 'March 10 2021\n\nADEN (AFP) - Saudi-led coalition air strikes on Marib killed 20 people on Wednesday, medics said.',
    'c.txt': 'March 11 2021\n\nDUBAI (AP) - Coalition raids on Marib on Wednesday killed 22 people, a hospital official said.',
  });
  const toll = (file: string) => figureIn(output, file, (f) => f.group === 'civilians-killed');

  it('each toll names its side; the coalition\'s raids are one incident, the rebels\' rockets another, and 6 disputes neither 20 nor 22', () => {
    assert.deepEqual(['a.txt', 'b.txt', 'c.txt'].map((f) => toll(f).side), ['insurgents', 'coalition', 'coalition']);
    assert.equal(toll('b.txt').incident, toll('c.txt').incident);
    assert.notEqual(toll('a.txt').incident, toll('b.txt').incident);
    assert.ok(output.disagreements.every((d) => d.incident !== toll('a.txt').incident), JSON.stringify(output.disagreements));
  });

  it('a side that holds the ground struck, speaks, or is struck is not the attacker', () => {
    const side = (text: string, span: string) => analyzeText('t.txt', text).figures.find((f) => f.text === span)?.side;
    assert.equal(side('Shells hit the western districts dominated by the government, killing eight people.', 'eight'), null);
    assert.equal(side('A rebel spokesman said the raid killed 12 people.', '12'), null);
    assert.equal(side('At least 45 people were killed in government air strikes on rebel-held areas.', 'At least 45'), 'state');
    assert.equal(side('Air strikes on opposition areas killed 30 people.', '30'), null);
    // the country an article is about, named as the one that struck, is its state; air strikes in it are anyone's
    assert.equal(side('Yemen strikes kill 14 in Houthi-held Saada. The strikes hit a market in Saada, Yemen.', '14'), 'state');
    assert.equal(side('Air strikes in Yemen killed 14 people in Saada, Yemen.', '14'), null);
  });
});

describe('incidents: another war, a village no list holds', () => {
  const { output, index } = reportsOf({
    'a.txt': 'June 6 2024\n\nCAIRO (AP) - Paramilitary fighters attacked the village of Wad al-Noura in Sudan\'s Gezira province on Wednesday, killing more than 100 people, activists said. The Resistance Committees in Madani put the death toll at 104.',
    'b.txt': 'June 7 2024\n\nPORT SUDAN, Sudan (Reuters) - Sudan\'s army said on Thursday that the paramilitaries killed 150 civilians in Wad al-Noura village a day earlier.',
    'c.txt': 'June 9 2024\n\nKHARTOUM (AFP) - The death toll from Wednesday\'s attack on Wad al-Noura has risen to 120, the Resistance Committees in Madani said on Sunday.',
  });
  const toll = (file: string, low: number) => {
    const doc = output.documents.find((d) => d.file.endsWith(file))!;
    const i = doc.figures.findIndex((f) => f.low === low && f.group === 'civilians-killed' && f.source !== null);
    assert.ok(i >= 0, `${low} in ${file}: ${JSON.stringify(doc.figures.map((f) => [f.text, f.source]))}`);
    return { ref: { file: doc.file, index: i }, figure: doc.figures[i] };
  };

  it('the village lies in the province named beside it, in the country the articles are about', () => {
    const place = output.documents[0].places?.find((p) => p.canonical === 'Wad al-Noura');
    assert.deepEqual([place?.kind, place?.admin1, place?.country], ['village', 'Gezira', 'Sudan']);
  });

  it('three outlets\' tolls are one incident, in report order: 104 rising to the army\'s 150 the next day, the committees\' 104 to 120, and their later 120 disputing 150', () => {
    const [a, b, c] = [toll('a.txt', 104), toll('b.txt', 150), toll('c.txt', 120)];
    assert.equal(new Set([a, b, c].map((t) => t.figure.incident)).size, 1, JSON.stringify([a, b, c].map((t) => t.figure.incident)));
    assert.ok(output.updates.some((u) => u.from.file === a.ref.file && u.to.file === c.ref.file), 'the committees raised their toll');
    assert.ok(output.updates.some((u) => u.from.file === a.ref.file && u.to.file === b.ref.file), 'a later, higher toll from another source is the toll rising');
    assert.deepEqual(index.disagreementsOf(b.ref).map((r) => index.figure(r)?.low), [120], 'a later, lower toll from another source disputes it');
  });

  it('the claims of the kind about the village at other times are counted for the hover, an article added later at once', () => {
    const a = toll('a.txt', 104);
    assert.deepEqual(index.otherTimes(a.ref), { earlier: [], later: [] });
    const later = path.join(path.dirname(a.ref.file), 'd.txt');
    index.set(analyzeText(later, 'July 20 2024\n\nKHARTOUM (AFP) - Shelling killed 9 civilians in Wad al-Noura village on Friday, medics said.'));
    const { earlier, later: after } = index.otherTimes(a.ref);
    assert.deepEqual([earlier.length, after.map((r) => index.figure(r)?.low)], [0, [9]]);
  });
});

describe('incidents: a neighbourhood of the claims annotation, the bombardment of Jayrud on 2 July 2016', () => {
  // five outlets' reports, the article files alone: "Thirty", "at least 31", "scores", 43, one bombardment
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-jayrud-'));
  const files = ['022_alaraby.txt', '031_asharqalawsat.txt', '044_dailysabah.txt', '170_ahram.txt', '171_ahram.txt'].map((f) => {
    fs.copyFileSync(path.join(SHARED, 'corpus/fakes', f), path.join(dir, f));
    return path.join(dir, f);
  });
  const { output, index } = analyzeCorpus(files, defaultLexicon());
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const tolls = (file: string, text: string) => {
    const doc = output.documents.find((d) => d.file.endsWith(file))!;
    const found = doc.figures.map((figure, i) => ({ ref: { file: doc.file, index: i }, figure })).filter((t) => t.figure.text === text && t.figure.group === 'civilians-killed');
    assert.ok(found.length > 0, `"${text}" is a toll of the killed in ${file}: ${JSON.stringify(doc.figures.map((f) => [f.text, f.group]))}`);
    return found;
  };

  it('every outlet\'s toll of the bombardment is one incident, at Jayrud, on 2 July 2016', () => {
    const all = [...tolls('022_alaraby.txt', 'scores'), ...tolls('022_alaraby.txt', 'at least 43'), ...tolls('031_asharqalawsat.txt', 'Thirty'),
      ...tolls('044_dailysabah.txt', 'at least 31'), ...tolls('170_ahram.txt', '43'), ...tolls('171_ahram.txt', '31')];
    const ids = new Set(all.map((t) => t.figure.incident));
    assert.equal(ids.size, 1, JSON.stringify(all.map((t) => [t.figure.text, t.figure.incident])));
    const incident = output.incidents.find((i) => ids.has(i.id))!;
    assert.deepEqual([incident.place, incident.admin1, incident.from], ['Jayrud', 'Rif Dimashq', '2016-07-02']);
  });

  it("the Observatory's 31 rising to 43 is an update; 43 against 31 of the same day is a disagreement, the medics two a count of their own", () => {
    const observatory31 = tolls('171_ahram.txt', 'at least 31').find((t) => t.figure.source === 'Syrian Observatory for Human Rights')!;
    const rises = index.updatesOf(observatory31.ref).map((u) => index.figure(u.to)).filter((f) => f?.source === 'Syrian Observatory for Human Rights');
    assert.ok(rises.some((f) => f?.low === 43), JSON.stringify(rises.map((f) => f?.text)));
    const alaraby43 = tolls('022_alaraby.txt', 'at least 43')[0];
    assert.ok(index.disagreementsOf(alaraby43.ref).some((r) => index.figure(r)?.low === 31), 'al-Araby\'s 43 and AFP\'s 31 of the same day');
    const medics = output.documents.find((d) => d.file.endsWith('044_dailysabah.txt'))!.figures.filter((f) => f.group === 'medics-killed');
    assert.ok(medics.length > 0 && medics.every((f) => f.low === 2 && f.incident !== alaraby43.figure.incident), JSON.stringify(medics.map((f) => [f.text, f.incident])));
  });
  it('the incident as its hover shows it: the spread first, one row per source in report order, the Observatory\'s 30 -> 31 -> 43 as one chain', () => {
    const id = tolls('170_ahram.txt', '43')[0].figure.incident!;
    const summary = index.summaryOf(id)!;
    assert.equal(spreadLine(index, summary), 'Civilians killed: 30–43+ · 5 sources · 2 Jul 2016');
    const sources = summary.rows.map((r) => r.source);
    assert.equal(new Set(sources).size, sources.length, 'each source once');
    const observatory = summary.rows.find((r) => r.source === 'Syrian Observatory for Human Rights')!;
    // "Thirty civilians were killed on Saturday ... a monitor and rebels said": the monitor is the Observatory, whose
    // count rose with the telling (the headline said again before that sentence is not the byline's outlet's)
    assert.deepEqual(observatory.chain.map((r) => formatValue(index.figure(r)!)), ['30', 'at least 31', '43']);
    assert.ok(observatory.articles >= 3);
    const first = summary.rows.map((r) => r.first ?? '');
    assert.deepEqual(first, [...first].sort(), 'in the order the sources first reported');
    // "at least two of the killed in Jayrud were medical staff": medics, a count of their own, never a rival of the toll
    const staff = output.documents.find((d) => d.file.endsWith('022_alaraby.txt'))!.figures.find((f) => f.text === 'At least two')!;
    assert.deepEqual([staff.group, staff.incident === id], ['medics-killed', false]);
    assert.ok(summary.rows.every((r) => r.chain.every((c) => index.figure(c)?.text !== 'At least two')));
  });
});

describe('incidents: one article\'s headline toll and the tolls its body gives by place', () => {
  const { output } = reportsOf({
    'a.txt': 'Rocket attacks kill 10 in Kharkiv\n\nMay 14 2024\n\nKHARKIV - Rocket attacks on Kharkiv on Monday killed 10 civilians. A rocket hit the Saltivka district killing 3 civilians, the UN said.',
    'b.txt': 'May 14 2024\n\nKHARKIV - Russian rockets killed 10 civilians in Kharkiv on Monday, the UN said. Human Rights Watch said 16 civilians were killed in Kharkiv on Monday.',
  });
  const inFile = (file: string) => (r: { file: string }) => r.file.endsWith(file);

  it('are its own scopes, not a dispute; two named sources it sets side by side do dispute', () => {
    assert.ok(!output.disagreements.some((d) => inFile('a.txt')(d.a) && inFile('a.txt')(d.b)), JSON.stringify(output.disagreements));
    assert.ok(output.disagreements.some((d) => inFile('b.txt')(d.a) && inFile('b.txt')(d.b)), JSON.stringify(output.disagreements));
  });
});

describe('incidents: where a headline\'s toll and a lead after a photo\'s caption are', () => {
  const { output } = reportsOf({
    'a.txt': 'Fourteen civilians killed in air raids on eastern Ukraine\n\nMay 14 2024\n\nFourteen civilians were killed in air raids on the Donetsk region on Monday, officials said. Six were killed when jets struck the village of Ocheretyne. Eight civilians were killed when bombs hit the town of Pokrovsk.',
    'b.txt': 'Strike kills nine in eastern Ukraine\n\nMay 14 2024\n\nNine civilians were killed in a missile strike on the Donetsk region on Monday, officials said. The missile hit a market in the town of Pokrovsk. Rescuers searched the ruins in Pokrovsk.',
    'c.txt': 'Strike kills nine in eastern Ukraine\n\nMay 16 2024\n\nRescuers search a destroyed building in the city of Kharkiv on Sunday (AFP photo) KYIV Nine civilians were killed in a missile strike on the Donetsk region on Wednesday officials said.',
  });

  it('a headline that names only a country sums the towns of its body where its lead does; else it is the one town\'s', () => {
    assert.deepEqual(output.documents[0].figures.map((f) => [f.text, f.place]), [['Fourteen', 'Donetsk'], ['Fourteen', 'Donetsk'], ['Six', 'Ocheretyne'], ['Eight', 'Pokrovsk']]);
    assert.equal(figureIn(output, 'b.txt', (f) => f.text === 'nine').place, 'Pokrovsk');
  });

  it('a photo\'s caption ends at its credit: its city and its day are not the lead\'s', () => {
    const lead = figureIn(output, 'c.txt', (f) => f.text === 'Nine');
    assert.deepEqual([lead.place, lead.when?.from, lead.when?.to], ['Donetsk', '2024-05-15', '2024-05-15']);
  });
});

describe('incidents: a report that names no place of the attack\'s country', () => {
  const { output } = reportsOf({
    'a.txt': 'Gas attack kills 1400 near Damascus\n\nAugust 22 2013\n\nA chemical attack on Douma in the Eastern Ghouta on Wednesday killed more than 1,400 people, activists said.',
    'b.txt': 'Obama asks Congress to back strikes\n\nSeptember 10 2013\n\nWASHINGTON - President Obama asked Congress to approve strikes on Syria over an August 21 gas attack that the United States says killed more than 1,400 people.',
    'c.txt': 'Officials weigh strikes\n\nSeptember 10 2013\n\nOfficials said an August 21 gas attack in Syria killed 300 people.',
  });
  const toll = (file: string) => figureIn(output, file, (f) => f.group === 'civilians-killed');

  it('joins the attack its day, kind of attack and count name; another count of that day does not', () => {
    assert.equal(toll('b.txt').incident, toll('a.txt').incident);
    assert.notEqual(toll('c.txt').incident, toll('a.txt').incident);
  });
});
