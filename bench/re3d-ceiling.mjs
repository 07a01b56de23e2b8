// The best a tagger can score on re3d when it marks each name once, as one span, with no two spans overlapping (as
// Conflict Lens, and any highlighter, does): re3d's gold holds nested and repeated spans ("the United States" and
// "United States", "the Asad regime" and "Asad"), and its scorer pairs each gold span with a prediction of its own.
// Prints, as `analyze --json` would, the largest set of gold spans no two of which overlap, per document:
//   node bench/re3d-ceiling.mjs OUT_DIR/gold.json > ceiling.json
//   node ../shared/tools/score-re3d.mjs ceiling.json OUT_DIR/gold.json
import fs from 'node:fs';

const gold = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const documents = gold.map(({ file, spans }) => {
  // earliest end first: the classic greedy choice of the most intervals that do not overlap
  const sorted = [...spans].sort((a, b) => a.end - b.end || b.start - a.start);
  const entities = [];
  let end = -1;
  for (const s of sorted) if (s.start >= end) { entities.push({ text: s.text, start: s.start, end: s.end, type: s.type, canonical: s.text }); end = s.end; }
  return { file, entities };
});
process.stdout.write(JSON.stringify({ documents }));
