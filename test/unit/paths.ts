import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The project root and the shared material beside it (read-only test data and the official scorers). */
export const ROOT = path.resolve(__dirname, '../../..');
export const SHARED = sharedFolder();
export const SAMPLES = path.join(ROOT, 'samples');
export const CLI = path.join(ROOT, 'dist/cli.js');

/**
 * `../shared` beside the project; for a clone made elsewhere (a scratch folder), the one beside the local
 * repository it was cloned from. The tests need the shared corpus and scorers, and must not depend on where the
 * checkout happens to sit.
 */
function sharedFolder(): string {
  const beside = path.resolve(ROOT, '../shared');
  if (fs.existsSync(beside)) return beside;
  try {
    const origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const besideOrigin = path.resolve(origin, '../shared');
    if (path.isAbsolute(origin) && fs.existsSync(besideOrigin)) return besideOrigin;
  } catch {
    // not a git checkout, or no origin: the folder beside the project is the only candidate
  }
  return beside;
}
