import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import type { Figure } from '../../src/core/model';
import { SHARED } from './paths';

const figures = (text: string) => analyzeText('t.txt', text).figures;
const one = (text: string): Figure => {
  const f = figures(text);
  assert.equal(f.length, 1, `one figure in "${text}": ${JSON.stringify(f.map((x) => x.text))}`);
  return f[0];
};
const value = (f: Figure) => [f.text, f.low, f.high, f.qualifier, f.unit];

describe('figures: numbers as intervals', () => {
  it('ranges in their common phrasings', () => {
    assert.deepEqual(value(one('There were 1,500 to 2,500 fighters left.')), ['1,500 to 2,500', 1500, 2500, 'range', 'people']);
    assert.deepEqual(value(one('It controls 65-70 percent of the city.')), ['65-70 percent', 65, 70, 'range', 'percent']);
    assert.deepEqual(value(one('It controls between 14,000 and 18,000 militants.')), ['between 14,000 and 18,000', 14000, 18000, 'range', 'people']);
    assert.deepEqual(value(one('from 300 to 400 families fled')), ['from 300 to 400', 300, 400, 'range', 'people']);
    // a hedge on the upper bound keeps the range whole
    assert.deepEqual(value(one('Estimates of the toll in Srebrenica vary from 7,000 to more than 8,000 men.')), ['from 7,000 to more than 8,000', 7000, 8000, 'range', 'people']);
    assert.deepEqual(value(one('Between 20 and well over 30 civilians were killed.')), ['Between 20 and well over 30', 20, 30, 'range', 'people']);
    assert.deepEqual(value(one('between 1 and 2 million people fled')), ['between 1 and 2 million', 1e6, 2e6, 'range', 'people']);
  });

  it('hedges keep the stated number and carry the direction', () => {
    assert.deepEqual(value(one('at least 741 civilians were executed')), ['at least 741', 741, 741, 'at-least', 'people']);
    assert.deepEqual(value(one('up to 15,000 civilians remain trapped')), ['up to 15,000', 15000, 15000, 'up-to', 'people']);
    assert.deepEqual(value(one('Over 20,000 civilians have fled')), ['Over 20,000', 20000, 20000, 'more-than', 'people']);
    assert.deepEqual(value(one('some eight million people lived there')), ['some eight million', 8e6, 8e6, 'about', 'people']);
    assert.deepEqual(value(one('fewer than 50 soldiers were killed')), ['fewer than 50', 50, 50, 'fewer-than', 'people']);
    assert.deepEqual(value(one('nearly three years of siege')), ['nearly three years', 3, 3, 'about', 'years']);
    assert.deepEqual(value(one('300 or more families fled')), ['300 or more', 300, 300, 'at-least', 'people']);
    assert.deepEqual(value(one('At least a dozen civilians died')), ['At least a dozen', 12, 12, 'at-least', 'people']);
    assert.deepEqual(value(one('Half a dozen children were wounded')), ['Half a dozen', 6, 6, 'exact', 'people']);
    assert.deepEqual(value(one('The toll rose to 1,000-plus')), ['1,000-plus', 1000, 1000, 'at-least', 'people']);
    // the particle of a verb is no hedge
    assert.deepEqual(value(one('Rebels handed over 50 bodies of soldiers')), ['50', 50, 50, 'exact', 'people']);
  });

  it('scales and percentages written short against the digits', () => {
    assert.deepEqual(value(one('Some 1.2m people fled')), ['Some 1.2m', 1.2e6, 1.2e6, 'about', 'people']);
    assert.deepEqual(value(one('About 10k refugees crossed')), ['About 10k', 10000, 10000, 'about', 'people']);
    assert.deepEqual(value(one('Roughly 40pc of the city is held by rebels')), ['Roughly 40pc', 40, 40, 'about', 'percent']);
    // a distance written short is no million
    assert.deepEqual(value(one('The blast was 500m from the hospital')), ['500', 500, 500, 'exact', 'other']);
  });

  it('vague magnitudes get their documented bounds', () => {
    assert.deepEqual(value(one('Hundreds flee the battle')), ['Hundreds', 200, 999, 'about', 'people']);
    assert.deepEqual(value(one('tens of thousands of civilians have fled')), ['tens of thousands', 20000, 99999, 'about', 'people']);
    assert.deepEqual(value(one('the group has a few thousand fighters left')), ['a few thousand', 2000, 5000, 'about', 'people']);
    assert.deepEqual(value(one('it ruled over millions')), ['millions', 2e6, 9999999, 'about', 'people']);
    assert.deepEqual(value(one('dozens of fighters were killed')), ['dozens', 24, 99, 'about', 'people']);
    assert.deepEqual(value(one('scores of civilians were killed')), ['scores', 40, 99, 'about', 'people']);
  });

  it('fractions, areas and durations', () => {
    assert.deepEqual(value(one('it held about a third of both countries')), ['about a third', 33.33, 33.33, 'about', 'percent']);
    assert.deepEqual(value(one('they held only one square km of land')), ['one square km', 1, 1, 'exact', 'km2']);
    assert.deepEqual(value(one('about 0.4 square miles')), ['about 0.4 square miles', 0.4, 0.4, 'about', 'sq-mile']);
    assert.deepEqual(value(one('the nine-month battle')), ['nine-month', 9, 9, 'exact', 'months']);
    assert.deepEqual(value(one('in the next day or two')), ['day or two', 1, 2, 'range', 'days']);
    assert.deepEqual(value(one('The 53-page report')), ['53-page', 53, 53, 'exact', 'pages']);
  });

  it('numbers without thousands separators, as in the FA-KES texts', () => {
    assert.deepEqual(value(one('killed at least 400000 people')), ['at least 400000', 400000, 400000, 'at-least', 'people']);
    assert.deepEqual(value(one('more than 2000 people including rebel fighters')), ['more than 2000', 2000, 2000, 'more-than', 'people']);
  });

  it('years, dates, ordinals, times, codes and names are not figures', () => {
    assert.deepEqual(figures('In 2014 and early 2015, on 16 Apr 2017 and November 13 2017, the 7th Division and the second city, at 10:30, F-16 jets, Resolution 2254, one of them, one by one.').map((f) => f.text), []);
    // a year before a noun phrase of its own, or after a day with its ordinal suffix; but a hedged number is a count
    assert.deepEqual(figures('In 2015 the militias seized the town. Since March 30th 2016 the forces have destroyed more than 2000 fuel trucks.').map((f) => f.text), ['more than 2000']);
  });

  it('"one" that says which family counts none', () => {
    assert.deepEqual(figures('Six civilians from one family were killed in the strike on the town.').map((f) => f.text), ['Six']);
    assert.deepEqual(figures('The blast injured five members of one family.').map((f) => f.text), ['five']);
  });

  it("a scraped page's share counters after its short link are no counts", () => {
    assert.deepEqual(figures('Double bomb attack kills 31 in Kurdish city Print Tweet Views 729 Related').map((x) => x.text), ['31']);
    // a count of comments before the page's tags or other stories; a headline's count before them stays
    assert.deepEqual(figures('The siege was broken on September 5. ... 016 Tags civilian deaths Deir ez-Zor').map((x) => x.text), []);
    assert.deepEqual(figures('Operations are underway. ... 01 Related Daesh Terrorists Attack District Injuring Four People').map((x) => x.text), ['Four']);
    assert.deepEqual(figures('Death Toll in Aleppo Rises to 70 Tags terrorist attack').map((x) => x.text), ['70']);
    const f = figures('Get short URL 0 13963 The air force has destroyed some 120 militants near Tal Afar, a military source said.');
    assert.deepEqual(f.map((x) => [x.text, x.category]), [['some 120', 'casualties']]);
  });

  it('a hedge shared by coordinated numbers is inherited', () => {
    const f = figures('at least 900 jihadists and 500 SDF fighters have been killed');
    assert.deepEqual(f.map((x) => [x.text, x.qualifier]), [['at least 900', 'at-least'], ['500', 'at-least']]);
  });

  it('a number after "and" that does not repeat its noun counts the noun before it, even at the end of a text', () => {
    const f = figures('Between 1,500 and 2,500 fighters remain in Al-Qaim and 2,000 to 3,000 in Al-Bukamal, he said.');
    assert.deepEqual(f.map((x) => [x.text, x.subject, x.category, x.place]), [['Between 1,500 and 2,500', 'fighters', 'combatants', 'Al-Qaim'], ['2,000 to 3,000', 'fighters', 'combatants', 'Abu Kamal']]);
    assert.deepEqual(figures('In Aleppo 18 civilians were killed and dozens').map((x) => [x.text, x.subject, x.low, x.high]), [['18', 'civilians', 18, 18], ['dozens', 'civilians', 24, 99]]);
  });
});

describe('figures: what, where and who', () => {
  it('counts of fighters remaining, with whose fighters and where', () => {
    const f = one('SDF commanders said that at least 5,000 ISIS fighters remain in Hajin.');
    assert.deepEqual([f.category, f.event, f.actor, f.place, f.source], ['combatants', 'remaining', 'Islamic State', 'Hajin', 'Syrian Democratic Forces']);
  });

  it('civilian tolls: killed, executed, killed or wounded', () => {
    assert.deepEqual([one('The UN said at least 2,521 civilians were killed in Mosul.')].map((f) => [f.category, f.event, f.place, f.source]), [['casualties', 'killed', 'Mosul', 'United Nations']]);
    assert.equal(one('ISIS fighters executed at least 741 civilians in Mosul.').event, 'executed');
    assert.equal(one('At least 70 civilians were killed or wounded in air strikes on Baghuz.').event, 'killed-or-wounded');
    assert.deepEqual([one('The death toll from the bomb blast reached at least 112 people, the Observatory said.')].map((f) => [f.event, f.source]), [['killed', 'Syrian Observatory for Human Rights']]);
  });

  it('displaced and trapped civilians, and territory shares', () => {
    assert.deepEqual([one('Over 20,000 civilians have fled Baghouz.')].map((f) => [f.category, f.event]), [['displaced', 'fled']]);
    assert.deepEqual([one('OCHA said up to 15,000 civilians remain trapped in Raqa.')].map((f) => [f.category, f.event, f.place]), [['civilians', 'trapped', 'Raqqa']]);
    assert.deepEqual([one('The Observatory said the SDF controlled 90 percent of Raqa.')].map((f) => [f.category, f.event, f.actor, f.place]), [['territory', 'controlled', 'Syrian Democratic Forces', 'Raqqa']]);
    // a count of places is ground held or taken only when the clause says so; places hit or whose holder is named are places
    assert.deepEqual([one('Rebels overran 14 villages in the south of the province, a monitor said.')].map((f) => [f.category, f.event]), [['territory', 'controlled']]);
    assert.deepEqual([one('Air strikes hit at least 11 towns and villages across the province on Tuesday.')].map((f) => [f.category, f.event]), [['other', 'other']]);
    assert.deepEqual([one('Buses carried residents out of two besieged government-held towns.')].map((f) => [f.category, f.event]), [['other', 'other']]);
    // "rebel-held", "fighter-bomber": a noun of people joined to the next word describes it
    assert.deepEqual(figures('Air strikes killed at least 12 civilians in two rebel-held neighbourhoods of the city.').map((f) => f.category), ['casualties', 'other']);
    assert.equal(one('The air force carried out 39 fighter-bomber sorties over the past day.').category, 'other');
    // "regime and rebel fighters": two words describing one noun of people, the dead of both sides, no one side's
    assert.equal(one('At least 70 Syrian regime and rebel fighters have been killed in a day of fighting.').group, 'unidentified-fighters-killed');
    assert.equal(one('A car bomb killed eight regime and rebel fighters at the crossing.').group, 'unidentified-fighters-killed');
    assert.equal(one('A suicide bomber killed five Kurdish policemen at a checkpoint.').group, 'kurdish-fighters-killed');
    // "personnel carriers" are vehicles, not personnel
    assert.deepEqual(figures('Drones destroyed 5 armoured personnel carriers and 3 tanks near Bakhmut.').map((f) => f.category), ['other', 'other']);
  });

  it('attribution: according to, said after a quote, a continuing pronoun, agentless hedges', () => {
    assert.equal(one('Thousands are trapped in Raqa according to OCHA.').source, 'OCHA');
    const quoted = figures('"We estimate that up to 15,000 civilians remain trapped," OCHA\'s Linda Tom told AFP.');
    assert.deepEqual([quoted[0].source, quoted[0].speaker], ['OCHA', 'Linda Tom']);
    const pronoun = figures('Coalition spokesman Ryan Dillon said the fight goes on. He estimated that there were 1,500 to 2,500 fighters left in Al-Qaim.');
    assert.deepEqual([pronoun[0].source, pronoun[0].speaker], ['US-led coalition', 'Ryan Dillon']);
    assert.equal(one('around 2,000 are said to be foreign fighters').source, null);
    assert.equal(one('He said the jihadists held 400 square km.').source, 'unidentified speaker');
    // a relative clause after the subject names no speaker; the content of what was said names none either
    assert.equal(one('The UK-based group which advocates the Kenyan opposition said six more people lost their lives near Garissa after attacks by government jets.').source, null);
    assert.equal(one('In the province 17 people were killed in air strikes which the Observatory said were carried out by jets.').source, 'Syrian Observatory for Human Rights');
    assert.equal(figures('All 3 public hospitals in the area are closed, the WHO said in a statement.')[0].source, 'World Health Organization');
    // whom a speaker told is no source; a name in quotation marks is part of the subject
    assert.equal(figures('"There were 40 wounded," a nurse told Reuters.')[0].source, null);
    assert.equal(one('At least 12 civilians were killed in the town, volunteers of the civil defence known as the "White Helmets" told Reuters.').source, 'White Helmets');
  });
});

describe('death tolls in real articles (FA-KES)', () => {
  const fakes = (name: string) => {
    const file = path.join(SHARED, 'corpus/fakes', name);
    return analyzeText(file, fs.readFileSync(file, 'utf8')).figures.filter((f) => f.category === 'casualties' && f.event === 'killed');
  };

  it('"the death toll ... reached at least 112 people, the Syrian Observatory ... said"', () => {
    const tolls = fakes('003_nna.txt');
    const toll = tolls.find((f) => f.low === 112 && f.qualifier === 'at-least' && f.unit === 'people');
    assert.ok(toll, JSON.stringify(tolls.map((f) => f.text)));
    assert.ok(tolls.some((f) => f.low === 112 && f.source === 'Syrian Observatory for Human Rights'));
  });

  it('headline and body tolls of an air strike on a market ("At least 61 killed")', () => {
    const tolls = fakes('226_ahram.txt');
    assert.ok(tolls.filter((f) => f.low === 61).length >= 2);
    assert.ok(tolls.every((f) => f.place === 'Atareb'), JSON.stringify(tolls.map((f) => f.place)));
  });

  it('a capital that speaks, alone or in a list, is not where the dead were killed', () => {
    const text = 'Rebels accused the army of a gas attack on Douma on August 21. Washington and Paris say government forces carried out the attack, in which more than 1,400 people were killed. Washington said it would act. Diplomats in Washington met on Monday.';
    const toll = figures(text).find((f) => f.low === 1400);
    assert.equal(toll?.place, 'Douma');
  });

  it('two counts with their commas lost each take their own state: "killed 12 people injured 30", "5 persons injured 2 others killed"', () => {
    const events = (text: string) => figures(text).map((f) => [f.text, f.event]);
    assert.deepEqual(events('A drone strike killed 12 people injured 30 others in Kharkiv on Monday.'), [['12', 'killed'], ['30', 'wounded']]);
    assert.deepEqual(events('Militia Attacks Kill 10 Civilians Injured Dozens in Darfur'), [['10', 'killed'], ['Dozens', 'wounded']]);
    assert.deepEqual(events('Shelling on Khartoum 5 persons injured 2 others killed'), [['5', 'wounded'], ['2', 'killed']]);
    assert.deepEqual(events('More than 30 people were injured at least three killed in the market in Khartoum'), [['More than 30', 'wounded'], ['at least three', 'killed']]);
    assert.deepEqual(events('Rocket attack on Aleppo 8 persons killed 58 others injured'), [['8', 'killed'], ['58', 'wounded']]);
  });

  it('the headlines of other stories listed after the article are not its claims', () => {
    const text = 'Shelling killed 12 civilians in Taiz on Monday, medics said. The city has been besieged for years. Source AFP Related News Death toll climbs to 22 in monsoon landslides | Suicide bomb kills eight soldiers in Aden';
    const f = figures(text);
    assert.deepEqual(f.map((x) => [x.text, x.group]), [['12', 'civilians-killed'], ['22', null], ['eight', null]]);
  });

  it('a country named as whose raids, strikes or officials they are is not what the article is about', () => {
    const text = 'July 19 2016\n\nUS air strikes killed at least 56 civilians on Tuesday, a monitor said. US officials said an inquiry was under way. The US strikes targeted positions of the group. Residents buried the dead in Manbij on Wednesday.';
    assert.equal(figures(text).find((f) => f.low === 56)?.place, 'Manbij');
  });

  it('a toll with no town near it is placed in the country the text last named as a scene, not in the capital it names most', () => {
    const text = 'Officials in Washington met on Monday to discuss Syria. Lawmakers in Washington and New York debated strikes on Syria after a chemical attack in Syria. The attack killed more than 1,400 people.';
    assert.equal(figures(text).find((f) => f.low === 1400)?.place, 'Syria');
    // a war's total is not about a town of another country its sentence names
    const war = 'Air strikes hit Sanaa and Taiz in Yemen on Monday. Russia has bombed rebels in Yemen for a year in support of the government, part of a war that has claimed some 150,000 lives and seen Moscow estranged from the West.';
    assert.equal(figures(war).find((f) => f.low === 150000)?.place, 'Yemen');
    // a running total is placed only where its sentence says, or in the town it refers back to
    // a headline's bare count is its lead's, of whom the lead says
    const repelled = figures('Army repels rebel offensive near Kharkiv killing 40\n\nMay 14 2024 The army repelled an offensive on Monday killing 40 Russian soldiers, the general staff said.');
    assert.equal(repelled[0].group, repelled[1].group);
    const dead = figures('Clashes near Tabqa leave 28 dead\n\nMay 14 2024 Clashes near Tabqa left 28 militants dead, the monitor said.');
    assert.equal(dead[0].group, dead[1].group);
    assert.notEqual(repelled[0].group, 'civilians-killed');
    // a sentence that names no place names one in the institution that speaks in it
    const school = figures('Rebels shelled the town of Foua on Saturday. Mortars also fell on a school in Aleppo on Sunday. Shells hit the town of Foua again. A medical source at Aleppo Health Directorate told SANA that eight students were killed.');
    assert.equal(school.find((f) => f.text === 'eight')?.place, 'Aleppo');
    const totals = figures('Mon 12 Jun 2017 Shelling hit Kafr Awid on Monday. Kafr Awid was hit again on Tuesday. More than 3000 people have been killed across the country during the past month. Since Saturday at least 68 civilians have been killed in air raids on the town.');
    assert.deepEqual(totals.map((f) => [f.text, f.place]), [['More than 3000', null], ['at least 68', 'Kafr Awid']]);
  });

  it('soldiers by any name are one state\'s troops, counted as combatants: "servicemen", "soldiers", "troops"', () => {
    const f = figures('Russia said it had killed more than 600 Ukrainian servicemen. Kyiv said 40 Ukrainian soldiers died and 12 sailors were wounded.');
    assert.deepEqual(f.map((x) => [x.text, x.category, x.actor]), [['more than 600', 'casualties', 'Ukrainian troops'], ['40', 'casualties', 'Ukrainian troops'], ['12', 'casualties', 'Ukrainian troops']]);
    // what Kyiv said is its government's, not the soldiers' it counts
    assert.equal(f[1].source, 'Ukraine');
    assert.equal(f[0].group, f[1].group);
    assert.notEqual(f[2].group, 'civilians-wounded');
    // officers and paratroopers are a state's forces, not the fighters of the group that attacked them
    assert.notEqual(one('The Taliban attack on the police checkpoint left 11 officers dead, the provincial governor said.').actor, 'Taliban');
  });

  it('counts of people named before them or by "more": "the number of people displaced has reached 9 million", "dozens more were wounded"', () => {
    assert.equal(one('The number of people displaced within Sudan has reached 9 million, the IOM said.').group, 'civilians-fled');
    assert.equal(one('Dozens more were wounded, some of them critically.').group, 'civilians-wounded');
    assert.equal(one('Some 1.8 million more have fled to neighbouring countries.').group, 'civilians-fled');
    assert.equal(one('Two Russian airmen were killed when their helicopter was shot down.').actor, 'Russian troops');
    // whom "the number of ..." counts is named after "of": soldiers, children, those killed; a number of militants is no value
    const soldiers = one('The number of Ukrainian soldiers killed in the offensive rose to 18, the ministry said.');
    assert.deepEqual([soldiers.category, soldiers.event, soldiers.actor], ['casualties', 'killed', 'Ukrainian troops']);
    assert.equal(one('The number of children killed in the strikes has reached 12.').group, 'children-killed');
    assert.equal(one('The number of those killed in the bombing stands at 40.').group, 'civilians-killed');
    assert.equal(one('Jets killed a large number of militants while destroying two command posts.').category, 'other');
    // a long phrase after "the number of" still names them, and what befell them; "a number of" is several, no value
    assert.equal(one('"The number of Al-Shabaab and allied militia fighters killed in battles (Saturday) against the army in the strategic town of Jilib in the south of the province has risen to 39" the monitor said.').event, 'killed');
    assert.equal(one('The number of civilians killed by the airstrike in the province has risen to 20 with children among the casualties.').event, 'killed');
    assert.equal(figures('A number of militants were killed in the bombardment in addition to two of their armed vehicles.').find((f) => f.text === 'two')?.category, 'other');
  });

  it('a count inside a toll ("including", "among them") is what the toll says happened to them', () => {
    const f = figures('A missile killed at least 50 people on Friday, including five children, as civilians tried to flee.');
    assert.deepEqual(f.map((x) => [x.text, x.event]), [['at least 50', 'killed'], ['five', 'killed']]);
    const g = figures('Raids killed 18 civilians including one child and wounded dozens of others.');
    assert.equal(g.find((x) => x.text === 'one')?.event, 'killed');
    const h = figures('Troops executed 48 people this week, among them 10 children.');
    assert.equal(h.find((x) => x.text === '10')?.event, 'executed');
  });

  it('a place after a preposition is a scene even when a comma before "said" was lost', () => {
    const toll = one('Saraqeb was shelled on Saturday. Two children were killed when helicopters dropped a barrel bomb on the village of Kafr Nabl said the Observatory.');
    assert.equal(toll.place, 'Kafr Nabl');
  });

  it('children and women among the dead are their own quantities', () => {
    const tolls = fakes('201_ahram.txt');
    assert.ok(tolls.some((f) => f.low === 10 && f.group === 'children-killed'));
    assert.ok(tolls.some((f) => f.low === 5 && f.group === 'women-killed'));
  });
});

describe('attribution in wire copy without commas (FA-KES)', () => {
  it('the subject right before "said" wins over an actor earlier in a long clause', () => {
    const f = analyzeText('x', 'Turkish warplanes killed nine fighters of the Islamic State group in strikes on jihadist positions in Syria on Friday a monitor said. The Syrian Observatory for Human Rights gave the toll.').figures;
    assert.equal(f[0].source, 'Syrian Observatory for Human Rights');
  });

  it('a country\'s institution speaks for itself; a credit line is not a source', () => {
    assert.equal(one('Regime forces repelled an offensive killing 40 attackers Russias defence ministry said.').source, 'Russian defence ministry');
    const f = analyzeText('x', 'Rockets kill 19 in Aleppo Monitor AFP Thursday 9 Jul 2015 At least 19 civilians were killed by a barrel bomb the Observatory said.').figures;
    assert.ok(f.every((x) => x.source === 'Syrian Observatory for Human Rights'), JSON.stringify(f.map((x) => x.source)));
  });

  it('a province\'s or a town\'s own institution speaks for itself too, not as unnamed officials', () => {
    assert.equal(one('An explosion killed 471 people, the Gaza health ministry said.').source, 'Gaza health ministry');
    assert.equal(one('Shelling killed 12 people, the Idlib health directorate said.').source, 'Idlib health directorate');
    assert.equal(one('A missile killed 9 people, the Kharkiv regional military administration said.').source, 'Kharkiv regional military administration');
  });

  it('a country that is the whole subject of a verb of saying is its government speaking, not the dead it counts', () => {
    assert.equal(one('Russia says it killed 600 Ukrainian soldiers in Kramatorsk.').source, 'Russia');
    assert.notEqual(one('The Britain-based group said four children were among the dead.').source, 'United Kingdom');
  });

  it('"the observatory said", "the group added": the organisation the description stands for, not nobody or the last one named', () => {
    const source = (text: string) => figures(text).at(-1)?.source;
    assert.equal(source('The Syrian Observatory for Human Rights monitors the war. Air strikes hit Douma on Monday. The observatory said 23 civilians were killed.'), 'Syrian Observatory for Human Rights');
    assert.equal(source('Human Rights Watch documented the attack on the market in Kherson. The group said 14 civilians were killed.'), 'Human Rights Watch');
    // the group that spoke, not the group it spoke of
    assert.equal(source('The Syrian Observatory for Human Rights said the attack by the Nusra Front killed 25 troops. The group added that 19 insurgents were killed.'), 'Syrian Observatory for Human Rights');
    assert.equal(source('Ukraine\'s defence ministry said its forces repelled an attack near Bakhmut. The ministry said 300 Russian soldiers were killed.'), 'Ukraine defence ministry');
    assert.equal(source('The UN refugee agency UNHCR said the camp was full. The agency said 2,000 people had fled Sinjar.'), 'UNHCR');
    // after words that set the time or the scene
    assert.equal(source('Human Rights Watch documented the shelling of Kherson. Elsewhere on Thursday the group said 14 civilians were killed in Mykolaiv.'), 'Human Rights Watch');
    assert.equal(source('Sources close to the ministry said 17 soldiers were killed.'), 'unnamed sources');
    // a person titled by a lower-case word of the organisation speaks for it
    assert.equal(source('Human Rights Watch documented the strike. It hit a market killing at least 18 civilians group director Sarah Leah Whitson said.'), 'Human Rights Watch');
    // who attacked, named before the attack, did not speak: the subject after the verb did
    assert.equal(source('Sixty-two rebel fighters were killed in a Syrian army ambush near Adra said the Syrian Observatory for Human Rights.'), 'Syrian Observatory for Human Rights');
    // who investigates or denies reports is not their source; who reports is
    assert.equal(source('The US military is investigating reports that at least 73 civilians were killed in air strikes.'), null);
    assert.equal(source('The army denied reports that 20 civilians were killed.'), null);
    assert.equal(source('Syrian state media reports that at least 18 people were killed in the bombing.'), 'Syrian state media');
    // a rank's abbreviation does not part a speaker from his ministry; one ministry is named one way however written
    assert.equal(source('Russian Defense Ministry spokesman Maj. Gen. Igor Konashenkov spoke on Tuesday. "Losses totaled 304 militants killed" Konashenkov said. Tags terrorist Daesh Igor Konashenkov'), 'Russian defence ministry');
    assert.equal(source("Russia's defense ministry said 120 militants were killed."), 'Russian defence ministry');
    // an agency's name opening the lead, before its first capitalised word, is a credit, not the subject of "said"
    assert.equal(source('Air raids kill 10 near Syria hospital\n\nSaturday 6 Aug 2016 Air raids kill 10 near Syria hospital AFP A barrage of air strikes killed at least 10 civilians said the Syrian Observatory for Human Rights.'), 'Syrian Observatory for Human Rights');
  });

  it('a claim of a deed is not a count: who claimed an attack did not count its dead, but may be "the group" that speaks next', () => {
    assert.equal(one('Boko Haram claimed responsibility for the bombing which killed 17 people in Maiduguri.').source, null);
    assert.equal(one('Al-Shabaab also claimed an October 14 truck bomb attack in Mogadishu that killed at least 500 people.').source, null);
    // a claim of what happened is a report all the same
    assert.equal(one('Hamas claimed the attack killed 40 soldiers.').source, 'Hamas');
    assert.equal(one('Hamas claimed that 40 soldiers were killed in the raid.').source, 'Hamas');
    const f = figures('Al-Shabaab on Tuesday claimed the attack in a statement. The group said 20 soldiers were killed at the base.');
    assert.equal(f.at(-1)?.source, 'al-Shabaab');
  });

  it('a group named inside a compound of stance is not the speaker; an armed group\'s leaders are its fighters', () => {
    assert.equal(one('A Mosul-based anti-ISIS activist network reported eight civilians were killed by the strikes.').source, 'unnamed sources');
    assert.equal(one('Pro-Kremlin bloggers said 40 soldiers were killed near Avdiivka.').source, null);
    assert.equal(one('Twelve leaders of al-Shabaab were killed in the strike.').group, 'al-shabaab-fighters-killed');
    assert.equal(one('Three tribal leaders were killed in Deir ez-Zor.').group, 'civilians-killed');
    // a count "mostly" of children is of everyone; "mostly gunmen" are still fighters
    assert.deepEqual([one('Air strikes killed 22 mostly children in Kunduz.').subject, one('Air strikes killed 22 mostly children in Kunduz.').group], ['people', 'civilians-killed']);
    assert.equal(one('The strikes killed 40 mainly women in the market.').group, 'civilians-killed');
    assert.equal(one('Some 160 mostly gunmen remain in the old city.').subject, 'mostly gunmen');
    // "100 including children": everyone, of whom children are a part
    assert.deepEqual([one('A car bomb killed at least 100 including children and opposition fighters.').subject, one('A car bomb killed at least 100 including children and opposition fighters.').group], ['people', 'civilians-killed']);
  });

  it('who speaks: a kinsman is not the listed person of his surname, a country speaks in a relative clause, a war that claimed lives said nothing', () => {
    assert.equal(one('Maher al-Assad said 40 soldiers were killed in the ambush.').source, 'Maher al-Assad');
    assert.equal(one('President Bashar al-Assad said 20 soldiers were killed.').source, 'Bashar al-Assad');
    assert.equal(one('The attack near Kabul which the United States says came from Taliban positions killed more than 60 people.').source, 'United States');
    // what the main clause named before the relative clause does not speak in it
    assert.equal(one('Biden asked Congress to act in response to what the United States says was a drone attack that killed more than 40 people.').source, 'United States');
    assert.equal(one('US-led coalition strikes have also claimed hundreds of civilian lives in parts of Iraq.').source, null);
    assert.equal(one('The Observatory claimed that the strikes took 30 lives.').source, 'Syrian Observatory for Human Rights');
    // a government's institution named by its seat, then by its head alone, adverbs around it
    const f = figures('Some 120 militants were killed in Russian air strikes near Mayadin, the defence ministry in Moscow said. Puzzlingly the ministry also said three senior commanders had been confirmed dead.');
    assert.deepEqual(f.map((x) => x.source), ['Russian defence ministry', 'Russian defence ministry']);
  });

  it('the words right before a verb of saying are its subject, not a name further back, commas lost', () => {
    const last = (text: string) => figures(text).at(-1)?.source;
    assert.equal(last('The Syrian Observatory for Human Rights tracks the war. Al-Shabaab attacked a base on Monday killing 40 government forces and expelling many others a monitoring group said.'), 'Syrian Observatory for Human Rights');
    assert.equal(last('The Syrian Observatory for Human Rights tracks the war. The YPG holds the district which has been shelled since February killing more than 132 civilians the observatory said.'), 'Syrian Observatory for Human Rights');
    assert.equal(last('At least 10 Kurdish fighters were killed along with eight IS members including the bomber the Observatory said.'), 'Syrian Observatory for Human Rights');
    // the object of a word that links it to the subject is not the subject
    assert.equal(last('The US-led coalition supporting the SDF estimated that 65-70 percent of Raqa was under its control.'), 'US-led coalition');
  });

  it('the subject of what was said is not a subject after the verb of saying, with or without its comma', () => {
    assert.equal(one('According to the report Boko Haram has executed around 300 people in the town.').source, null);
    assert.equal(one('The report says al-Shabaab has executed around 300 people in the town.').source, null);
    assert.equal(figures('"The toll has risen to 21 including three children" said the Observatory adding the toll was likely to rise.')[0].source, 'Syrian Observatory for Human Rights');
    assert.equal(figures('Strikes killed 10 people, the Observatory said. According to the group they were among more than 7000 killed since March.').at(-1)?.source, 'Syrian Observatory for Human Rights');
  });

  it('people who speak of someone do not speak for them; the Syrian Coalition is the opposition\'s, not the US-led one', () => {
    assert.equal(one('Opponents of President Alexander Lukashenko said 300 protesters were detained in Minsk.').source, 'unnamed sources');
    assert.equal(one('Relatives of Vladimir Kara-Murza said 12 prisoners had died in the camp.').source, null);
    assert.equal(one('A spokesman of President Recep Tayyip Erdogan said 30 militants were killed.').source, 'Recep Tayyip Erdogan');
    assert.equal(one('The Syrian Coalition an opposition group based outside the country said regime planes killed 20 people.').source, 'Syrian National Coalition');
  });

  it('another nation\'s Red Crescent is its own, not the Syrian Arab Red Crescent', () => {
    assert.equal(one('Shelling killed 12 people, the Palestinian Red Crescent said.').source, 'Palestinian Red Crescent');
    assert.equal(one('Shelling killed 12 people, the Syrian Red Crescent said.').source, 'Syrian Arab Red Crescent');
  });
});
