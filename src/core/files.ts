import fs from 'node:fs';
import path from 'node:path';

/** Articles larger than this are refused: they are not news articles, and would stall the index. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = ['.txt', '.report'];

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const tooLarge = (size: number) => `too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB)`;

// Control characters other than tab and line breaks; NUL is looked for on its own.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x01-\x08\x0e-\x1f]/g;
const BINARY_PROBE = 8192;

/**
 * Whether a text is an article: the same verdict for a file read from disk and for an editor's unsaved content.
 * Empty, too large, binary (NUL or many control characters in its opening: searched natively, not character by
 * character) or only white space is refused, with the reason.
 */
export function acceptText(text: string): ReadResult {
  const refuse = (reason: string): ReadResult => ({ ok: false, reason });
  if (text.length === 0) return refuse('empty file');
  if (text.length > MAX_ARTICLE_BYTES) return refuse(tooLarge(text.length));
  const probe = text.slice(0, BINARY_PROBE);
  if (probe.includes('\0')) return refuse('binary file (contains NUL bytes)');
  if ((probe.match(CONTROL)?.length ?? 0) / probe.length > 0.05) return refuse('binary file (control characters)');
  if (!/\S/.test(text)) return refuse('empty file (only whitespace)');
  return { ok: true, text };
}

/** One buffer for every read: an article fits in it, and a file that fills it is larger than any article may be. */
let readBuffer: Buffer | undefined;

/**
 * Reads an article as UTF-8; malformed bytes become U+FFFD, as the FA-KES texts already contain. A file on disk
 * is read whole in one call from its start, without asking its size first: a corpus is read file after file, and
 * each system call saved is saved 800 times. A file that fills the buffer is refused without being read further.
 */
export function readArticle(file: string): ReadResult {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buffer = (readBuffer ??= Buffer.allocUnsafe(MAX_ARTICLE_BYTES + 1));
    const size = readWhole(fd, buffer);
    // a pipe has no size of its own: what was read tells at least how large it is
    if (size > MAX_ARTICLE_BYTES) return { ok: false, reason: tooLarge(Math.max(fs.fstatSync(fd).size, size)) };
    return acceptText(buffer.toString('utf8', 0, size));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, reason: err.code === 'EACCES' ? 'permission denied' : err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Bytes read into the buffer, up to its length. A pipe has no start to read from, and gives its bytes in parts. */
function readWhole(fd: number, buffer: Buffer): number {
  try {
    return fs.readSync(fd, buffer, 0, buffer.length, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ESPIPE') throw e;
  }
  let size = 0;
  for (let got = -1; got !== 0 && size < buffer.length; size += got) got = fs.readSync(fd, buffer, size, buffer.length - size, null);
  return size;
}

/** Expands files and folders into article paths (folders recursively, .txt and .report files), sorted. */
export function collectArticles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) files.push(full);
    }
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try { stat = fs.statSync(p); } catch { missing.push(p); continue; }
    if (stat.isDirectory()) {
      try { walk(p); } catch { missing.push(p); }
    } else files.push(p);
  }
  return { files, missing };
}
