import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { AnalysisWorker } from '../../src/vscode/corpus/workerClient';
import { ROOT, SAMPLES } from './paths';

/** The worker client runs without an editor: it only needs somewhere to write its log. */
function logSink(): vscode.OutputChannel & { lines: string[] } {
  const lines: string[] = [];
  return { lines, appendLine: (s: string) => lines.push(s) } as unknown as vscode.OutputChannel & { lines: string[] };
}

const sample = path.join(SAMPLES, '002_5f087e301ec6f340.txt');
const WORKER = path.join(ROOT, 'dist/worker.js');
const ENGINE = path.join(ROOT, 'dist/engine.js');

describe('analysis worker client', () => {
  it('analyses in a worker thread, and restarts it when it dies without losing the request', async () => {
    const log = logSink();
    const worker = new AnalysisWorker(WORKER, ENGINE, log, () => assert.fail('no fallback expected'));
    try {
      const first = await worker.request({ type: 'analyze', items: [{ file: sample }] });
      assert.equal(first.type === 'results' && first.results[0].type, 'analysis');
      await worker.crashForTest();
      const again = await worker.request({ type: 'analyze', items: [{ file: sample }, { file: path.join(SAMPLES, 'missing.txt') }] });
      assert.ok(again.type === 'results');
      assert.equal(again.results[0].type, 'analysis');
      assert.deepEqual(again.results[1], { type: 'skipped', reason: 'no such file' });
      assert.ok(log.lines.some((l) => /restarting/.test(l)), log.lines.join('\n'));
      assert.equal(worker.fallback, false);
    } finally {
      worker.dispose();
    }
  });

  it('answers "unchanged" for content whose hash it was given', async () => {
    const worker = new AnalysisWorker(WORKER, ENGINE, logSink(), () => {});
    try {
      const first = await worker.request({ type: 'analyze', items: [{ file: sample }] });
      const hash = first.type === 'results' && first.results[0].type === 'analysis' ? first.results[0].hash : '';
      const second = await worker.request({ type: 'analyze', items: [{ file: sample, knownHash: hash }] });
      assert.deepEqual(second.type === 'results' && second.results[0], { type: 'unchanged', hash });
    } finally {
      worker.dispose();
    }
  });

  it('falls back to analysing on this thread, with a warning, when the worker cannot run', async () => {
    const log = logSink();
    let warned = '';
    const worker = new AnalysisWorker(path.join(ROOT, 'dist/no-such-worker.js'), ENGINE, log, (reason) => { warned = reason; });
    try {
      const answer = await worker.request({ type: 'analyze', items: [{ file: sample }] });
      assert.equal(answer.type === 'results' && answer.results[0].type, 'analysis');
      assert.equal(worker.fallback, true);
      assert.match(warned, /worker/);
    } finally {
      worker.dispose();
    }
  });
});
