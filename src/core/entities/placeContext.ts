import type { Tokenized } from '../text/tokens';
import { type Mention, unlistedPlace } from './mention';

// A village no gazetteer holds is still somewhere: "the village of Tokhar near Manbij", "Rityan in Aleppo's northern
// countryside". Such a place takes the province, country of the listed place its sentence names
// nearest to it, so that a toll set there can be the same incident as another source's toll set in the town or
// province (the incident clustering compares places by province and distance).

/** Whether the mention is a town or village nobody listed, not yet located. */
const unlisted = (m: Mention) => m.type === 'place' && m.ref.unlisted === true && m.ref.admin1 === undefined;
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
  if (located.size === 0) return mentions;
  for (const m of mentions) {
    const by = unlisted(m) ? located.get(m.canonical) : undefined;
    if (!by) continue;
    // in place: the mentions are the scanner's own, and one shape of mention keeps their readers fast
    // a neighbourhood lies where its town does ("al-Fayed neighbourhood in Aleppo"); a village may be far from the town beside it
    const at = m.kind === 'neighbourhood' ? by.ref : undefined;
    m.ref = unlistedPlace(m.canonical, m.kind, { country: by.ref.country ?? m.ref.country, admin1: by.ref.admin1, lat: at?.lat, lon: at?.lon });
    m.country = m.ref.country;
  }
  return mentions;
}
