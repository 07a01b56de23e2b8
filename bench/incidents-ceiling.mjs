// How far the FA-KES event annotation lets incident linking go for an analysis that dates claims from the text.
// score-incidents.mjs calls two articles one incident when their annotated governorate, cause of death and date are
// all equal; the annotated date is often neither the day the article prints nor the day of the attack it reports
// (an article printed on 25 June about "Saturday's" strike is annotated 5 June). This builds an oracle that knows
// every article's annotated governorate and cause exactly and dates it from its own text, by one of:
//   published  the day the article prints (`documents[].date` of an analysis)
//   event      the day the analysis gives the toll claim holding the annotated toll (`figures[].when.from`)
// and prints it as `analyze --json` would, for the official scorer:
//   node bench/incidents-ceiling.mjs ANALYSIS.json EVENTS.tsv published > ceiling.json
//   node ../shared/tools/score-incidents.mjs ceiling.json EVENTS.tsv
// It also prints to stderr how often the annotated date is the printed one, or any day the analysis read.
import fs from 'node:fs';
import path from 'node:path';

const [analysisPath, eventsPath, mode = 'published'] = process.argv.slice(2);
if (!analysisPath || !eventsPath || !['published', 'event'].includes(mode)) {
  console.error('usage: node bench/incidents-ceiling.mjs ANALYSIS.json EVENTS.tsv [published|event]');
  process.exit(2);
}
const analysis = JSON.parse(fs.readFileSync(analysisPath, 'utf8'));
const lines = fs.readFileSync(eventsPath, 'utf8').trim().split('\n');
const head = lines[0].split('\t');
const events = lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((c, i) => [head[i], c])));
const docs = new Map(analysis.documents.map((d) => [path.basename(d.file), d]));
const TOLL = new Set(['casualties', 'civilians']);
const isoOf = (mdy) => {
  const [m, d, y] = mdy.split('/').map(Number);
  return new Date(Date.UTC(y < 100 ? 2000 + y : y, m - 1, d)).toISOString().slice(0, 10);
};

let dated = 0;
let printedIsAnnotated = 0;
let annotatedAmongRead = 0;
const documents = [];
const members = new Map();
for (const e of events) {
  const toll = Number(e.nb_civilians);
  const doc = docs.get(e.file);
  if (!(toll > 0) || !doc) continue;
  const annotated = isoOf(e.date);
  const claims = doc.figures.filter((f) => TOLL.has(f.category) && f.low <= toll && toll <= (f.high ?? f.low));
  if (doc.date) {
    dated++;
    if (doc.date === annotated) printedIsAnnotated++;
  }
  const read = new Set([doc.date, ...doc.figures.flatMap((f) => [f.when?.from, f.when?.to])]);
  if (read.has(annotated)) annotatedAmongRead++;
  const days = mode === 'published' ? [doc.date] : [...new Set(claims.map((f) => f.when?.from))];
  const figures = days.filter(Boolean).map((day, index) => {
    const id = `${e.location}|${e.cause_of_death}|${day}`;
    if (!members.has(id)) members.set(id, []);
    members.get(id).push({ file: e.file, index });
    return { text: String(toll), low: toll, high: toll, category: 'casualties', incident: id };
  });
  documents.push({ file: e.file, date: doc.date ?? null, figures });
}
const incidents = [...members].map(([id, m]) => ({ id, members: m }));
console.error(`articles with a toll: ${documents.length}; dated by their text: ${dated}; of these, the annotated date is the printed one: ${printedIsAnnotated}; the annotated date is among the days the analysis read: ${annotatedAmongRead}`);
process.stdout.write(JSON.stringify({ documents, incidents, disagreements: [] }));
