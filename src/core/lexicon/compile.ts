import actorData from '../data/actors.json';
import gazetteerData from '../data/gazetteer.json';
import peopleData from '../data/people.json';
import placeData from '../data/places.json';
import { ActorFile, GazetteerFile, PeopleFile, PlaceFile, type PlaceType } from '../data/schemas';
import { placeKey } from '../text/placeKey';
import { englishWords } from './english';
import { addActor, addPerson, addPlace, emptyLexicon, type Lexicon, type NameRef } from './names';
import { LexiconSnapshot, toSnapshot } from './snapshot';

// Compiling the lexicon from the data files folds tens of thousands of spellings; esbuild.js runs this once per
// build (lexiconSnapshotPlugin) and bundles the result, so no analysis pays for it at run time.

const GAZETTEER_TYPE = new Map<string, PlaceType>([['PPLC', 'city'], ['PPLA', 'city'], ['PPLA2', 'town'], ['PPLA3', 'town'], ['PPLA4', 'village'], ['PPLX', 'town']]);

/** A gazetteer alternate that is an English word or a given name would turn ordinary text into places. */
function usableGazetteerAlias(alias: string, english: Lexicon['english']): boolean {
  const words = alias.toLowerCase().split(/[\s-]+/);
  if (words.length === 1 && (english.common.has(words[0]) || english.firstNames.has(words[0]) || english.demonyms.has(words[0]))) return false;
  return alias.length >= 4;
}

/** The lexicon of the bundled data files (validated here), before any user's aliases. */
export function compileLexicon(): Lexicon {
  const english = englishWords();
  const lex = emptyLexicon(english);
  for (const p of PlaceFile.parse(placeData).places) {
    const ref: NameRef = { canonical: p.canonical, type: 'place', kind: p.type, country: p.country };
    for (const a of p.aliases) addPlace(lex, a, ref, true);
  }
  // GeoNames rows join a curated place when any of their names folds to its key, and bring their other spellings.
  for (const g of GazetteerFile.parse(gazetteerData).places) {
    const names = [g.name, ...g.alternates];
    const curated = names.map((n) => lex.placesByKey.get(placeKey(n))).find((r) => r && r.kind !== 'country');
    const ref: NameRef = curated ?? { canonical: g.name.replace(/^(Al|Ar|As|Ad|Az|An|At|Ash) /, (m) => `${m.trim()}-`), type: 'place', kind: GAZETTEER_TYPE.get(g.feature) ?? 'town', country: g.country === 'SY' ? 'Syria' : 'Iraq' };
    for (const n of names) if (usableGazetteerAlias(n, english)) addPlace(lex, n, ref, false);
  }
  for (const [word, kind] of english.worldPlaces) {
    const canonical = word.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    if (!lex.placesByKey.has(placeKey(canonical))) addPlace(lex, canonical, { canonical, type: 'place', kind }, false);
  }
  for (const a of ActorFile.parse(actorData).actors) addActor(lex, a.canonical, a.kind, a.aliases);
  for (const p of PeopleFile.parse(peopleData).people) addPerson(lex, p.canonical, p.aliases);
  return lex;
}

/** What esbuild.js bundles as the module 'conflict-lens-lexicon'. */
export function compileSnapshot(): LexiconSnapshot {
  return LexiconSnapshot.parse(toSnapshot(compileLexicon()));
}
