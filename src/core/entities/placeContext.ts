import type { Token, Tokenized } from '../text/tokens';
import { type Mention, unlistedPlace, writtenAsDateline } from './mention';

// A village no gazetteer holds is still somewhere: "the village of Tokhar near Manbij", "Rityan in Aleppo's northern
// countryside". Such a place takes the province, country of the listed place its sentence names
// nearest to it, so that a toll set there can be the same incident as another source's toll set in the town or
// province (the incident clustering compares places by province and distance).

/** Whether the mention is a place nobody listed, not yet located: a town without its province, a province without its country. */
const unlisted = (m: Mention) => m.type === 'place' && m.ref.unlisted === true && (m.kind === 'province' ? m.ref.country === undefined : m.ref.admin1 === undefined);
/** A listed place below a country, which locates a place beside it. */
const locating = (m: Mention) => m.type === 'place' && m.kind !== 'country' && (m.ref.admin1 !== undefined || m.ref.lat !== undefined);

/** The listed place nearest to `m` in its sentence, those after it first ("X near Y", "X in Y province"). */
function nearestListed(doc: Tokenized, mentions: Mention[], at: number): Mention | undefined {
  const m = mentions[at];
  const sentence = doc.tokens[m.first].sentence;
  for (let k = at + 1; k < mentions.length && doc.tokens[mentions[k].first].sentence === sentence; k++) if (locating(mentions[k])) return mentions[k];
  for (let k = at - 1; k >= 0 && doc.tokens[mentions[k].first].sentence === sentence; k--) if (locating(mentions[k])) return mentions[k];
  return undefined;
}

/** Unlisted towns and villages located by the listed place beside them; `mentions` in text order. */
export function locateByContext(doc: Tokenized, mentions: Mention[]): Mention[] {
  const located = new Map<string, Mention>();
  for (let k = 0; k < mentions.length; k++) {
    if (!unlisted(mentions[k]) || located.has(mentions[k].canonical)) continue;
    const by = nearestListed(doc, mentions, k);
    if (by) located.set(mentions[k].canonical, by);
  }
  for (const m of mentions) {
    const by = unlisted(m) ? located.get(m.canonical) : undefined;
    if (!by) continue;
    // in place: the mentions are the scanner's own, and one shape of mention keeps their readers fast
    // a neighbourhood lies where its town does ("al-Fayed neighbourhood in Aleppo"); a village may be far from the town beside it
    const at = m.kind === 'neighbourhood' ? by.ref : undefined;
    m.ref = unlistedPlace(m.canonical, m.kind, { country: by.ref.country ?? m.ref.country, admin1: m.kind === 'province' ? m.canonical : by.ref.admin1, lat: at?.lat, lon: at?.lon });
    m.country = m.ref.country;
  }
  // a place that no neighbour puts in a country lies in the one the article names most
  const country = heaviest(countryWeights(doc.tokens, mentions));
  if (country === undefined) return mentions;
  for (const m of mentions) {
    if (m.type !== 'place' || m.ref.unlisted !== true || m.ref.country !== undefined) continue;
    m.ref = unlistedPlace(m.canonical, m.kind, { country, admin1: m.ref.admin1, lat: m.ref.lat, lon: m.ref.lon });
    m.country = country;
  }
  return mentions;
}

/**
 * How much the article names each country, by its places (a town or province twice, the country's own name once),
 * leaving out datelines and the mentions `skip` says do not place anything.
 */
export function countryWeights(tokens: readonly Token[], mentions: Mention[], skip?: (m: Mention) => boolean): Map<string, number> {
  const weight = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== 'place' || writtenAsDateline(tokens, m) || skip?.(m)) continue;
    const country = m.kind === 'country' ? m.canonical : m.country;
    if (country) weight.set(country, (weight.get(country) ?? 0) + (m.kind === 'country' ? 1 : 2));
  }
  return weight;
}

/** The heaviest country of `countryWeights`; ties go to the first named. */
export function heaviest(weight: Map<string, number>): string | undefined {
  let top = 0;
  let main: string | undefined;
  for (const [country, w] of weight) if (w > top) { top = w; main = country; }
  return main;
}
