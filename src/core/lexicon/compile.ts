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
const COUNTRY_NAME: Record<string, string> = { SY: 'Syria', IQ: 'Iraq' };

/** A gazetteer alternate that is an English word or a given name would turn ordinary text into places. */
function usableGazetteerAlias(alias: string, english: Lexicon['english']): boolean {
  const words = alias.toLowerCase().split(/[\s-]+/);
  if (words.length === 1 && (english.common.has(words[0]) || english.firstNames.has(words[0]) || english.demonyms.has(words[0]))) return false;
  return alias.length >= 4;
}

/** "Muhafazat Karbala'", "Halabja Governorate": the name of a first-level division without the word for one. */
const divisionName = (name: string) => name.replace(/^Muhafazat\s+/i, '').replace(/\s+(?:Governorate|Province|Oblast|Region|State)$/i, '');

/** The lexicon of the bundled data files (validated here), before any user's aliases. */
export function compileLexicon(): Lexicon {
  const english = englishWords();
  const lex = emptyLexicon(english);
  for (const p of PlaceFile.parse(placeData).places) {
    const ref: NameRef = { canonical: p.canonical, type: 'place', kind: p.type, country: p.country, admin1: p.admin1 ?? (p.type === 'province' ? p.canonical : undefined), lat: p.lat, lon: p.lon };
    for (const a of p.aliases) addPlace(lex, a, ref, true);
  }
  const gazetteer = GazetteerFile.parse(gazetteerData);
  // a division is named as the curated province it is, when one folds to its name ("Ar-Raqqah" is Raqqa)
  const admin1 = new Map(gazetteer.admin1.map((a) => {
    const name = divisionName(a.name);
    const curated = lex.placesByKey.get(placeKey(name));
    return [a.code, curated?.kind === 'province' ? curated.canonical : name];
  }));
  // GeoNames rows join a curated place when any of their names folds to its key, and bring their other spellings
  const curatedOf = (g: (typeof gazetteer.places)[number]) => [g.name, ...g.alternates].map((n) => lex.placesByKey.get(placeKey(n))).find((r) => r && r.kind !== 'country');
  // the most populous row of the same country gives a curated place its position and province, where the curated
  // entry does not say them itself (before any row adds spellings, so that each row is judged on the curated keys)
  for (const g of [...gazetteer.places].sort((a, b) => b.population - a.population || a.id - b.id)) {
    const curated = curatedOf(g);
    if (!curated || curated.country !== COUNTRY_NAME[g.country]) continue;
    curated.admin1 ??= admin1.get(g.admin1);
    if (curated.lat === undefined) { curated.lat = g.lat; curated.lon = g.lon; }
  }
  for (const g of gazetteer.places) {
    const ref: NameRef = curatedOf(g) ?? {
      canonical: g.name.replace(/^(Al|Ar|As|Ad|Az|An|At|Ash) /, (m) => `${m.trim()}-`), type: 'place', kind: GAZETTEER_TYPE.get(g.feature) ?? 'town',
      country: COUNTRY_NAME[g.country], admin1: admin1.get(g.admin1), lat: g.lat, lon: g.lon,
    };
    for (const n of [g.name, ...g.alternates]) if (usableGazetteerAlias(n, english)) addPlace(lex, n, ref, false);
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
