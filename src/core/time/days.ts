// Calendar days as whole numbers (days since 1970-01-01, UTC): spans of time are compared and shifted as numbers.

const MS_PER_DAY = 86_400_000;

export const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);

export const isoOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

export const dayFrom = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);

/** Year, month (1-12), day of month and weekday (0 = Sunday) of a day. */
export function partsOf(day: number): { y: number; m: number; d: number; weekday: number } {
  const t = new Date(day * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), weekday: t.getUTCDay() };
}

export const lastDayOfMonth = (y: number, m: number): number => dayFrom(y, m + 1, 1) - 1;
