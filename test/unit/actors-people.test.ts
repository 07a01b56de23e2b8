import * as assert from 'node:assert/strict';
import { findEntities } from '../../src/core/entities/scan';
import { buildLexicon, defaultLexicon } from '../../src/core/lexicon/bundled';
import { tokenize } from '../../src/core/text/tokens';

const entities = (text: string, lex = defaultLexicon()) => findEntities(tokenize(text), lex).map((e) => [e.text, e.type, e.canonical]);

describe('actors and people', () => {
  it('IS, ISIS, ISIL, Daesh and Islamic State are one group; "IS group" spans IS only', () => {
    const found = entities('IS, ISIS, ISIL, Daesh, Da’esh, Dae’sh and the Islamic State group; the IS group and IS-held towns.');
    assert.deepEqual(found.filter((e) => e[1] === 'actor').map((e) => e[2]), Array(9).fill('Islamic State'));
    assert.ok(found.some((e) => e[0] === 'IS'));
  });

  it('the Observatory, SOHR, the coalition and UN agencies resolve to their canonical names', () => {
    const found = entities('The Observatory and SOHR agreed; the US-led coalition and the Coalition, OCHA and UNICEF too.');
    assert.deepEqual(found.map((e) => e[2]), ['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights', 'US-led coalition', 'US-led coalition', 'OCHA', 'UNICEF']);
  });

  it('a nation\'s government or military is an actor also where the word could have modified another', () => {
    assert.deepEqual(entities('He said the French government would act and the Turkish military said 3 died.').map((e) => e[2]), ['French government', 'Turkish military']);
    assert.deepEqual(entities('Turkish government forces advanced.').map((e) => e[0]), ['Turkish government forces']);
  });

  it('the forums of states are actors however written: G7, G-7, Group of Seven, G20', () => {
    assert.deepEqual(entities('The G-7 and the G20 met; the Group of Seven condemned it.').map((e) => e[2]), ['G7', 'G20', 'G7']);
  });

  it('a "coalition" of others is not the US-led coalition', () => {
    assert.deepEqual(entities('The opposition coalition met while the coalition bombed Raqa.').map((e) => e[0]), ['coalition', 'Raqa']);
  });

  it('"the Coalition" of an article that names another coalition in full, and not the US-led one, is that coalition', () => {
    const coalitions = (text: string) => entities(text).filter((e) => /coalition/i.test(e[0] as string)).map((e) => e[2]);
    assert.deepEqual(coalitions('The Syrian Coalition condemned the bombing. The Coalition said the regime was to blame.'), ['Syrian National Coalition', 'Syrian National Coalition']);
    assert.deepEqual(coalitions('The Saudi-led coalition struck Hodeidah. The coalition said its jets hit a depot.'), ['Saudi-led coalition', 'Saudi-led coalition']);
    // a military coalition of many nations stays the US-led one; and so does every bare one where the article names it
    assert.deepEqual(coalitions('The Syrian Coalition condemned the raids carried out by the international coalition.'), ['Syrian National Coalition', 'US-led coalition']);
    assert.deepEqual(coalitions('The US-led coalition struck Raqqa; the Syrian Coalition condemned it; the coalition said 40 militants died.'), ['US-led coalition', 'Syrian National Coalition', 'US-led coalition']);
  });

  it('another given name before a listed person\'s surname is another person of that family', () => {
    const people = (text: string) => entities(text).filter((e) => e[1] === 'person').map((e) => e[2]);
    assert.deepEqual(people('Maher al-Assad commands the 4th Division; President Bashar al-Assad appointed him.'), ['Maher al-Assad', 'Bashar al-Assad']);
  });

  it('a multi-word name is one span and an acronym in parentheses another', () => {
    assert.deepEqual(entities('the Syrian Democratic Forces (SDF) and the Islamic State in Iraq and Syria (ISIS)').map((e) => e[0]),
      ['Syrian Democratic Forces', 'SDF', 'Islamic State in Iraq and Syria', 'ISIS']);
  });

  it('people with titles and roles, without the title in the span', () => {
    const found = entities('coalition spokesman Ryan Dillon said. Iraqi Prime Minister Haider al-Abadi predicted victory. Observatory chief Rami Abdel Rahman said.');
    assert.deepEqual(found.filter((e) => e[1] === 'person').map((e) => e[0]), ['Ryan Dillon', 'Haider al-Abadi', 'Rami Abdel Rahman']);
  });

  it('a surname alone takes the full name used in the article', () => {
    const found = entities('Medic Yasser Hmeish said the market was hit. "It is destroyed" Hmeish added.');
    assert.deepEqual(found.filter((e) => e[1] === 'person').map((e) => [e[0], e[2]]), [['Yasser Hmeish', 'Yasser Hmeish'], ['Hmeish', 'Yasser Hmeish']]);
  });

  it('demonyms and descriptions are not entities', () => {
    assert.deepEqual(entities('Syrian and Kurdish fighters, jihadists and Islamists fled; Arabs and Europeans stayed.'), []);
  });

  it('a user alias file adds actors, places and people', () => {
    const lex = buildLexicon({ actors: [{ canonical: 'Liwa Example', aliases: ['Example Brigade'] }], places: [{ canonical: 'Tell Example', aliases: ['Tal Ekzample'] }], people: [{ canonical: 'Abu Example', aliases: ['Example'] }] });
    const found = entities('The Example Brigade held Tal Ekzample, said Abu Example.', lex);
    assert.deepEqual(found.map((e) => [e[1], e[2]]), [['actor', 'Liwa Example'], ['place', 'Tell Example'], ['person', 'Abu Example']]);
  });
});
