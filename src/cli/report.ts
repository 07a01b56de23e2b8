import path from 'node:path';
import type { CorpusIndex } from '../core/corpus/corpusIndex';
import { formatValue } from '../core/format';
import { formatDay, incidentReach, incidentTitle, newestFirst, sourceLabel } from '../core/incidents/describe';
import type { FigureRef, Incident } from '../core/model';

/**
 * The incidents the articles report, each with every claim's value, place, source, article and date: first those
 * whose sources disagree, then those more than one claim speaks of, newest first.
 */
export function formatReport(index: CorpusIndex): string {
  const lines: string[] = [];
  const claim = (ref: FigureRef) => {
    const f = index.figure(ref)!;
    const doc = index.get(ref.file);
    const mark = index.disagreementsOf(ref).length ? '!' : index.updatesOf(ref).length ? '^' : ' ';
    return `${mark} ${formatValue(f).padEnd(20)} ${(f.place ?? '—').padEnd(18)} ${sourceLabel(f, doc).padEnd(42)} ${path.basename(ref.file)}${doc?.date ? ` (${formatDay(doc.date)})` : ''}`;
  };
  const block = (incident: Incident) => {
    lines.push(`  ${incidentTitle(index, incident)} — ${incident.members.length} claims, ${incidentReach(index, incident)}`);
    for (const ref of incident.members) lines.push(`    ${claim(ref)}`);
  };
  const incidents = [...index.incidents()].sort(newestFirst);
  const disputed = incidents.filter((i) => index.disagreementsIn(i.id).length);
  lines.push(`DISAGREEMENTS: ${index.disagreements().length} in ${disputed.length} incidents (! disagrees, ^ the same source's updated count)`);
  for (const i of disputed) block(i);
  const shared = incidents.filter((i) => i.members.length > 1 && !index.disagreementsIn(i.id).length);
  lines.push('', `OTHER INCIDENTS WITH MORE THAN ONE CLAIM (${shared.length}; ${incidents.length} incidents in all)`);
  for (const i of shared) block(i);
  return lines.join('\n') + '\n';
}
