import type { Figure } from './model';

const HEDGE: Record<string, string> = {
  exact: '', about: 'about ', 'at-least': 'at least ', 'more-than': 'more than ', 'up-to': 'up to ', 'fewer-than': 'fewer than ', range: '',
};
const UNIT: Record<string, string> = { people: '', percent: '%', km2: ' km²', 'sq-mile': ' sq mi', years: ' years', months: ' months', days: ' days', pages: ' pages', other: '' };

const num = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 }));

/** What follows a number of a unit: "%", " km²", "" for people. */
export const unitSuffix = (unit: Figure['unit']) => UNIT[unit];

/** "at least 5,000", "65–70%", "2,000–9,999 (vague)": a claim's value as an analyst reads it. */
export function formatValue(f: Pick<Figure, 'low' | 'high' | 'qualifier' | 'unit'>): string {
  const value = f.low === f.high ? num(f.low) : `${num(f.low)}–${num(f.high)}`;
  const hedge = f.low === f.high ? HEDGE[f.qualifier] : f.qualifier === 'about' ? '~' : '';
  return `${hedge}${value}${UNIT[f.unit]}`;
}
