// Calendar days as whole numbers (days since 1970-01-01, proleptic Gregorian): spans of time are compared and
// shifted as numbers. Converted by arithmetic (the civil-from-days algorithm), not through Date objects: every
// claim's time is converted, and a Date and an ISO string per conversion cost more than the rest of the work.

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Days since 1970-01-01 of a year, month (1-12) and day of month; days past a month's end run into the next. */
export function dayFrom(y: number, m: number, d: number): number {
  // months past December or before January roll the year, as Date.UTC would
  y += Math.floor((m - 1) / 12);
  m = ((((m - 1) % 12) + 12) % 12) + 1;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1-12), day of month and weekday (0 = Sunday) of a day. */
export function partsOf(day: number): { y: number; m: number; d: number; weekday: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d, weekday: (((day + 4) % 7) + 7) % 7 };
}

const daysOfIso = new Map<string, number>();
/**
 * "2017-04-05" -> its day number (the first ten characters are read; the rest may be a time). Each string is read
 * once: a corpus's claims share few days, and their strings are mostly the same objects.
 */
export function dayOf(iso: string): number {
  let day = daysOfIso.get(iso);
  if (day === undefined) {
    if (daysOfIso.size >= DAY_CACHE_LIMIT) daysOfIso.clear();
    daysOfIso.set(iso, (day = dayFrom(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)))));
  }
  return day;
}
const DAY_CACHE_LIMIT = 100_000;

export function isoOf(day: number): string {
  const p = partsOf(day);
  return `${p.y < 1000 ? String(p.y).padStart(4, '0') : p.y}-${pad2(p.m)}-${pad2(p.d)}`;
}

export const lastDayOfMonth = (y: number, m: number): number => dayFrom(y, m + 1, 1) - 1;
