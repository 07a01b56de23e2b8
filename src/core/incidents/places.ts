import type { PlaceInfo } from '../model';
import { placeSkeleton } from '../text/placeKey';

/** Two towns this close are one scene: reports name a suburb or the city it belongs to for the same attack. */
const NEAR_KM = 25;
const EARTH_RADIUS_KM = 6371;
const RADIANS = Math.PI / 180;

/** How precisely a place locates an event: a country, a province or region, or a town. */
export function precision(p: PlaceInfo | undefined): number {
  return p ? PRECISION[p.kind] ?? 3 : 0;
}
const PRECISION: Record<string, number> = { country: 1, province: 2, region: 2, valley: 2, river: 2 };

const skeletons = new Map<string, string>();
/** A name's consonant skeleton, worked out once per name. */
function skeleton(name: string): string {
  let s = skeletons.get(name);
  if (s === undefined) skeletons.set(name, (s = placeSkeleton(name)));
  return s;
}

/** Whether place `a` holds place `b`: a country its provinces and towns, a province its towns. */
function holds(a: PlaceInfo, b: PlaceInfo): boolean {
  if (a.kind === 'country') return b.country === a.canonical;
  if (a.kind === 'province') return b.admin1 !== null && b.admin1 === (a.admin1 ?? a.canonical);
  return false;
}

function distanceKm(a: PlaceInfo, b: PlaceInfo): number {
  const dLat = (b.lat! - a.lat!) * RADIANS;
  const dLon = (b.lon! - a.lon!) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat! * RADIANS) * Math.cos(b.lat! * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/**
 * Whether two places can be the scene of one incident: the same place, one within the other (Khan Sheikhoun and
 * Idlib province), or two towns a few kilometres apart (Douma and Damascus). Idlib and Aleppo cannot.
 */
export function sameScene(a: PlaceInfo, b: PlaceInfo): boolean {
  if (a.canonical === b.canonical) return true;
  if (a.country !== null && b.country !== null && a.country !== b.country) return false;
  if (holds(a, b) || holds(b, a)) return true;
  // "Milis" and "Meles": one village no list holds, spelled two ways, in one province
  if (a.admin1 !== null && a.admin1 === b.admin1 && a.lat === null && b.lat === null && skeleton(a.canonical) === skeleton(b.canonical)) return true;
  return a.kind !== 'country' && b.kind !== 'country' && a.lat !== null && b.lat !== null && distanceKm(a, b) <= NEAR_KM;
}
