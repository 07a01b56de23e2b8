// Calendar dates as articles and metadata files write them, read into ISO form (yyyy-mm-dd).

export const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const YEAR = '((?:19|20)\\d\\d)';

/** The written forms of a full date, each with how to read its day, month and year from the match. */
const FORMS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] }[] = [
  // "Sun 16 Apr 2017", "21 August, 2013"
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+${YEAR}(?!\\d)`, 'i'), read: (m) => [Number(m[3]), monthOf(m[2]), Number(m[1])] },
  // "April 5 2017", "Aug. 21, 2013"
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+${YEAR}(?!\\d)`, 'i'), read: (m) => [Number(m[3]), monthOf(m[1]), Number(m[2])] },
  // "Apr 232017": a day and year whose separating comma was stripped
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${YEAR}(?!\\d)`, 'i'), read: (m) => [Number(m[3]), monthOf(m[1]), Number(m[2])] },
  { re: new RegExp(`\\b${YEAR}-(\\d\\d)-(\\d\\d)(?!\\d)`), read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // "21.08.2013", "05-02-2015": day first, as everywhere but the United States writes them
  { re: new RegExp(`\\b(\\d{1,2})([.-])(\\d{1,2})\\2${YEAR}(?!\\d)`), read: (m) => [Number(m[4]), Number(m[3]), Number(m[1])] },
  // "4/5/2017": month first, unless the first number cannot be a month
  { re: new RegExp(`\\b(\\d{1,2})/(\\d{1,2})/${YEAR}(?!\\d)`), read: (m) => (Number(m[1]) > 12 ? [Number(m[3]), Number(m[2]), Number(m[1])] : [Number(m[3]), Number(m[1]), Number(m[2])]) },
];

const monthOf = (name: string) => MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** yyyy-mm-dd, or null for a day that no calendar has. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m - 1])) return null;
  if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date found in a text: ISO, and the offsets of what was written. */
export interface WrittenDate { date: string; start: number; end: number }

/** A year as dates write it: every written date ends with one (or, written year first, begins with one). */
const YEAR_AT = /(?:19|20)\d\d(?!\d)/g;
/** How far before its year a written date may begin ("September 30, 2017": 14 characters), and after it end ("2013-08-21"). */
const BEFORE_YEAR = 24;
const AFTER_YEAR = 10;

/**
 * The first full date written in `text` (the earliest in the text of any form). The forms are tried only around
 * the years the text holds, so a long text without dates is passed over in one scan.
 */
export function firstWrittenDate(text: string): WrittenDate | null {
  YEAR_AT.lastIndex = 0;
  for (let year = YEAR_AT.exec(text); year; year = YEAR_AT.exec(text)) {
    const from = Math.max(0, year.index - BEFORE_YEAR);
    const found = earliestForm(text.slice(from, year.index + AFTER_YEAR));
    if (found) return { date: found.date, start: found.start + from, end: found.end + from };
  }
  return null;
}

function earliestForm(text: string): WrittenDate | null {
  let best: WrittenDate | null = null;
  for (const form of FORMS) {
    const m = form.re.exec(text);
    if (!m || (best && best.start <= m.index)) continue;
    const date = isoDate(...form.read(m));
    if (date) best = { date, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

export const firstDate = (text: string): string | null => firstWrittenDate(text)?.date ?? null;

/** How far into an article its own date may stand. */
const DATELINE_CHARS = 600;
const DATELINE_FIRST_CHARS = 160;
/** "Posted on July 2 2016", "Published on": the date an article gives itself, though "on" comes before it. */
const PUBLISHED_ON = /\b(?:posted|published|updated|dated|released|issued|filed)\s+on\s*$/i;
/** "On August 21 2013 the regime fired...": a date after one of these words is when something happened. */
const EVENT_DATE_BEFORE = /\b(?:on|since|until|till|from|before|after|during|between|and)\s*$/i;

/**
 * The article's date line: the first full date in its opening lines ("Sun 16 Apr 2017", "Published November 13
 * 2017") that is not the date of something told ("On August 21 2013 ...").
 */
export function datelineOf(text: string): WrittenDate | null {
  // most articles date themselves in their first line or two: those are read first, the rest of the head only if need be
  return datelineWithin(text, DATELINE_FIRST_CHARS) ?? (text.length > DATELINE_FIRST_CHARS ? datelineWithin(text, DATELINE_CHARS) : null);
}

function datelineWithin(text: string, chars: number): WrittenDate | null {
  const head = text.slice(0, chars);
  for (let from = 0; from < head.length;) {
    const found = firstWrittenDate(head.slice(from));
    if (!found) return null;
    const at = { date: found.date, start: found.start + from, end: found.end + from };
    const before = head.slice(Math.max(0, at.start - 24), at.start);
    if (!EVENT_DATE_BEFORE.test(before) || PUBLISHED_ON.test(before)) return at;
    from = at.end;
  }
  return null;
}
