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
  });

  it('a town named like an everyday word is the word: "the summit", "mobile phones", "split"', () => {
    assert.deepEqual(found('The Summit ended without a deal.', 'place'), []);
    assert.deepEqual(found('Mobile networks were cut and the coalition Split over aid.', 'place'), []);
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
