import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * Entry the extension host calls: runs every *.test.js beside this file. It writes its tally where the harness
 * asks (CONFLICT_LENS_TEST_RESULT), so an early exit of the host cannot pass for success.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
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
