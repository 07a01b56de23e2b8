import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lowerHelperThreadPriority } from '../../src/cli/batchRuntime';
import { AnalysisOutput } from '../../src/core/model';
import { BIN, CLI, SAMPLES } from './paths';

const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });

describe('conflict-lens command line', () => {
  it('--help prints the usage and exits 0', () => {
    const r = run('--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /conflict-lens <command>/);
    assert.match(r.stdout, /analyze \[--json\] PATH/);
  });

  it('starts through a code cache of its own build, and leaves no cache of an earlier build behind', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-cache-'));
    try {
      const folder = path.join(tmp, 'conflict-lens-code-cache');
      fs.mkdirSync(folder);
      fs.writeFileSync(path.join(folder, 'v0.0.0-x64-1-1.bin'), 'an earlier build');
      const withTmp = () => spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } });
      assert.equal(withTmp().status, 0);
      const caches = fs.readdirSync(folder);
      assert.equal(caches.length, 1, caches.join(', '));
      assert.notEqual(caches[0], 'v0.0.0-x64-1-1.bin');
      assert.equal(withTmp().status, 0, 'a second start reads the cache');
      assert.deepEqual(fs.readdirSync(folder), caches);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('a usage error exits 1 with a message', () => {
    for (const args of [[], ['frobnicate', 'x'], ['analyze'], ['analyze', '--bogus', SAMPLES]]) {
      const r = run(...args);
      assert.equal(r.status, 1, args.join(' '));
      assert.match(r.stderr, /conflict-lens: /);
    }
  });

  it('analyze --json prints exactly one JSON object that parses with the schema', () => {
    const r = run('analyze', '--json', SAMPLES);
    assert.equal(r.status, 0, r.stderr);
    const out = AnalysisOutput.parse(JSON.parse(r.stdout));
    assert.equal(out.documents.length, 4);
    for (const d of out.documents) {
      const text = fs.readFileSync(d.file, 'utf8');
      for (const e of [...d.entities, ...d.figures]) assert.equal(text.slice(e.start, e.end), e.text);
    }
    assert.ok(out.disagreements.length >= 2);
  });

  it('unreadable, binary, empty and huge files are skipped and reported; the rest is analysed; exit 2', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-cli-'));
    fs.copyFileSync(path.join(SAMPLES, '002_5f087e301ec6f340.txt'), path.join(dir, 'good.txt'));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]));
    fs.writeFileSync(path.join(dir, 'huge.txt'), 'a'.repeat(3 * 1024 * 1024));
    const r = run('analyze', '--json', dir, path.join(dir, 'missing.txt'));
    assert.equal(r.status, 2);
    for (const name of ['empty.txt', 'binary.txt', 'huge.txt', 'missing.txt']) assert.match(r.stderr, new RegExp(`skipped .*${name.replace('.', '\\.')}`));
    const out = AnalysisOutput.parse(JSON.parse(r.stdout));
    assert.deepEqual(out.documents.map((d) => path.basename(d.file)), ['good.txt']);
    assert.ok(out.documents[0].figures.length > 5);
  });

  it('report lists the incidents whose sources disagree first, each claim with value, place, source and article', () => {
    const r = run('report', SAMPLES);
    assert.equal(r.status, 0);
    const lines = r.stdout.split('\n');
    assert.match(lines[0], /^DISAGREEMENTS: \d+ in 2 incidents/);
    const block = r.stdout.slice(0, r.stdout.indexOf('OTHER INCIDENTS'));
    assert.match(block, /Share of territory held by Syrian Democratic Forces \(%\) · Raqqa/);
    assert.match(block, /! 90%\s+Raqqa\s+Syrian Observatory for Human Rights/);
    assert.match(block, /! 65–70%\s+Raqqa\s+US-led coalition/);
    assert.match(block, /! at least 5,000\s+Hajin\s+Syrian Democratic Forces/);
    assert.match(r.stdout, /OTHER INCIDENTS WITH MORE THAN ONE CLAIM/);
  });

  it('a malformed aliases file is a usage error naming the problem', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cl-al-')), 'aliases.json');
    fs.writeFileSync(file, JSON.stringify({ actors: [{ aliases: ['X'] }] }));
    const r = run('analyze', '--aliases', file, SAMPLES);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /actors\.0\.canonical/);
  });
});

describe('batch run tuning', () => {
  // field 19 of /proc/<pid>/task/<tid>/stat, counted from the state after the command name
  const niceness = (tid: number) => Number(fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')[16]);

  it('on Linux, the helper threads step back and the analysing thread keeps its priority', function () {
    if (process.platform !== 'linux') this.skip();
    const before = niceness(process.pid);
    lowerHelperThreadPriority();
    const helpers = fs.readdirSync('/proc/self/task').map(Number).filter((tid) => tid !== process.pid);
    assert.ok(helpers.length > 0, 'Node runs V8 helper threads');
    assert.equal(niceness(process.pid), before);
    for (const tid of helpers) assert.ok(niceness(tid) > before, `thread ${tid} runs at niceness ${niceness(tid)}`);
  });
});
