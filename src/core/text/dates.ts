const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+((?:19|20)\\d\\d)\\b`);
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b`);
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;

const iso = (y: number, m: number, d: number) => (m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null);
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The article's date: the first full date in its opening lines ("Sun 16 Apr 2017", "Published November 13 2017"). */
export function articleDate(text: string): string | null {
  const head = text.slice(0, 600);
  const candidates: { at: number; date: string | null }[] = [];
  const a = DAY_MONTH_YEAR.exec(head);
  if (a) candidates.push({ at: a.index, date: iso(Number(a[3]), monthOf(a[2]), Number(a[1])) });
  const b = MONTH_DAY_YEAR.exec(head);
  if (b) candidates.push({ at: b.index, date: iso(Number(b[3]), monthOf(b[1]), Number(b[2])) });
  const c = ISO.exec(head);
  if (c) candidates.push({ at: c.index, date: iso(Number(c[1]), Number(c[2]), Number(c[3])) });
  candidates.sort((x, y) => x.at - y.at);
  return candidates.find((x) => x.date)?.date ?? null;
}
