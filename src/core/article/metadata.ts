import fs from 'node:fs';
import path from 'node:path';
import { firstDate } from './dates';

/**
 * What is known of an article besides its text: its date (ISO), its publisher (the outlet or agency whose report
 * it is) and its title. A metadata file or front matter says it for the user; the text itself is read for what
 * they leave unsaid.
 */
export interface ArticleMeta {
  date: string | null;
  publisher: string | null;
  title: string | null;
}

export type GivenMeta = Partial<ArticleMeta>;

const FILE_COLUMNS = new Set(['file', 'filename', 'path']);
const COLUMNS: Record<string, keyof ArticleMeta> = {
  date: 'date', published: 'date', pubdate: 'date', publication_date: 'date',
  source: 'publisher', outlet: 'publisher', publisher: 'publisher', agency: 'publisher',
  title: 'title', headline: 'title',
};
/** A metadata file larger than this is not one: it is data of some other kind, and is not read. */
const MAX_METADATA_BYTES = 20 * 1024 * 1024;

/** One field read from a metadata file or front matter: dates in any written form, the rest trimmed. */
function field(key: keyof ArticleMeta, raw: string): string | null {
  const value = raw.trim();
  if (!value) return null;
  return key === 'date' ? firstDate(value) : value;
}

/**
 * Front matter at the very start of an article ("---", lines of "key: value", "---"): date, source or publisher,
 * title. Anything else in it is left alone.
 */
export function frontMatter(text: string): GivenMeta {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  const out: GivenMeta = {};
  if (!m) return out;
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
    const key = kv && COLUMNS[kv[1].toLowerCase()];
    if (key && out[key] === undefined) out[key] = field(key, kv[2].replace(/^(["'])(.*)\1$/, '$2'));
  }
  return out;
}

/** Rows of a CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks) or of a TSV. */
export function parseTable(text: string, delimiter: string): string[][] {
  if (delimiter === '\t') return text.split(/\r?\n/).filter((l) => l.length).map((l) => l.split('\t'));
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); cell = '';
      if (row.some((x) => x.length)) rows.push(row);
      row = [];
    } else cell += c;
  }
  row.push(cell);
  if (row.some((x) => x.length)) rows.push(row);
  return rows;
}

/**
 * The articles a metadata file describes, by absolute path: a table whose header has a `file` column (a name or a
 * path relative to the table's folder) and any of date, source/outlet/publisher, title. Anything else is not a
 * metadata file, and gives nothing.
 */
export function readMetadataTable(file: string): Map<string, GivenMeta> {
  const out = new Map<string, GivenMeta>();
  let text: string;
  try {
    if (fs.statSync(file).size > MAX_METADATA_BYTES) return out;
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return out;
  }
  const [header, ...rows] = parseTable(text.replace(/^\uFEFF/, ''), file.toLowerCase().endsWith('.tsv') ? '\t' : ',');
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const fileColumn = names.findIndex((n) => FILE_COLUMNS.has(n));
  const fields = names.map((n) => COLUMNS[n]);
  if (fileColumn < 0 || !fields.some(Boolean)) return out;
  const dir = path.dirname(file);
  for (const row of rows) {
    const name = row[fileColumn]?.trim();
    if (!name) continue;
    const meta: GivenMeta = {};
    fields.forEach((key, k) => {
      if (key && meta[key] === undefined && row[k] !== undefined) meta[key] = field(key, row[k]);
    });
    out.set(path.resolve(dir, name), meta);
  }
  return out;
}

const METADATA_EXTENSIONS = new Set(['.tsv', '.csv']);
/** Per folder: its metadata files' rows merged, the first file (by name) that lists an article winning. */
const byFolder = new Map<string, Map<string, GivenMeta>>();

/** What the metadata files in an article's folder say of it (nothing for an editor's untitled text). */
export function metadataFileEntry(article: string): GivenMeta | undefined {
  if (!path.isAbsolute(article)) return undefined;
  const dir = path.dirname(article);
  let table = byFolder.get(dir);
  if (!table) {
    table = new Map();
    let names: string[] = [];
    try { names = fs.readdirSync(dir).filter((n) => METADATA_EXTENSIONS.has(path.extname(n).toLowerCase())).sort(); } catch { /* an unreadable folder has no metadata */ }
    for (const name of names) for (const [file, meta] of readMetadataTable(path.join(dir, name))) if (!table.has(file)) table.set(file, meta);
    byFolder.set(dir, table);
  }
  return table.size ? table.get(path.normalize(article)) : undefined;
}

/** Forgets the metadata files read so far: they are read again when next asked for (they may have changed). */
export function forgetMetadataFiles(): void {
  byFolder.clear();
}

/** What the user said of an article, front matter before a metadata file; fields neither says are left out. */
export function givenMeta(file: string, text: string): GivenMeta {
  const front = frontMatter(text);
  const table = metadataFileEntry(file) ?? {};
  const out: GivenMeta = {};
  for (const key of ['date', 'publisher', 'title'] as const) {
    const v = front[key] ?? table[key];
    if (v) out[key] = v;
  }
  return out;
}
