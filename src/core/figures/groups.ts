import { CIVILIANS_PART, type FigureMeaning } from './classify';
import type { Unit } from './vocabulary';

/** The comparison group of a figure: figures with one key measure the same kind of quantity. */
export interface GroupKey {
  key: string;
  label: string;
}

const slug = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const EVENT_LABEL: Record<string, string> = {
  remaining: 'remaining', killed: 'killed', wounded: 'wounded', 'killed-or-wounded': 'killed or wounded', executed: 'executed',
  fled: 'who fled', trapped: 'trapped', population: 'living there', other: 'counted',
};

/**
 * Same-quantity key: for fighters, whose fighters and what happened to them; for civilians, what happened (the
 * perpetrator is shown beside each claim, not part of the quantity); for territory, who holds it and how it is
 * measured. Durations, page counts and small enumerations are incidental and get no group.
 */
export function groupOf(m: FigureMeaning, unit: Unit): GroupKey | null {
  if (m.incidental || m.category === 'other' && m.subjectClass === 'other') return null;
  const event = m.event ?? 'other';
  if (m.subjectClass === 'territory-share' || m.subjectClass === 'territory-area') {
    const who = m.actor ?? 'unknown party';
    const what = m.subjectClass === 'territory-share' ? 'share' : 'area';
    if (m.category !== 'territory') return null;
    return { key: `${slug(who)}-territory-${what}`, label: `${what === 'share' ? 'Share' : 'Area'} of territory held by ${who}${what === 'area' ? ' (km²)' : ' (%)'}` };
  }
  if (m.subjectClass === 'places') return { key: `${slug(m.actor ?? 'unknown')}-places-held`, label: `Places held by ${m.actor ?? 'an unnamed party'}` };
  if (m.category === 'other') {
    if (unit !== 'people') return { key: `count-${slug(m.subjectClass)}`, label: `Number of ${m.subjectClass}` };
    return null;
  }
  if (m.subjectClass === 'fighters' || m.subjectClass === 'foreign-fighters') {
    if (event === 'other') return null;
    // fighters of a side no group names ("29 Syrian rebels") are that side's, not anyone's
    const who = m.actor ?? m.fightersSide ?? 'Unidentified';
    const what = m.subjectClass === 'foreign-fighters' ? 'foreign fighters' : 'fighters';
    return { key: `${slug(who)}-${slug(what)}-${event}`, label: `${who} ${what} ${EVENT_LABEL[event]}` };
  }
  if (event === 'population') {
    if (m.actor) return { key: `${slug(m.actor)}-population-ruled`, label: `People living under ${m.actor}` };
    return { key: 'area-population', label: 'Population of an area' };
  }
  // people counted with no event ("a convoy carrying 5,000 people") measure nothing others would dispute
  if (event === 'other') return null;
  if (m.subjectClass === CIVILIANS_PART) return { key: `civilians-among-${event}`, label: `Civilians among those ${EVENT_LABEL[event]}` };
  const who = m.subjectClass === 'civilians' ? 'civilians' : m.subjectClass;
  return { key: `${who}-${event}`, label: `${who[0].toUpperCase()}${who.slice(1)} ${EVENT_LABEL[event]}` };
}
