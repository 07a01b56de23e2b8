#!/usr/bin/env node
// npm run test:integration — the mocha suite in test/integration, inside a real VS Code extension host, launched
// through @vscode/test-electron's runTests: a desktop VS Code when CONFLICT_LENS_VSCODE names one (or `code` is on
// PATH and DISPLAY is set), otherwise code-server through the shim beside this file.
import { runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer } from './install.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const codeOnPath = process.env.DISPLAY ? spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim() : '';
const desktop = process.env.CONFLICT_LENS_VSCODE || codeOnPath || undefined;
if (!desktop) ensureCodeServer();
// the tests write settings and files into their workspace: they get a copy of the samples, never the samples
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'conflict-lens-it-'));
fs.cpSync(path.join(root, 'samples'), workspace, { recursive: true });
try {
  await runTests({
    vscodeExecutablePath: desktop ?? path.join(root, 'test/harness/code-shim.mjs'),
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/integration/index.js'),
    launchArgs: [workspace, '--disable-extensions'],
  });
} catch (e) {
  console.error(`integration tests failed: ${e.message ?? e}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
