import admin1Text from '../data/admin1CodesASCII.txt';
import actorData from '../data/actors.json';
import gazetteerData from '../data/gazetteer.json';
import worldSpellingData from '../data/world-spellings.json';
import peopleData from '../data/people.json';
import predicateData from '../data/predicates.json';
import placeData from '../data/places.json';
import nlp from 'compromise';
import { ActorFile, GazetteerFile, PeopleFile, PlaceFile, type PlaceType, PredicateFile, WorldSpellingFile } from '../data/schemas';
import { placeKey } from '../text/placeKey';
import { englishWords } from './english';
import { addActor, addPerson, addPlace, emptyLexicon, type Lexicon, type NameRef } from './names';
import { type Conjugation, predicateWords } from './predicates';
import { LexiconSnapshot, toSnapshot } from './snapshot';
import { countryNames, divisionName, readAdmin1, readEnglishWords, readWorldTowns, type WorldPlace } from './world';

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

/** Towns at least this large are found by a name of three letters ("Gao"); smaller ones need four. */
const SHORT_NAME_MIN_POPULATION = 50_000;
/** Towns at least this large are found by a name that is also a common word or a given name ("Houston", "Paris"). */
const COMMON_WORD_MIN_POPULATION = 1_000_000;

/**
 * A one-word name that is also an English word, a given name or a demonym (a surname is told apart in the text:
 * "Philip Hammond", "Hammond said" after him); or a name made of English
 * words only ("Old City", "The Villages").
 */
function ordinaryWord(alias: string, english: Lexicon['english'], dictionary: Set<string>): boolean {
  const words = alias.toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (words.length > 1) return words.every((w) => dictionary.has(w) || english.common.has(w));
  const w = words[0];
  return dictionary.has(w) || english.common.has(w) || english.firstNames.has(w) || english.demonyms.has(w);
}

/**
 * The world beyond Syria and Iraq (GeoNames, read at build time): countries, first-level divisions and towns. Each
 * fills only the spellings no earlier place claimed, the most populous town first; none joins the consonant
 * skeletons, which stay the fallback for Syrian and Iraqi spellings.
 */
function addWorld(lex: Lexicon): void {
  const english = lex.english;
  const dictionary = readEnglishWords();
  const admin1 = readAdmin1(admin1Text);
  const countries = new Map<string, string>();
  const countryOf = (code: string) => {
    let canonical = countries.get(code);
    if (canonical === undefined) {
      const names = countryNames(code);
      const curated = names.map((n) => lex.placesByKey.get(placeKey(n))).find((r) => r?.kind === 'country');
      canonical = curated?.canonical ?? names[0];
      countries.set(code, canonical);
      const ref: NameRef = curated ?? { canonical, type: 'place', kind: 'country', country: canonical, exact: true };
      for (const n of names) addUnclaimed(lex, n, ref);
    }
    return canonical;
  };
  const towns = readWorldTowns(admin1, new Set(Object.keys(COUNTRY_NAME)));
  // the spellings news use name a town first, and its canonical name is the news one
  const newsSpellings = new Map<WorldPlace, string[]>();
  for (const entry of WorldSpellingFile.parse(worldSpellingData).places) {
    const town = towns.find((t) => t.country === entry.country && [entry.place, ...entry.aliases].some((n) => t.names.has(n)));
    if (!town) throw new Error(`world-spellings.json: no town ${entry.place} (${entry.country}) in GeoNames`);
    newsSpellings.set(town, [entry.place, ...entry.aliases]);
  }
  const refs = new Map<WorldPlace, NameRef>();
  for (const town of towns) {
    const spellings = newsSpellings.get(town) ?? [];
    const ref: NameRef = { canonical: spellings[0] ?? town.name, type: 'place', kind: town.kind, country: countryOf(town.country), admin1: town.admin1, lat: town.lat, lon: town.lon, exact: true };
    const shortest = town.population >= SHORT_NAME_MIN_POPULATION ? 3 : 4;
    for (const a of [...spellings, ...town.aliases]) if (town.population >= COMMON_WORD_MIN_POPULATION || spellings.includes(a) || !ordinaryWord(a, english, dictionary)) addUnclaimed(lex, a, ref, shortest);
    refs.set(town, ref);
  }
  // after every town's own names, so that a large town's variant never takes a smaller town's name; an everyday
  // word is no variant however large the town ("Lime" is a spelling of Lima)
  for (const town of towns) for (const v of town.variants) if (!ordinaryWord(v, english, dictionary)) addUnclaimed(lex, v, refs.get(town)!);
  // two countries' divisions of one name (Plateau in Nigeria and in Benin): the country of more towns names it first
  const townsOf = new Map<string, number>();
  for (const town of towns) townsOf.set(town.country, (townsOf.get(town.country) ?? 0) + 1);
  const divisions = [...admin1].sort(([a], [b]) => (townsOf.get(b.slice(0, 2)) ?? 0) - (townsOf.get(a.slice(0, 2)) ?? 0));
  for (const [code, name] of divisions) {
    const country = code.slice(0, 2);
    if (COUNTRY_NAME[country]) continue;
    const ref: NameRef = { canonical: name, type: 'place', kind: 'province', country: countryOf(country), admin1: name, exact: true };
    if (ordinaryWord(name, english, dictionary)) {
      // "Northern", "Central", "Upper River": words that say where, not which, name no division even with "Province"
      // after them; "Chin", "Mon", "Plateau", "Rivers" do with the word for a division ("Chin State", "Plateau State")
      if (!name.toLowerCase().split(/[\s-]+/).every((w) => POSITION_WORDS.has(w))) for (const word of DIVISION_NOUNS) addUnclaimed(lex, `${name} ${word}`, ref);
      continue;
    }
    const alone = usableGazetteerAlias(name, english) && addUnclaimed(lex, name, ref);
    // "Kachin State": a name that folds like another place's, or is also a given name or a people's, is the
    // division's with the word for one after it
    if (!alone) for (const word of DIVISION_NOUNS) addUnclaimed(lex, `${name} ${word}`, ref);
    else for (const spelling of englishCompass(name)) addUnclaimed(lex, spelling, ref);
  }
}

/** Words news put after the name of a first-level division ("Shan State", "Idlib Province"). */
const DIVISION_NOUNS = ['State', 'Province', 'Region'];
/** Words of division names that place a division rather than name it ("Upper East", "Central and Western"). */
const POSITION_WORDS = new Set('north south east west northern southern eastern western northeast northwest southeast southwest northeastern northwestern southeastern southwestern central centre center upper lower middle far and of the capital inner outer'.split(' '));

/** GeoNames' "Nord Kivu", "Northern Darfur", "Sud-Ubangi" as English-language news writes them: "North Kivu", "North Darfur", "South Ubangi". */
function englishCompass(name: string): string[] {
  const m = /^(Nord|Northern|Sud|Southern|Est|Eastern|Ouest|Western)[\s-]+(.+)$/.exec(name);
  if (!m) return [];
  const point = { nord: 'North', northern: 'North', sud: 'South', southern: 'South', est: 'East', eastern: 'East', ouest: 'West', western: 'West' }[m[1].toLowerCase()]!;
  return [`${point} ${m[2]}`];
}

/** Adds a spelling of a place unless another place has its key; capitals-only forms ("KIEV") are left out. Whether it was added. */
function addUnclaimed(lex: Lexicon, alias: string, ref: NameRef, shortest = 4): boolean {
  if (alias.length < shortest || alias === alias.toUpperCase()) return false;
  const claimed = lex.placesByKey.get(placeKey(alias));
  if (claimed !== undefined && claimed !== ref) return false;
  addPlace(lex, alias, ref, false, false);
  return true;
}

/** A lemma's forms, conjugated by compromise's own verb model (told the word is a verb: "mass" and "station" are nouns to it). */
function conjugate(lemma: string): Conjugation {
  const doc = nlp(lemma);
  doc.tag('Infinitive');
  return doc.verbs().conjugate()[0] ?? {};
}

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
  addWorld(lex);
  for (const [word, kind] of english.worldPlaces) {
    const canonical = word.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    if (!lex.placesByKey.has(placeKey(canonical))) addPlace(lex, canonical, { canonical, type: 'place', kind }, false);
  }
  for (const a of ActorFile.parse(actorData).actors) addActor(lex, a.canonical, a.kind, a.aliases);
  for (const p of PeopleFile.parse(peopleData).people) addPerson(lex, p.canonical, p.aliases);
  lex.predicates = predicateWords(PredicateFile.parse(predicateData), conjugate);
  return lex;
}

/** What esbuild.js bundles as the module 'conflict-lens-lexicon'. */
export function compileSnapshot(): LexiconSnapshot {
  return LexiconSnapshot.parse(toSnapshot(compileLexicon()));
}
