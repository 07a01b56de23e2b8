#!/usr/bin/env node
// Turns GeoNames' cities500 table for Syria and Iraq (../shared/gazetteer, CC BY 4.0) into the compact data file
// the core ships: one row per place with its ASCII name, feature code, country and Latin-script alternate names.
// usage: node scripts/build-gazetteer.mjs [TSV] > src/core/data/gazetteer.json
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsv = process.argv[2] ?? path.resolve(here, '../../shared/gazetteer/geonames_cities500_SY_IQ.tsv');
const [header, ...rows] = fs.readFileSync(tsv, 'utf8').trim().split('\n').map((l) => l.split('\t'));
const col = Object.fromEntries(header.map((h, i) => [h, i]));
const latin = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' `’ʿʾ.-]+$/;
const places = rows.map((r) => {
  const alternates = new Set(r[col.alternatenames].split(',').map((s) => s.trim()).filter((s) => s.length >= 4 && latin.test(s)));
  alternates.add(r[col.name]);
  alternates.delete(r[col.asciiname]);
  return {
    id: Number(r[col.geonameid]),
    name: r[col.asciiname],
    country: r[col.country_code],
    feature: r[col.feature_code],
    population: Number(r[col.population]) || 0,
    alternates: [...alternates].sort(),
  };
});
process.stdout.write(JSON.stringify({ version: 1, source: 'GeoNames cities500 (SY, IQ), CC BY 4.0, https://www.geonames.org', places }) + '\n');
