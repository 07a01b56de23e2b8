import fs from 'node:fs';
import path from 'node:path';

/** Articles larger than this are refused: they are not news articles, and would stall the index. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = ['.txt', '.report'];

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

const tooLarge = (size: number) => `too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB)`;

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

// Control characters other than tab and line breaks; NUL is looked for on its own.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x01-\x08\x0e-\x1f]/g;

/** Why these bytes are not an article, or undefined when they are one. */
export function refuseBytes(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'empty file';
  if (bytes.length > MAX_ARTICLE_BYTES) return tooLarge(bytes.length);
  const probe = bytes.subarray(0, 8192);
  // searched natively: a text has none of these bytes, and a loop over each byte would cost more than the search
  if (probe.indexOf(0) >= 0) return 'binary file (contains NUL bytes)';
  const control = Buffer.from(probe.buffer, probe.byteOffset, probe.length).toString('latin1').match(CONTROL)?.length ?? 0;
  if (control / probe.length > 0.05) return 'binary file (control characters)';
  return undefined;
}

/** Decodes an article as UTF-8; malformed bytes become U+FFFD, as the FA-KES texts already contain. */
export function decodeArticle(bytes: Uint8Array): ReadResult {
  const refusal = refuseBytes(bytes);
  if (refusal) return { ok: false, reason: refusal };
  const text = decoder.decode(bytes);
  if (text.trim().length === 0) return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text };
}

/** The same checks for text already in memory (an editor's unsaved content). */
export function acceptText(text: string): ReadResult {
  if (text.trim().length === 0) return { ok: false, reason: 'empty file (only whitespace)' };
  if (text.length > MAX_ARTICLE_BYTES) return { ok: false, reason: tooLarge(text.length) };
  if (text.includes('\0')) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  return { ok: true, text };
}

// One buffer for every read: an article is decoded into a string before the next is read.
let buffer: Buffer | undefined;

export function readArticle(file: string): ReadResult {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (stat.size > MAX_ARTICLE_BYTES) return { ok: false, reason: tooLarge(stat.size) };
    buffer ??= Buffer.allocUnsafe(MAX_ARTICLE_BYTES);
    // the article as it was when it was opened: a file still being written is read again when it changes
    let length = 0;
    for (let n = 1; length < stat.size && n > 0; length += n) n = fs.readSync(fd, buffer, length, stat.size - length, null);
    return decodeArticle(buffer.subarray(0, length));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, reason: err.code === 'EACCES' ? 'permission denied' : err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
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
