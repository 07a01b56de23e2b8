import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * Runs every *.test.js of a folder in the extension host. It writes its tally where the harness asks
 * (CONFLICT_LENS_TEST_RESULT), so an early exit of the host cannot pass for success.
 */
export function runSuite(dir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 120_000, reporter: 'spec' });
  for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const resultFile = process.env.CONFLICT_LENS_TEST_RESULT;
      const stats = { tests: runner.stats?.tests ?? 0, passes: runner.stats?.passes ?? 0, failures };
      if (resultFile) fs.writeFileSync(resultFile, JSON.stringify(stats));
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else if (stats.tests === 0) reject(new Error('no test ran'));
      else resolve();
    });
  });
}

/** Entry the extension host calls for the suite on the sample articles: the tests beside this file. */
export const run = (): Promise<void> => runSuite(__dirname);
