// The harness must not be fooled: a host that exits 0 early, a run with no test and a failing test all fail.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const run = (fixture) => spawnSync(process.execPath, [path.join(here, 'run-extension-tests.mjs'), '--extensionDevelopmentPath', root,
  '--extensionTestsPath', path.join(here, 'fixtures', fixture), '--folder', path.join(root, 'samples'), '--timeout', '120'], { encoding: 'utf8' });

describe('the extension-host test harness', function () {
  this.timeout(150_000);
  it('fails when the extension host exits with 0 before the tests report', () => {
    const r = run('exit-zero.js');
    assert.notEqual(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout + r.stderr, /never finished|exited early|timed out|reported failure/);
  });
  it('fails when no test ran', () => {
    const r = run('no-tests.js');
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /no test ran/);
  });
  it('fails when a test fails', () => {
    const r = run('one-failure.js');
    assert.equal(r.status, 1, r.stdout + r.stderr);
  });
});
