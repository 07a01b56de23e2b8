#!/usr/bin/env node
// Turns GeoNames' cities500 table for Syria and Iraq (../shared/gazetteer, CC BY 4.0) into the compact data file
// the core ships: one row per place with its ASCII name, feature code, country, first-level division, position,
// population and Latin-script alternate names, and the names of those divisions (admin1CodesASCII.txt).
// usage: node scripts/build-gazetteer.mjs [GAZETTEER_FOLDER] > src/core/data/gazetteer.json
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const folder = process.argv[2] ?? path.resolve(here, '../../shared/gazetteer');
const [header, ...rows] = fs.readFileSync(path.join(folder, 'geonames_cities500_SY_IQ.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
const col = Object.fromEntries(header.map((h, i) => [h, i]));
const latin = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' `’ʿʾ.-]+$/;
const countries = new Set(rows.map((r) => r[col.country_code]));
const admin1 = fs.readFileSync(path.join(folder, 'admin1CodesASCII.txt'), 'utf8').trim().split('\n').map((l) => l.split('\t'))
  .filter(([code]) => countries.has(code.split('.')[0]))
  .map(([code, , ascii]) => ({ code, name: ascii }))
  .sort((a, b) => a.code.localeCompare(b.code));
const places = rows.map((r) => {
  const alternates = new Set(r[col.alternatenames].split(',').map((s) => s.trim()).filter((s) => s.length >= 4 && latin.test(s)));
  alternates.add(r[col.name]);
  alternates.delete(r[col.asciiname]);
  return {
    id: Number(r[col.geonameid]),
    name: r[col.asciiname],
    country: r[col.country_code],
    admin1: `${r[col.country_code]}.${r[col.admin1_code]}`,
    feature: r[col.feature_code],
    population: Number(r[col.population]) || 0,
    lat: Math.round(Number(r[col.latitude]) * 1000) / 1000,
    lon: Math.round(Number(r[col.longitude]) * 1000) / 1000,
    alternates: [...alternates].sort(),
  };
});
process.stdout.write(JSON.stringify({ version: 2, source: 'GeoNames cities500 and admin1 codes (SY, IQ), CC BY 4.0, https://www.geonames.org', admin1, places }) + '\n');
