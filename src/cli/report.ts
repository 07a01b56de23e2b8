import path from 'node:path';
import type { CorpusIndex, FigureEntry } from '../core/corpus/corpusIndex';
import { formatValue } from '../core/format';

/** The comparison groups for people: disagreements first, then every group with each claim on its own line. */
export function formatReport(index: CorpusIndex): string {
  const lines: string[] = [];
  const claim = (e: FigureEntry) => {
    const f = e.figure;
    const who = f.source ? `${f.source}${f.speaker ? ` (${f.speaker})` : ''}` : 'unattributed';
    return `${formatValue(f).padEnd(22)} ${(f.place ?? '—').padEnd(16)} ${who.padEnd(40)} ${path.basename(e.ref.file)}`;
  };
  const disagreements = index.disagreements();
  lines.push(`DISAGREEMENTS (${disagreements.length})`);
  for (const d of disagreements) {
    const a = { ref: d.a, figure: index.figure(d.a)! };
    const b = { ref: d.b, figure: index.figure(d.b)! };
    lines.push(`  ${index.labelOf(d.group)}`, `    ${claim(a)}`, `    ${claim(b)}`);
  }
  const groups = index.groups().sort((x, y) => y.members.length - x.members.length || x.label.localeCompare(y.label));
  lines.push('', `COMPARISON GROUPS (${groups.length})`);
  for (const g of groups) {
    lines.push(`  ${g.label} [${g.key}] — ${g.members.length} claim${g.members.length === 1 ? '' : 's'}`);
    for (const m of index.groupMembers(g.key)) lines.push(`    ${claim(m)}`);
  }
  return lines.join('\n') + '\n';
}
