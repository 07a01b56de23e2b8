import * as assert from 'node:assert/strict';
import { findEntities } from '../../src/core/entities/scan';
import { defaultLexicon } from '../../src/core/lexicon/bundled';
import { tokenize } from '../../src/core/text/tokens';

// Sentences of our own about wars beyond Syria and Iraq: the world's gazetteer, its guards, and the rules that
// read a name by its shape.

const entities = (text: string) => findEntities(tokenize(text), defaultLexicon());
const found = (text: string, type: string) => entities(text).filter((e) => e.type === type).map((e) => e.text);
const placeNamed = (text: string, name: string) => entities(text).find((e) => e.type === 'place' && e.text === name);

describe('the world gazetteer: towns of other wars, with their province and country', () => {
  const towns: [string, string, string][] = [
    ['Russian artillery hit Mariupol overnight.', 'Mariupol', 'Ukraine'],
    ['Ukrainian units withdrew from Bakhmut in May.', 'Bakhmut', 'Ukraine'],
    ['Drones struck Kherson on Sunday.', 'Kherson', 'Ukraine'],
    ['The RSF entered Wad Madani in December.', 'Wad Madani', 'Sudan'],
    ['Shelling of El Obeid continued for a week.', 'El Obeid', 'Sudan'],
    ['Families fled Rafah as the strikes went on.', 'Rafah', 'Palestine'],
    ['Boats left Sittwe with hundreds aboard.', 'Sittwe', 'Myanmar'],
    ['Militia attacks near Bunia displaced thousands.', 'Bunia', 'Democratic Republic of the Congo'],
    ['Jihadists attacked Gao on Sunday.', 'Gao', 'Mali'],
    ['A suicide bomber struck Maiduguri.', 'Maiduguri', 'Nigeria'],
    ['Al-Shabaab fighters raided Baidoa.', 'Baidoa', 'Somalia'],
  ];
  for (const [sentence, name, country] of towns) {
    it(`${name} is a town of ${country}`, () => {
      const place = placeNamed(sentence, name);
      assert.ok(place, `${name} found in "${sentence}": ${JSON.stringify(entities(sentence))}`);
      assert.equal(place.ref.country, country);
      assert.ok(place.ref.admin1, 'it lies in a province');
      assert.ok(place.ref.lat !== undefined && place.ref.lon !== undefined, 'its position is known');
    });
  }

  it('the spellings news use name one town: Kiev is Kyiv, Dnipropetrovsk is Dnipro, Sana\'a is Sanaa, Bahar Dar is Bahir Dar', () => {
    const canonical = (sentence: string, name: string) => placeNamed(sentence, name)?.canonical;
    assert.equal(canonical('Talks in Kiev failed.', 'Kiev'), canonical('Talks in Kyiv failed.', 'Kyiv'));
    assert.equal(canonical('Missiles hit Dnipropetrovsk.', 'Dnipropetrovsk'), 'Dnipro');
    assert.equal(canonical('Airstrikes on Sana\'a resumed.', 'Sana\'a'), canonical('Airstrikes on Sanaa resumed.', 'Sanaa'));
    assert.equal(canonical('Clashes near Bahar Dar were reported.', 'Bahar Dar'), 'Bahir Dar');
    assert.equal(canonical('Shelling of Nikolayev went on.', 'Nikolayev'), 'Mykolaiv');
    assert.equal(canonical('A missile hit the station in Kramatorsk.', 'Kramatorsk'), 'Kramatorsk', "GeoNames writes Kramators'k");
    assert.equal(canonical("Envoys met in Xi'an.", "Xi'an"), "Xi'an", 'an apostrophe between syllables stays');
  });

  it('other transliterations of a town\'s name find it: Teheran is Tehran, Bangalore is Bengaluru, Jenin is Jenin', () => {
    const canonical = (sentence: string, name: string) => placeNamed(sentence, name)?.canonical;
    assert.equal(canonical('Envoys met in Teheran.', 'Teheran'), 'Tehran');
    assert.equal(canonical('Protests spread to Bangalore.', 'Bangalore'), 'Bengaluru');
    const jenin = placeNamed('Troops raided Jenin at dawn.', 'Jenin');
    assert.equal(jenin?.canonical, 'Jenin');
    assert.equal(jenin?.ref.country, 'Palestine');
  });

  it('a variant that is an everyday word is the word, however large its town: "lime" is not Lima', () => {
    assert.deepEqual(found('Lime and Logos were on the table.', 'place'), []);
  });

  it('a town named like an everyday word is the word: "the summit", "mobile phones", "split"', () => {
    assert.deepEqual(found('The Summit ended without a deal.', 'place'), []);
    assert.deepEqual(found('Mobile networks were cut and the coalition Split over aid.', 'place'), []);
  });

  it('provinces as news name them: "North Kivu" for GeoNames\' Nord Kivu, "North Darfur" for Northern Darfur, "Kachin State"', () => {
    const province = (sentence: string, name: string) => placeNamed(sentence, name);
    assert.equal(province('Fighting spread across North Kivu.', 'North Kivu')?.canonical, 'Nord Kivu');
    assert.equal(province('Aid reached North Darfur and South Darfur.', 'North Darfur')?.ref.country, 'Sudan');
    assert.equal(province('Aid reached North Darfur and South Darfur.', 'South Darfur')?.kind, 'province');
    assert.equal(province('The army moved into Kachin State.', 'Kachin State')?.ref.country, 'Myanmar');
    assert.equal(province('Donetsk regional governor Pavlo Kyrylenko said 98 were wounded.', 'Donetsk')?.kind, 'province', 'the oblast, not the city');
    assert.equal(province('Shells hit Donetsk overnight.', 'Donetsk')?.kind, 'city');
    const sagaing = province('Jets struck a village in the Sagaing region.', 'Sagaing');
    assert.deepEqual([sagaing?.kind, sagaing?.ref.country], ['province', 'Myanmar'], 'the region named after the town, whatever GeoNames calls it');
  });

  it('a province named by an everyday word is found with the word for a province, and only then: Chin State, Plateau State', () => {
    assert.equal(placeNamed('Refugees crossed from Chin State.', 'Chin State')?.ref.country, 'Myanmar');
    assert.equal(placeNamed('Gunmen attacked villages in Plateau State.', 'Plateau State')?.ref.country, 'Nigeria');
    assert.deepEqual(found('He rested his chin on the plateau.', 'place'), []);
    assert.deepEqual(found('Rain fell on the Northern Region and the Central Province.', 'place'), []);
  });

  it('a very large city is found even when its name is a given name: Houston, Paris', () => {
    assert.deepEqual(found('Delegates flew from Houston to Paris.', 'place'), ['Houston', 'Paris']);
  });
});

describe('names no list holds, read by their shape and context', () => {
  it('a town after a given name is a surname: Philip Hammond, Scott C. Dayton', () => {
    assert.deepEqual(found('Philip Hammond said the talks would go on.', 'place'), []);
    assert.deepEqual(found('Petty Officer Scott C. Dayton died on Thursday.', 'place'), []);
  });

  it('after a quotation and "said", a name nothing else claims is the person quoted: "…operations," said Russell.', () => {
    assert.deepEqual(found('“It sets the conditions for future operations,” said Russell. “We look ahead.”', 'person'), ['Russell']);
    assert.deepEqual(found('"We will respond," said Monday.', 'person'), []);
  });

  it('a town ending a name the text says is a person\'s is that person\'s surname, whatever the given name: Getachew Reda', () => {
    assert.deepEqual(found('The spokesman Getachew Reda said 200 were killed.', 'person'), ['Getachew Reda']);
    assert.deepEqual(found('Getachew Reda, a TPLF spokesman, denied it.', 'person'), ['Getachew Reda']);
    assert.deepEqual(found('Troops entered Reda on Monday.', 'place'), ['Reda']);
  });

  it('a one-word town that is the surname of someone named in full is that person', () => {
    const mentions = entities('Foreign Secretary Philip Hammond arrived. Hammond said the ceasefire would hold.');
    const hammond = mentions.filter((m) => m.text === 'Hammond');
    assert.equal(hammond.length, 1);
    assert.equal(hammond[0].type, 'person');
    assert.equal(hammond[0].canonical, 'Philip Hammond');
  });

  it('a town of the world inside a longer Arabic name is not that town: Liwa al-Fateh, Kafr Naha, Samir al-Asmar', () => {
    assert.ok(!placeNamed('Liwa al-Fateh fighters advanced.', 'Liwa'));
    assert.ok(!placeNamed('Shells fell on Kafr Naha at dawn.', 'Naha'));
    assert.ok(!entities('Activist Samir al-Asmar was killed.').some((e) => e.type === 'place'));
  });

  it('a long name is one span: the Sudan Liberation Movement is one actor, not Sudan and a movement', () => {
    const mentions = entities('The Sudan Liberation Movement accused the army of the attack.');
    assert.deepEqual(mentions.map((m) => [m.type, m.text]), [['actor', 'Sudan Liberation Movement']]);
  });

  it('a place opening a name that ends in an organisation word names the organisation, unless it is a bare force', () => {
    const org = (text: string) => entities(text).filter((e) => e.type === 'actor').map((e) => [e.text, e.kind]);
    assert.deepEqual(org('The Azawad Liberation Front took the town.'), [['Azawad Liberation Front', 'armed-group']]);
    assert.deepEqual(org('The Kherson Regional Council met on Monday.'), [['Kherson Regional Council', 'organisation']]);
    assert.deepEqual(found('Troops of the Daraa Army moved north.', 'place'), ['Daraa'], 'a place and "Army" alone stay a place');
  });

  it('armed groups and monitors of other wars are known by name', () => {
    const actors = found('The Tatmadaw shelled the village, the Armed Conflict Location and Event Data Project said; ISWAP and JNIM were blamed elsewhere.', 'actor');
    assert.deepEqual(actors, ['Tatmadaw', 'Armed Conflict Location and Event Data Project', 'ISWAP', 'JNIM']);
  });
});

describe('names no list holds, read by the words around them', () => {
  const one = (text: string, name: string) => entities(text).find((e) => e.text === name);

  it('a name after "the village of", "the town of" is a place of that class, listed or not', () => {
    assert.equal(one('Fighting reached the village of Novoselivka Persha on Tuesday.', 'Novoselivka Persha')?.kind, 'village');
    assert.equal(one('Shells fell on the town of Tawila, residents said.', 'Tawila')?.type, 'place');
    assert.equal(one('Residents of the village of Bab Sharqi said 12 were killed.', 'Bab Sharqi')?.type, 'place', 'not the listed al-Bab');
    assert.deepEqual(found('Troops reached the town of Hope on Friday.', 'place'), [], 'an everyday word is not a town');
    assert.equal(one('Jets struck the village of al-Khwayn in southern Idlib.', 'al-Khwayn')?.kind, 'village', 'a name may open with a lower-case article');
    assert.equal(one('Mortars hit the neighbourhood of al-Sakhour on Sunday.', 'al-Sakhour')?.kind, 'neighbourhood');
    // once the text has made it a place, its name alone is that place wherever it is written again
    const again = entities('Shelling hit a school in the town of Tawila. A shell struck the gate of a school in Tawila killing five.').filter((e) => e.text === 'Tawila');
    assert.deepEqual(again.map((e) => [e.type, e.kind]), [['place', 'town'], ['place', 'town']]);
    // a word no list holds between "a" and a class of places describes it, as a demonym would
    assert.deepEqual(found('Jets struck a Damascan suburb town on Saturday.', 'place'), []);
    // a town of another country found by another of its names and written as a part of a city is the city's
    // neighbourhood; an article alone is no place
    const aleppo = entities('Fighting raged in Syria. Rocket shells fell on al-Hamadaniyeh and al-Midan neighborhoods in Aleppo city, killing three people.');
    const hamadaniyeh = aleppo.find((e) => e.text === 'al-Hamadaniyeh');
    assert.deepEqual([hamadaniyeh?.kind, hamadaniyeh?.country, hamadaniyeh?.ref.admin1], ['neighbourhood', 'Syria', 'Aleppo']);
    assert.deepEqual(found('Jaysh al-Fateh stormed the housing project and nearby Al Assad Military Academy.', 'place'), []);
  });

  it('a village nobody listed takes the province and country of the listed place beside it', () => {
    const village = one('Gunmen attacked the village of Kidal Koira near Gao, a local official said.', 'Kidal Koira');
    assert.equal(village?.ref.country, 'Mali');
    assert.equal(village?.ref.admin1, one('Gunmen attacked the village of Kidal Koira near Gao.', 'Gao')?.ref.admin1);
  });

  it('a neighbourhood nobody listed lies where the town beside it does; a village only in its province', () => {
    const text = 'Rockets hit al-Fayed neighbourhood in Aleppo. The village of Tal Jabin in Aleppo province was shelled.';
    const aleppo = one(text, 'Aleppo')!;
    const fayed = one(text, 'al-Fayed')!;
    assert.deepEqual([fayed.kind, fayed.ref.admin1, fayed.ref.lat, fayed.ref.lon], ['neighbourhood', aleppo.ref.admin1, aleppo.ref.lat, aleppo.ref.lon]);
    const village = one(text, 'Tal Jabin')!;
    assert.deepEqual([village.kind, village.ref.admin1, village.ref.lat], ['village', aleppo.ref.admin1, undefined]);
  });

  it('a name after "near", "outside" or "west of" that is no English word nor given name is a place', () => {
    assert.equal(one('Drones hit an area west of Umm Ruwaba.', 'Umm Ruwaba')?.type, 'place');
    assert.equal(one('Militiamen were seen outside Kamanyola at dawn.', 'Kamanyola')?.type, 'place');
    assert.deepEqual(found('The strike hit a house near Ahmed\'s shop.', 'place'), []);
  });

  it('the next name of a list after a place and "and" is a place when it is shaped as one, not as a man\'s name', () => {
    assert.deepEqual(found('Chlorine attacks were reported in Sarmin and Talamenes.', 'place'), ['Sarmin', 'Talamenes']);
    assert.deepEqual(found('Shells hit Aleppo and Ruweiset al-Jaoureh overnight.', 'place'), ['Aleppo', 'Ruweiset al-Jaoureh']);
    assert.deepEqual(found('The dead in Aleppo and Fayez Jarboua were buried.', 'place'), ['Aleppo'], 'two words shaped as a man\'s name');
  });

  it('a name after "in", "at" or "from" is a place when the place that holds it follows: "in Karrada, Baghdad"', () => {
    const karrada = one('A car bomb exploded in Karrada, Baghdad, on Sunday.', 'Karrada');
    assert.equal(karrada?.type, 'place');
    assert.equal(karrada?.ref.country, 'Iraq', 'located by the place that holds it');
    assert.equal(one('The leaders met at Amiens in France.', 'Amiens')?.type, 'place');
    assert.equal(one('Specialist Walsh, a native of Vermillion, South Dakota, fired the first round.', 'Vermillion')?.type, 'place');
    assert.deepEqual(found('The vote in Congress, Washington said, was close.', 'place'), ['Washington'], 'an English word is no place');
  });

  it('ministries, universities and institutes are organisations, with what they are of or for', () => {
    const actors = (text: string) => entities(text).filter((e) => e.type === 'actor').map((e) => [e.text, e.kind]);
    assert.deepEqual(actors('The Ministry of Electricity said power would be restored.'), [['Ministry of Electricity', 'organisation']]);
    assert.deepEqual(actors('The University of Mosul reopened its library.'), [['University of Mosul', 'organisation']]);
    assert.deepEqual(actors('The Institute for the Study of War said the front had moved.'), [['Institute for the Study of War', 'organisation']]);
    assert.deepEqual(actors('The Board of Inquiry\'s report found the convoy was struck from the air.'), [['Board of Inquiry', 'organisation']]);
    assert.deepEqual(actors('Rebels shelled the Center of Damascus on Monday.'), [], 'the centre of a city is part of it');
  });

  it('a named military operation is one name, except in a headline written in title case', () => {
    assert.equal(one('Turkey launched Operation Olive Branch in January.', 'Operation Olive Branch')?.kind, 'operation');
    assert.equal(one('Kenya extended Operation Linda Nchi into Somalia.', 'Operation Linda Nchi')?.kind, 'operation');
    assert.ok(!entities('Operation Delayed After Storms Hit Coast').some((e) => e.kind === 'operation'));
  });

  it('people: a middle initial and a quoted nickname stay inside the name, and the surname alone is the same person', () => {
    assert.equal(one('Lieutenant General Stephen J. Townsend said the offensive would go on.', 'Stephen J. Townsend')?.type, 'person');
    const lyons = entities('Col. David C. Lyons, the group commander, spoke first. The jets are ready, Lyons said.').filter((m) => m.type === 'person');
    assert.deepEqual(lyons.map((m) => [m.text, m.canonical]), [['David C. Lyons', 'David C. Lyons'], ['Lyons', 'David C. Lyons']], 'a surname a list holds as a town (Lyon) is the person\'s');
    const mentions = entities('Colonel John "J.D." Dorrian said 40 strikes were carried out. Dorrian added that more would follow.');
    const people = mentions.filter((m) => m.type === 'person');
    assert.deepEqual(people.map((m) => [m.text, m.canonical]), [['John "J.D." Dorrian', 'John Dorrian'], ['Dorrian', 'John Dorrian']]);
  });

  it('an abbreviation defined in parentheses names the organisation spelled out before it, there and later', () => {
    const mentions = entities('The Sudan People\'s Liberation Movement-North (SPLM-N) attacked Kadugli. The SPLM-N denied the report.');
    const actors = mentions.filter((m) => m.type === 'actor');
    assert.deepEqual(actors.map((m) => m.text), ['Sudan People\'s Liberation Movement-North', 'SPLM-N', 'SPLM-N']);
    assert.ok(actors.every((m) => m.canonical === 'Sudan People\'s Liberation Movement-North' && m.kind === 'armed-group'));
    assert.ok(!mentions.some((m) => m.text === 'Sudan'), 'Sudan is not a place of its own inside the name');
  });

  it('an abbreviation a list holds gives its name to the spelling the article uses', () => {
    const actors = entities('The Free Syria Army (FSA) shelled the town. The FSA said it had repelled an attack.').filter((m) => m.type === 'actor');
    assert.deepEqual(actors.map((m) => [m.text, m.canonical]), [['Free Syria Army', 'Free Syrian Army'], ['FSA', 'Free Syrian Army'], ['FSA', 'Free Syrian Army']]);
  });

  it('"known as" gives a person another name, used alone later; a label in parentheses is no other name', () => {
    const people = entities('Mohamed Hamdan Dagalo, known as Hemedti, leads the paramilitary. Hemedti flew to Kampala.').filter((m) => m.type === 'person');
    assert.deepEqual(people.map((m) => [m.text, m.canonical]), [['Mohamed Hamdan Dagalo', 'Mohamed Hamdan Dagalo'], ['Hemedti', 'Mohamed Hamdan Dagalo'], ['Hemedti', 'Mohamed Hamdan Dagalo']]);
    assert.ok(!entities('Shelling of Mariupol (VIDEO) continued.').some((m) => m.text === 'VIDEO' && m.canonical === 'Mariupol'));
  });
});
