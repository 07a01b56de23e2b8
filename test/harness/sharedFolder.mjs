// Where the shared test material (corpus, gold, scorers) is: `../shared` beside the project; for a clone made
// elsewhere (a scratch folder), the one beside the local repository it was cloned from. The tests must not depend
// on where the checkout happens to sit.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function sharedFolder(root) {
  const beside = path.resolve(root, '../shared');
  if (fs.existsSync(beside)) return beside;
  try {
    const origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: root, encoding: 'utf8' }).trim();
    const besideOrigin = path.resolve(origin, '../shared');
    if (path.isAbsolute(origin) && fs.existsSync(besideOrigin)) return besideOrigin;
  } catch {
    // not a git checkout, or no origin: the folder beside the project is the only candidate
  }
  return beside;
}
