import * as assert from 'node:assert/strict';
import { analyzeText } from '../../src/core/analyze';
import type { Figure } from '../../src/core/model';

// What a figure counts, read from its clause: one sentence of our own per phrasing family, from several wars.

const figures = (text: string) => analyzeText('t.txt', text).figures;
/** The figure whose text is `span`, as category / event / group. */
function meaning(text: string, span: string): string {
  const f = figures(text).find((x) => x.text === span);
  assert.ok(f, `no figure "${span}" in "${text}": ${JSON.stringify(figures(text).map((x) => x.text))}`);
  return `${f.category}/${f.event}/${f.group}`;
}
const kind = (text: string, span: string) => meaning(text, span).split('/').slice(0, 2).join('/');

describe('figures: what a count counts, from the verb, its voice and its arguments', () => {
  it('tolls however phrased: left dead, risen to, lost their lives, may have died, were wounded', () => {
    assert.equal(kind('A landmine blast on the road to Kidal left 9 herders dead, local officials said.', '9'), 'casualties/killed');
    assert.equal(kind('The toll from the market bombing in Maiduguri has climbed to 61, the governor said.', '61'), 'casualties/killed');
    assert.equal(kind('Kharkiv casualties rise to 80', '80'), 'casualties/killed-or-wounded');
    // a participle of speech ends the toll's clause: what follows "adding that" is another count's
    assert.equal(kind('The agency put the death toll at least at 85 adding that 50 civilians were also wounded.', '85'), 'casualties/killed');
    assert.equal(kind('The monitor cited seven local sources saying most of the casualties were women.', 'seven'), 'other/other');
    assert.equal(kind('Civilian deaths have reached 300 in the province.', '300'), 'casualties/killed');
    assert.equal(kind('At least 14 miners lost their lives when drones struck the camp.', 'At least 14'), 'casualties/killed');
    assert.equal(kind('As many as 200 migrants may have died when the boat was shelled.', 'As many as 200'), 'casualties/killed');
    assert.equal(kind('Eleven schoolchildren were wounded by the blast in Kandahar.', 'Eleven'), 'casualties/wounded');
    assert.equal(kind('The bodies of 23 men were found in a ditch outside Bunia.', '23'), 'casualties/killed');
    assert.equal(kind('The raid claimed the lives of 17 farmers near Djibo.', '17'), 'casualties/killed');
  });

  it('"killed one and wounded N others": each count takes its own verb, the dead and the wounded apart', () => {
    const text = 'The shell killed one fisherman and wounded four others near Kherson.';
    assert.equal(kind(text, 'one'), 'casualties/killed');
    assert.equal(kind(text, 'four'), 'casualties/wounded');
    const headline = '8 villagers killed 31 injured in drone strike on Tigray market';
    assert.equal(kind(headline, '8'), 'casualties/killed');
    assert.equal(kind(headline, '31'), 'casualties/wounded');
    assert.equal(kind('Shelling of the suburb killed or wounded at least 40 people, medics said.', 'at least 40'), 'casualties/killed-or-wounded');
  });

  it('soldiers killed are casualties, counted as fighters, not a force remaining', () => {
    assert.equal(meaning('Insurgents killed 12 soldiers in an ambush outside Gao.', '12'), 'casualties/killed/unidentified-fighters-killed');
    assert.equal(kind('The attack on the garrison left 30 soldiers dead, the army said.', '30'), 'casualties/killed');
  });

  it('a count right after its verb is what the verb did, whatever follows it', () => {
    // "displaced" describes the dead here; "killing" says what befell them
    assert.equal(kind('Air strikes killed 20 civilians displaced from Aleppo, the monitor said.', '20'), 'casualties/killed');
    assert.equal(kind('The airliner was shot down, killing all 298 on board.', '298'), 'casualties/killed');
    // the bombers did the killing: no toll of theirs, the size of the force that attacked
    assert.equal(kind('Three suicide bombers killed 40 worshippers in the mosque.', 'Three'), 'combatants/remaining');
  });

  it('the displaced: forced from their homes, crossed into, internally displaced, evacuated', () => {
    assert.equal(kind('Some 2,300 villagers were forced from their homes by the fighting in Ituri.', 'Some 2,300'), 'displaced/fled');
    assert.equal(kind('About 4,000 refugees crossed into Uganda over the weekend.', 'About 4,000'), 'displaced/fled');
    assert.equal(kind('The clashes have left 90,000 people internally displaced in Darfur.', '90,000'), 'displaced/fled');
    assert.equal(kind('Soldiers evacuated 650 residents from the frontline village of Novomykhailivka.', '650'), 'displaced/fled');
  });

  it('the displaced however moved: made homeless, pushed south, poured across the border', () => {
    assert.equal(kind('Some 300,000 people have been made homeless by the shelling.', 'Some 300,000'), 'displaced/fled');
    assert.equal(kind('Nearly 2 million people have been pushed south since October.', 'Nearly 2 million'), 'displaced/fled');
    assert.equal(kind('Around 50,000 people poured across the border in a single day.', 'Around 50,000'), 'displaced/fled');
  });

  it('the trapped: remaining in, or sheltering in, a besieged place', () => {
    assert.equal(kind('Roughly 3,000 civilians remain in the encircled town of Avdiivka.', 'Roughly 3,000'), 'civilians/trapped');
    assert.equal(kind('Some 600 people are sheltering in the basement of the besieged hospital.', 'Some 600'), 'civilians/trapped');
    // a part of the wounded with the whole's count between: "4 of the 12 wounded"
    assert.equal(meaning('At least 4 of the 12 wounded are in critical condition.', 'At least 4'), 'casualties/wounded/civilians-among-wounded');
    assert.equal(kind('A quarter of a million people are cut off from aid in the city.', 'A quarter of a million'), 'civilians/trapped');
  });

  it('populations: a population of, home to, living under', () => {
    assert.equal(kind('The town, with a population of 70,000, changed hands twice.', '70,000'), 'civilians/population');
    assert.equal(kind('The valley is home to 250,000 people.', '250,000'), 'civilians/population');
    assert.equal(kind('Nearly two million people are living under rebel control.', 'Nearly two million'), 'civilians/population');
  });

  it('territory: seized km2, overran district centres, a percentage held', () => {
    assert.equal(kind('The rebels seized 250 km2 near the border.', '250 km2'), 'territory/controlled');
    assert.equal(kind('Militants overran nine district centres in a week.', 'nine'), 'territory/controlled');
    assert.equal(kind('About 40 percent of the city is held by government troops.', 'About 40 percent'), 'territory/controlled');
    // a share of what a place owns is no share of its ground; a share of a place by any spelling is
    assert.equal(kind("Forces loyal to the general control about 80 percent of Libya's oil fields.", 'about 80 percent'), 'other/other');
    assert.equal(kind("The army controls 40% of the country's oil output.", '40%'), 'other/other');
    assert.equal(kind("The militia holds nearly 25 percent of the country's territory.", 'nearly 25 percent'), 'territory/controlled');
    assert.equal(kind('The insurgents control roughly one quarter of oil-rich Kirkuk province.', 'roughly one quarter'), 'territory/controlled');
  });

  it('the displaced have fled; those who returned are no longer displaced', () => {
    assert.notEqual(kind('Some 300 families returned to their homes in the old city of Mosul.', 'Some 300'), 'displaced/fled');
    assert.equal(kind('Some 300 families fled their homes in the old city of Mosul.', 'Some 300'), 'displaced/fled');
  });

  it('forces: deployed, holed up, massed near', () => {
    assert.equal(kind('The army has deployed 3,000 troops to the province.', '3,000'), 'combatants/remaining');
    assert.equal(kind('About 150 gunmen are holed up in the old quarter.', 'About 150'), 'combatants/remaining');
    assert.equal(kind('Rebels have massed 2,000 fighters near the airport.', '2,000'), 'combatants/remaining');
    // fighters whom a verb counts without befalling them are a force; some of them ("two of the attackers") are not its size
    assert.equal(kind('Around 40 gunmen attacked the village before dawn.', 'Around 40'), 'combatants/remaining');
    assert.equal(kind('Some 1,500 insurgents have massed on the edge of the city.', 'Some 1,500'), 'combatants/remaining');
    assert.equal(kind('At least 3,000 Shabaab fighters are believed to be holding out in the forest.', 'At least 3,000'), 'combatants/remaining');
    assert.equal(kind('Nearly 900 U.S. troops remain in the province.', 'Nearly 900'), 'combatants/remaining');
    assert.equal(meaning('Two of the attackers blew themselves up at the gate.', 'Two'), 'combatants/remaining/null');
    // prisoners are no force, and hostages held no population; a toll of them is a toll
    assert.equal(kind('Five soldiers were captured near the border.', 'Five'), 'combatants/other');
    assert.equal(kind('The group is holding about 240 hostages in the enclave.', 'about 240'), 'other/other');
    assert.equal(kind('Militants killed 12 hostages.', '12'), 'casualties/killed');
  });

  it('a toll said by a judgement, a harm caused to them, a noun of killing; people counted for anything else are no category of people', () => {
    assert.equal(kind('All six people on board were assumed dead, the ministry said.', 'six'), 'casualties/killed');
    assert.equal(kind('The rockets caused cases of asphyxiation to more than 35 people in the suburb.', 'more than 35'), 'casualties/wounded');
    assert.equal(kind('Rights groups condemned the murder of 14 farmers near Bunia.', '14'), 'casualties/killed');
    assert.equal(kind('More than 300 people attended the funeral in Gao.', 'More than 300'), 'other/other');
    assert.equal(kind('The clinic provides care for around 8,000 people.', 'around 8,000'), 'other/other');
  });

  it('the missing are neither dead nor hurt, whatever the toll before them', () => {
    assert.equal(kind('The landslide left 2 dead and 3 missing in the valley.', '3').split('/')[1], 'other');
    assert.equal(kind('The militia executed around 300 men in the town while 240 more have gone missing.', '240').split('/')[1], 'other');
    assert.equal(kind('Two fishermen were killed and three are missing after the shelling.', 'three').split('/')[1], 'other');
    assert.equal(kind('Two fishermen were killed and three are missing after the shelling.', 'Two'), 'casualties/killed');
  });

  it('a force that lost men lost its own fighters; fighters on both sides are no one side\'s', () => {
    assert.equal(meaning('According to the monitor Al-Shabaab has lost 460 fighters in the battle and the army has lost at least 89.', '460'), 'casualties/killed/al-shabaab-fighters-killed');
    assert.equal(meaning('According to the monitor Al-Shabaab has lost 460 fighters in the battle and the army has lost at least 89.', 'at least 89'), 'casualties/killed/unidentified-fighters-killed');
    assert.equal(kind('The militia lost 2 tanks near the river.', '2'), 'other/other');
    assert.equal(meaning('The battle has killed some 300 fighters on both sides, the monitor said.', 'some 300'), 'casualties/killed/unidentified-fighters-killed');
  });

  it('a part of a toll listed after a first item with no count: "among them a child and two women"', () => {
    assert.equal(kind('Eleven civilians were killed among them a child and two women while 44 others were injured.', 'two'), 'casualties/killed');
    assert.equal(kind('The strike killed 12 people including a woman and three children.', 'three'), 'casualties/killed');
  });

  it('a part named after "of the" reaches a longer phrase, and an acronym in it is a name', () => {
    assert.equal(meaning('Fourteen of the IS group fighters were killed as they tried to enter the village.', 'Fourteen'), 'casualties/killed/islamic-state-fighters-killed');
    assert.equal(meaning('The monitor mourned the death of five of the finest volunteering rescue workers in the town.', 'five').split('/')[2], 'rescuers-killed');
  });

  it('a count after one fighter who is no figure counts fighters too', () => {
    assert.match(meaning('A Malian soldier was killed and three were wounded near Gao.', 'three'), /^casualties\/wounded\/.*fighters-wounded$/);
    assert.equal(meaning('A child was killed and 4 others were hurt.', '4'), 'casualties/wounded/civilians-wounded');
  });

  it('the dead are not the side of the fighters who killed them, a relative clause between', () => {
    assert.equal(meaning('Hezbollah fighters who killed 20 militants returned home.', '20'), 'casualties/killed/unidentified-fighters-killed');
  });

  it('militants are no state\'s forces, even when a state\'s forces are counted beside them', () => {
    assert.equal(meaning('At least 41 members of the security forces and 12 militants were killed in the raid.', '12'), 'casualties/killed/unidentified-fighters-killed');
  });

  it('a harm said after another participle, a killing said by a phrase, a family named for its members', () => {
    assert.equal(kind('Rights groups said 41 prisoners were rounded up and executed by the militia.', '41'), 'casualties/executed');
    assert.equal(kind('Twelve villagers were abducted and later killed by the gunmen.', 'Twelve'), 'casualties/killed');
    assert.equal(kind('Nine farmers were shot dead near Makurdi.', 'Nine'), 'casualties/killed');
    assert.equal(kind('Ten men were detained, tortured and killed by the militia.', 'Ten'), 'casualties/killed');
    assert.equal(kind('At least 15 villagers have been shot beheaded or both, the church said.', 'At least 15'), 'casualties/executed');
    assert.equal(kind('Six people were arrested and released.', 'Six'), 'other/other');
    // a verb of its own that takes people and harms none keeps the toll beside it from them
    assert.equal(kind('The army said it had killed 15 militants and arrested 30 others.', '30'), 'other/other');
    assert.equal(kind('Troops Kill 30 Terrorists Free 19 Civilians in Hama', '19'), 'other/other');
    // a killing by a firing squad is an execution
    assert.equal(kind('The militia killed 20 prisoners by firing squad.', '20'), 'casualties/executed');
    assert.equal(kind('Twelve men were shot by a firing squad in the square.', 'Twelve'), 'casualties/executed');
    // a state as a count's own noun inside a toll says what befell it
    assert.equal(kind('The attack left 60 casualties, including 20 dead.', '20'), 'casualties/killed');
    assert.equal(kind('Four protesters were beaten to death by the police.', 'Four'), 'casualties/killed');
    assert.equal(kind('The air strike killed a family of seven in Saada.', 'seven'), 'casualties/killed');
    assert.equal(kind('The shelter took in a family of six.', 'six'), 'other/other');
    // "identified as" opens no clause: the main verb after the relative clause says what befell them
    assert.equal(kind('A total of 70 militants who were later identified as foreigners were eliminated near the town.', '70'), 'casualties/killed');
  });

  it('who is counted: a named side\'s fighters, children, and households that are never read as people', () => {
    assert.equal(meaning('Some 300 Islamic State fighters were killed in the strikes.', 'Some 300'), 'casualties/killed/islamic-state-fighters-killed');
    assert.equal(meaning('Eleven schoolchildren were wounded by the blast in Kandahar.', 'Eleven'), 'casualties/wounded/children-wounded');
    // one role however worded: "medical staff" and "health workers" are medics; "rescue workers" and "civil defence
    // volunteers" are rescuers; "aid workers" are neither
    assert.deepEqual(['Two medical staff were killed in Kherson.', 'Two health workers were killed in Kherson.', 'Two medics were killed in Kherson.'].map((t) => meaning(t, 'Two')), Array(3).fill('casualties/killed/medics-killed'));
    assert.deepEqual(['Three rescue workers were killed in Rafah.', 'Three civil defence volunteers were killed in Rafah.'].map((t) => meaning(t, 'Three')), Array(2).fill('casualties/killed/rescuers-killed'));
    assert.equal(meaning('Five aid workers were killed in Rafah.', 'Five'), 'casualties/killed/workers-killed');
    const households = figures('About 800 families fled the shelling in Sittwe.')[0];
    assert.deepEqual([households.event, households.group, households.low], ['fled', 'households-fled', 800]);
  });

  it('a hyphenated word inside the counted noun phrase keeps it whole: pro-government fighters are no civilians', () => {
    assert.equal(meaning('Clashes near the dam killed 12 pro-government fighters on Monday.', '12'), 'casualties/killed/unidentified-fighters-killed');
    assert.equal(meaning('Drone strikes killed 15 Russian-backed separatists near Donetsk.', '15').split('/').slice(0, 2).join('/'), 'casualties/killed');
    assert.match(meaning('Army Kills 40 al-Shabaab Members in Ambush', '40'), /^casualties\/killed\/.*-fighters-killed$/);
    // "foreign" in "foreign-backed" says who backs them, not that they are foreigners
    assert.doesNotMatch(meaning('Air strikes killed 30 foreign-backed militants in Idlib.', '30'), /foreign/);
  });

  it('headlines of two counts with a hedge, and a part named after "of them were"', () => {
    const headline = 'Three killed over 70 injured in militia attack on Beni market';
    assert.equal(kind(headline, 'Three'), 'casualties/killed');
    assert.equal(kind(headline, 'over 70'), 'casualties/wounded');
    assert.equal(kind('At least 57 Civilians killed More than 150 Injured in Shelling of Donetsk', 'At least 57'), 'casualties/killed');
    assert.equal(meaning('Shelling killed 1102 people in Sanaa, and 234 of them were children.', '234'), 'casualties/killed/children-killed');
    assert.equal(meaning('The blast killed 40 people, 12 of whom were women.', '12'), 'casualties/killed/women-killed');
    // a headline repeated with no stop between: the count inside the toll is of the toll, not the subject of the next "kills"
    const twice = figures('Strike kills 15 including 4 children in Marib Monitor Strike kills 15 including 4 children in Marib Monitor');
    assert.deepEqual(twice.filter((f) => f.text === '4').map((f) => f.group), ['children-killed', 'children-killed']);
  });

  it('a toll said again for another place, its verb left out: "and one in Harasta", "another five outside Kobane"', () => {
    assert.equal(kind('Five civilians were killed in the town of Bakhmut and one in the town of Siversk, officials said.', 'one'), 'casualties/killed');
    assert.match(meaning('Thirty militants were killed near Gao and another five outside the town of Menaka.', 'five'), /^casualties\/killed\/.*-fighters-killed$/);
    assert.equal(kind('Drone strikes killed 19 people outside Kadugli and another 23 people in the town of Dilling.', '23'), 'casualties/killed');
    // a count with a state of its own, or of things, is no toll said again
    assert.equal(kind('Since then 300,000 people have been killed and more than 10 million displaced across the country.', 'more than 10 million'), 'displaced/fled');
    assert.equal(kind('Strikes killed 10 people and destroyed 3 houses in the town.', '3'), 'other/other');
    // "20+ killed"; the dead "among the ranks of" an armed group are its men
    assert.deepEqual(['20+', 'at-least', 'killed'], ((f) => [f.text, f.qualifier, f.event])(figures('Initial reports of 20+ killed and many injured in Sumy.')[0]));
    assert.match(meaning('There were at least 15 dead among the ranks of the Wagner group, the monitor said.', 'at least 15'), /-fighters-killed$/);
  });

  it('a part of the dead or wounded, a list by place without its commas, a date after a headline\'s verb', () => {
    assert.equal(meaning('Drone strikes on Sumy killed ten civilians on Tuesday. Two of the victims were minors.', 'Two'), 'casualties/killed/children-killed');
    assert.equal(meaning('Three of the wounded are in critical condition, doctors said.', 'Three'), 'casualties/wounded/civilians-among-wounded');
    const list = figures('The media office said 150 bodies were counted in Hammouriya 100 in Kfar Batna 67 in Saqba and 40 in Erbin.');
    assert.deepEqual(list.map((f) => `${f.text}/${f.event}`), ['150/killed', '100/killed', '67/killed', '40/killed']);
    assert.equal(kind('Suicide bomber targets wedding in Kano 20 killed 3 Oct 2016', '20'), 'casualties/killed');
    assert.equal(kind('Clan Battle in Rural Jonglei 13 Killed 23-09-2013', '13'), 'casualties/killed');
    // "2 killed others injured": the state right after a count is its own, not a word of the noun after it
    assert.equal(kind('2 killed others injured in shelling of Kharkiv', '2'), 'casualties/killed');
    assert.equal(kind('Five killed four injured in attacks on Kharkiv', 'Five'), 'casualties/killed');
    // a part takes its own toll's verb, not an earlier one's; a participle describing a place is no verb of it
    assert.equal(kind('A child was killed and six other civilians including three children were injured in the shelling.', 'three'), 'casualties/wounded');
    assert.equal(meaning('Air strikes killed 34 civilians among them 15 children in a village held by the rebels.', '15'), 'casualties/killed/children-killed');
    // "... according to the monitor, as well as three rescue workers": the list's last item; not a count of things
    assert.equal(meaning('Strikes on Gaza killed at least 66 civilians including 13 children according to the ministry as well as three rescue workers.', 'three'), 'casualties/killed/rescuers-killed');
    assert.equal(kind('The army killed 20 militants as well as 3 vehicles.', '3'), 'other/other');
    assert.equal(kind('The shelling killed 10 civilians in the village in addition to one local man.', 'one'), 'casualties/killed');
    // a family listed among the dead, and the item after it, are parts of the toll, never rival counts of it
    const family = figures('The strike hit a plant, claiming the lives of three workers an entire family of six displaced people who were living in the village in addition to one local man.');
    assert.deepEqual(family.map((f) => f.group), ['workers-killed', 'civilians-among-killed', 'civilians-among-killed']);
    // "the two sides" counts sides: it restates no earlier count of two
    const sides = figures('Shelling killed two civilians in Homs. In May more than 300 people were killed in a battle between the two sides.');
    assert.deepEqual(sides.map((f) => f.group), ['civilians-killed', 'civilians-killed', null]);
    // after fighters: "more than 100 wounded" are theirs; "and 6 vehicles" count vehicles, not the fighters' noun
    assert.match(meaning('Nearly 75 militants were killed and more than 100 wounded in the failed assault on Tal Afar.', 'more than 100'), /^casualties\/wounded\/.*-fighters-wounded$/);
    assert.match(meaning('The assault left 30 foreign-backed Shabaab militants dead and more than 100 wounded.', 'more than 100'), /^casualties\/wounded\/.*-fighters-wounded$/);
    assert.equal(kind('Strikes killed 7 militants and 5 were injured and 6 vehicles were destroyed.', '6'), 'other/other');
    assert.equal(kind('The hospital recorded four deaths from gas poisoning and 55 injuries.', '55'), 'casualties/wounded');
    // a part is of its own whole: the displaced's refugees are displaced, the fighters' natives are fighters
    assert.equal(kind('The war has killed 300,000 people and nine million have been driven from their homes, including 2.6 million refugees.', '2.6 million'), 'displaced/fled');
    assert.match(meaning('Strikes on the command post killed up to 80 Shabaab fighters including nine natives of Kenya.', 'nine'), /-fighters-killed$/);
    // "two tanks an armored personnel carrier" counts tanks; "one of them a woman" a woman
    assert.equal(kind('Missile attacks also destroyed two tanks an armored personnel carrier and a vehicle.', 'two'), 'other/other');
    assert.equal(meaning('Rockets hit the market injuring two people one of them a woman.', 'one'), 'casualties/wounded/women-wounded');
    // "37 hurt including children": the part's noun is no noun of the whole; siblings are people; a next clause's
    // subject is no object of a headline's verb
    assert.equal(meaning('Only wounded were among the casualties, with at least 37 hurt including children.', 'at least 37'), 'casualties/wounded/civilians-wounded');
    assert.equal(kind('A helicopter struck the house with chlorine gas, killing the four siblings and their father.', 'four'), 'casualties/killed');
    assert.match(meaning('Islamic State on the Run in Raqqa Province 30 Terrorist Killed Reports said.', '30'), /^casualties\/killed\/.*fighters-killed$/);
    // "of the 45 civilians killed, the most ...": after "the", a participle with no count as object describes them
    assert.equal(kind('Of the 45 civilians killed the highest number were in the market of Bor.', '45'), 'casualties/killed');
    assert.equal(kind('The three bombers killed two people near the station.', 'three'), 'combatants/remaining');
    // an attack that "claims" people kills them; a group that claims attacks does not
    assert.equal(meaning('Mortar Attack on Mogadishu School Claims 11 Children', '11'), 'casualties/killed/children-killed');
    assert.equal(kind('The group claimed 3 attacks on the city.', '3'), 'other/other');
  });

  it('rebels, opposition fighters and Kurdish fighters no group names are their side\'s, never the group that attacked them', () => {
    assert.equal(meaning('An Islamic State suicide bomber killed more than 30 Syrian rebels near the border, Islamic State said.', 'more than 30'), 'casualties/killed/rebel-fighters-killed');
    assert.equal(meaning('Al-Shabaab said its fighters killed 14 opposition fighters in the ambush.', '14'), 'casualties/killed/rebel-fighters-killed');
    assert.equal(meaning('Twin blasts claimed by Islamic State killed 30 Kurdish fighters in Kobani.', '30'), 'casualties/killed/kurdish-fighters-killed');
    assert.equal(meaning('The army said it killed 32 rebels in an ambush, the Syrian Arab Army said.', '32'), 'casualties/killed/rebel-fighters-killed');
    // the count listed after them is of the same side; "Syrian opposition" in the phrase names the side, not a group
    assert.equal(meaning('It said two Syrian rebels had been killed and 19 wounded in the latest fighting.', '19'), 'casualties/wounded/rebel-fighters-wounded');
    assert.equal(meaning('Air strikes killed 20 Syrian opposition fighters near Aleppo.', '20'), 'casualties/killed/rebel-fighters-killed');
    // the attacker named as the subject of "killed" is not whose fighters died; one struck in a phrase before it may be
    assert.equal(meaning('Hezbollah killed 20 militants in Qalamoun.', '20'), 'casualties/killed/unidentified-fighters-killed');
    // a participle's doer is its sentence's subject: "The SDF foiled an attack, killing 80 militants"
    assert.equal(meaning('The Syrian Democratic Forces foiled a large attack near the town killing 80 militants.', '80'), 'casualties/killed/unidentified-fighters-killed');
    assert.equal(meaning('Islamic State attacked the town. Peshmerga forces have killed 25 militants near Mosul.', '25'), 'casualties/killed/islamic-state-fighters-killed');
    assert.equal(meaning('Coalition air raids on ISIL positions near Kobani killed 35 fighters.', '35'), 'casualties/killed/islamic-state-fighters-killed');
    // a group the noun phrase names wins
    assert.equal(meaning('Air strikes killed 20 Islamic State rebels near Raqqa.', '20'), 'casualties/killed/islamic-state-fighters-killed');
  });

  it('a date written in numbers ("04-04-2016", "16.04.2017") is no count, and leaves the count beside it alone', () => {
    const found = figures('Raids Kill 20 Militants in Idlib 04-04-2016. Updated 16.04.2017 Strikes killed 10-15 fighters.');
    assert.deepEqual(found.map((f) => f.text), ['20', '10-15']);
  });

  it('a count inside a toll, or listed after one, counts what that toll does', () => {
    const text = 'A total of 54 civilians were killed in the raids on Tuesday, including 9 in Salihin, 8 in Ansari and 5 in Mayassar.';
    for (const span of ['9', '8', '5']) assert.equal(kind(text, span), 'casualties/killed');
    assert.equal(kind('The shelling killed 40 people, two of them paramedics.', 'two'), 'casualties/killed');
  });

  it('a count of civilians inside a toll, or listed after such a part, is the civilians among those it counts', () => {
    const text = 'Strikes on Aleppo killed 41 people on Tuesday, including 9 in Salihin, 8 in Ansari and 5 in Mayassar.';
    for (const span of ['9', '8', '5']) assert.equal(meaning(text, span), 'casualties/killed/civilians-among-killed');
    assert.equal(meaning('The blast killed 31 people including dozens of women and children.', 'dozens'), 'casualties/killed/civilians-among-killed');
    // the wounded of "killing 15 and injuring dozens of them" are no part of the dead
    assert.notEqual(meaning('Troops ambushed a convoy, killing 15 civilians and injuring dozens of them.', 'dozens').split('/')[2], 'civilians-among-wounded');
  });

  it("a count's own verb of no event keeps the verb of the clause before from it; a relative clause then says it", () => {
    const text = 'Shelling killed more than 100 civilians and 500 others have been treated since, medics said.';
    assert.equal(kind(text, 'more than 100'), 'casualties/killed');
    assert.notEqual(kind(text, '500').split('/')[1], 'killed');
    assert.equal(kind('About 300 civilians who fled on Tuesday were screened by the SDF.', 'About 300'), 'displaced/fled');
    assert.equal(kind('Twelve bodies were found dead near the river.', 'Twelve'), 'casualties/killed');
    assert.equal(kind('At least 5,000 fighters had decided to remain in the town.', 'At least 5,000'), 'combatants/remaining');
  });

  it('two values after one verb take their own heads: "put the death toll at six and the number of injured at 28"', () => {
    assert.equal(kind('The governor put the death toll at six and the number of injured at 28.', '28'), 'casualties/wounded');
    assert.equal(kind('The governor put the death toll at six and the number of injured at 28.', 'six'), 'casualties/killed');
    // a number that is no value ("in the past 24 hours") leaves the toll its head
    assert.equal(kind('The death toll from the shelling of Kharkiv in the past 24 hours has reached 20 people in addition to dozens of others injured.', '20'), 'casualties/killed');
  });

  it('a participle with a preposition after the noun opens a relative clause without its pronoun; the main verb after it says what befell them', () => {
    assert.equal(kind('Dozens of hostages taken by al-Shabaab in Mogadishu last year have been executed.', 'Dozens'), 'casualties/executed');
    assert.equal(kind('At least 40 civilians trapped in the old city of Mosul were killed by air strikes on Tuesday.', 'At least 40'), 'casualties/killed');
    // a main verb of no event, or of going on, leaves the participle to say it
    assert.equal(kind('Forty civilians killed in the strike on Sanaa were buried on Friday.', 'Forty'), 'casualties/killed');
    assert.equal(kind('Nearly 200,000 civilians trapped in El Fasher have been suffering a double siege.', 'Nearly 200,000'), 'civilians/trapped');
  });

  it('the hurt, named by no word of harm: taken for treatment, received by a hospital, affected by an attack, suffering', () => {
    assert.equal(kind('Twenty-six patients were rushed to hospital in Mocoa after the explosion.', 'Twenty-six'), 'casualties/wounded');
    assert.equal(kind('A clinic in Zinjibar received 14 victims with burns on Sunday.', '14'), 'casualties/wounded');
    assert.equal(kind('Rescuers said 60 villagers were affected by the chlorine attack on Saraqib.', '60'), 'casualties/wounded');
    assert.equal(kind('The blast killed nine and inflicted harm on a further 70 passengers.', '70'), 'casualties/wounded');
    assert.equal(kind('The strike on Marib left about 40 people suffering from breathing problems.', 'about 40'), 'casualties/wounded');
    // old and official words of killing: "slew", "slain", "the elimination of"
    assert.equal(kind('Government troops slew nearly 170 insurgents in the valley last week.', 'nearly 170'), 'casualties/killed');
    assert.equal(kind('Twelve soldiers were slain in the ambush near the pass.', 'Twelve'), 'casualties/killed');
    assert.equal(kind('The ministry confirmed the elimination of 34 militants near the border.', '34'), 'casualties/killed');
    // want or illness is no wound: "suffering acute malnutrition", "suffer from hunger"
    assert.notEqual(kind('In the besieged camp more than 1,100 children are suffering acute malnutrition, UNICEF said.', 'more than 1,100'), 'casualties/wounded');
    assert.notEqual(kind('Some 300 displaced families suffer from hunger and disease in the camps.', 'Some 300'), 'casualties/wounded');
    // what is hit, what is fired, and a count the -ing verb takes as its object are none of the hurt
    assert.notEqual(kind('The three clinics that were hit were taken off the grid by the shelling.', 'three').split('/')[0], 'casualties');
    assert.notEqual(kind('Drones fired four missiles at the camp wounding dozens of people.', 'four').split('/')[0], 'casualties');
    // a verb after "to" inside an aside is the aside's: the people the supplies are for were not treated
    assert.notEqual(kind('The trucks carried supplies for 12,000 people including medicine to treat burns to Kharkiv.', '12,000').split('/')[0], 'casualties');
    assert.equal(kind('Shells hit Kharkiv killing 5 civilians including 2 women injuring 31 others.', '2'), 'casualties/killed');
  });

  it('fighters named before the state they are counted by, and a state\'s forces never the insurgents\' dead', () => {
    assert.equal(meaning('Islamic State raided the town. 29 Kurdish Rebels Dead In Ambush Near Kobani', '29').split('/').slice(0, 2).join('/'), 'casualties/killed');
    assert.match(meaning('Islamic State raided the town. 29 Rebels Dead In Ambush Near Kobani', '29'), /-fighters-killed$/);
    // a fighter's noun in the singular, as some outlets write it, right before the state counted; not a describing word
    assert.match(meaning('Army repels attack near Hama. Nearly 40 terrorist killed in the clashes.', 'Nearly 40'), /^casualties\/killed\/.*-fighters-killed$/);
    assert.doesNotMatch(meaning('Nearly 40 terrorist attacks were recorded in the province last year.', 'Nearly 40'), /fighters/);
    // a bare count listed right after a count of fighters counts the same fighters
    assert.equal(meaning('Air strikes on the camp killed 12 Islamic State fighters and wounded dozens, a monitor said.', 'dozens'), 'casualties/wounded/islamic-state-fighters-wounded');
    const soldiers = 'An Islamic State counteroffensive near Tabqa has left 40 government soldiers dead, Islamic State said.';
    assert.match(meaning(soldiers, '40'), /^casualties\/killed\/.*-fighters-killed$/);
    assert.doesNotMatch(meaning(soldiers, '40'), /islamic-state/);
  });

  it('a headline said again at the head of the body ends there: the militants after it begin the next sentence', () => {
    const text = 'Al-Shabaab Mortar Attack on Market Kills 3 Wounds 20\n\n05-02-2019 Al-Shabaab Mortar Attack on Market Kills 3 Wounds 20 Militants of the al-Qaeda-linked group fired mortar shells at a market in Mogadishu, police said.';
    const tolls = figures(text).filter((f) => f.text === '20');
    assert.equal(tolls.length, 2);
    assert.deepEqual(tolls.map((f) => `${f.event}/${f.group}`), ['wounded/civilians-wounded', 'wounded/civilians-wounded']);
    // the toll's own words name whose it is, whatever the next sentence says
    assert.match(meaning('The clashes brought the number of militant casualties to over 300. Most of the dead were shot.', 'over 300'), /-fighters-killed-or-wounded$/);
    assert.match(meaning('Shelling brought the death toll to 45. Militants of the group fired the shells.', '45'), /^casualties\/killed\/civilians-killed$/);
    assert.match(meaning('The downing brought the toll for British soldiers killed in Helmand to 18.', '18'), /-fighters-killed$/);
  });

  it('a name is no verb and no end of the counted noun phrase; a state left in, past an aside and a count listed with it', () => {
    assert.equal(kind('According to a source at the Kabul Police Command two people were killed and 15 others were injured.', 'two'), 'casualties/killed');
    assert.match(meaning('Thirteen fighters of the Movement for Unity and Jihad in West Africa were killed in clashes near Gao.', 'Thirteen'), /^casualties\/killed\/.*fighters-killed$/);
    assert.equal(kind('Dozens of others were left injured, a medic said.', 'Dozens'), 'casualties/wounded');
    const text = 'The fighting left 23 civilians - including nine children - and 16 soldiers dead, the monitor said.';
    assert.equal(kind(text, '23'), 'casualties/killed');
    assert.equal(kind(text, 'nine'), 'casualties/killed');
    // with no verb of its own, the state before the counted noun; with one, the verb
    assert.equal(kind('The death toll in Mariupol reached 12 in addition to 40 injured people.', '40'), 'casualties/wounded');
    assert.equal(kind('Six injured civilians died in hospital on Saturday.', 'Six'), 'casualties/killed');
    // two states before their noun: the dead and the wounded of that noun, wherever they were taken
    assert.match(meaning('The army retook the ridge. The militants left behind scores of dead and wounded members and fled.', 'scores'), /^casualties\/killed-or-wounded\/.*fighters-killed-or-wounded$/);
    assert.equal(kind('Hundreds of dead and injured people were rushed to makeshift hospitals.', 'Hundreds'), 'casualties/killed-or-wounded');
    // an attribution or a ceiling between a count and its verb, with or without its commas
    assert.equal(kind('Hundreds of people up to 1,429 according to a US intelligence report were killed in the attack.', 'Hundreds'), 'casualties/killed');
    assert.equal(kind('Hundreds of people up to 1,429 according to a US intelligence report were killed in the attack.', 'up to 1,429'), 'casualties/killed');
    assert.equal(kind('At least 20 people, according to the health ministry, were killed in the strike on Kherson.', 'At least 20'), 'casualties/killed');
    // the count's own noun, not one of a noun phrase begun after it
    assert.notEqual(kind('One video showed the bodies of a dozen people lying on the floor.', 'One').split('/')[0], 'casualties');
    assert.notEqual(kind('Jets carried out 182 strikes against the positions of the militants.', '182').split('/')[0], 'territory');
    assert.equal(kind('Dozens of the wounded were taken to Turkey.', 'Dozens'), 'casualties/wounded');
    // a count of the victims is a part of them, whatever befell it
    assert.equal(meaning('Strikes killed 40 people. Half a dozen wounded children waited. Fourteen of the victims died in one strike.', 'Fourteen').split('/')[2], 'civilians-among-killed');
  });

  it('bad or odd input: a line of numbers or a pasted table is found, typed other, never a guess', () => {
    const found: Figure[] = figures('Casualties: 12, 15, 19, 22.\nRegion | Killed | Wounded\nNorth | 12 | 40\nSouth | 7 | 0');
    assert.deepEqual(found.map((f) => f.low), [12, 15, 19, 22, 12, 40, 7, 0]);
    assert.ok(found.every((f) => f.category === 'other' && f.group === null), JSON.stringify(found.map((f) => [f.text, f.category, f.event])));
    assert.deepEqual(figures('12 15 2,000 ... -- 40%').map((f) => f.text), ['12', '15', '2,000', '40%']);
  });
});
