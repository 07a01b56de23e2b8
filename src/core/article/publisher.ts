import type { Mention } from '../entities/mention';
import type { Tokenized } from '../text/tokens';

const DASHES = new Set(['-', '–', '—']);
/** What may stand between an outlet and the bracket closing its credit: "(TRT World and Agencies)", "(AFP/agencies)". */
const CREDIT_FILLERS = new Set(['and', '&', '/', ',', 'agencies', 'agency', 'wires']);
const OWN_STAFF = new Set(['reporter', 'correspondent', 'correspondents', 'reporters']);
const BYLINE_VERBS = new Set(['posted', 'published', 'updated', 'written', 'filed']);
/** How far before "by" the verb of a byline may stand, over its date ("Posted on July 2 2016 by"). */
const BYLINE_REACH = 7;
/** How far into an article its dateline may stand. */
const DATELINE_CHARS = 600;

/**
 * The outlet or agency an article credits itself to, from its text: the agency of a dateline ("BEIRUT (Reuters) -",
 * "(AFP)"), a credit line ending the article ("- REUTERS", "AGENCE FRANCE-PRESSE, REUTERS, NYTIMES": the first),
 * a credit opening it ("AFP -"), or the outlet's own staff ("told Sputnik", "Al-Manar reporter").
 */
export function textPublisher(doc: Tokenized, mentions: Mention[]): string | null {
  const tokens = doc.tokens;
  const media = mentions.filter((m) => m.type === 'actor' && m.kind === 'media');
  if (media.length === 0) return null;
  const text = (k: number) => tokens[k]?.text ?? '';
  for (const m of media) {
    if (m.start > DATELINE_CHARS) break;
    if (text(m.first - 1) === '(' && closesCredit(tokens, m.last)) return m.canonical;
    if (m.first === 0 && DASHES.has(text(m.last))) return m.canonical;
    // "Posted on July 2 2016 by Asharq Al-Awsat", "Published by TRT World": the byline of the outlet itself
    if (tokens[m.first - 1]?.lower === 'by' && BYLINE_VERBS.has(bylineVerb(tokens, m.first - 1))) return m.canonical;
  }
  // the credit line: the text's last line, made only of agency names and separators
  const lastLine = doc.text.trimEnd();
  const lineStart = lastLine.lastIndexOf('\n') + 1;
  const onLastLine = media.filter((m) => m.start >= lineStart);
  if (onLastLine.length && onLastLine[onLastLine.length - 1].end >= lastLine.length - 1) {
    const rest = onLastLine.reduce((s, m) => s.replace(doc.text.slice(m.start, m.end), ''), lastLine.slice(lineStart));
    if (/^[\s,;&/()]*(?:and[\s,;&/()]*)*$/i.test(rest)) return onLastLine[0].canonical;
    // "... symptomatic treatment. - REUTERS": a dash before the closing agency
    const last = onLastLine[onLastLine.length - 1];
    if (DASHES.has(text(last.first - 1)) || (text(last.first - 1) === '-' && text(last.first - 2) === '-')) return last.canonical;
  }
  for (const m of media) {
    if (tokens[m.first - 1]?.lower === 'told' || OWN_STAFF.has(tokens[m.last]?.lower ?? '')) return m.canonical;
  }
  return null;
}

/** Whether the bracket after an outlet's name closes a credit, past words such as "and agencies". */
function closesCredit(tokens: Tokenized['tokens'], k: number): boolean {
  for (let end = Math.min(tokens.length, k + 4); k < end; k++) {
    const lower = tokens[k].lower;
    if (lower === ')') return true;
    if (!CREDIT_FILLERS.has(lower)) return false;
  }
  return false;
}

/** The verb of a byline ending at "by" (token k): "posted", "published", before its date. */
function bylineVerb(tokens: Tokenized['tokens'], k: number): string {
  for (let j = k - 1; j >= Math.max(0, k - BYLINE_REACH); j--) if (BYLINE_VERBS.has(tokens[j].lower)) return tokens[j].lower;
  return '';
}
