#!/usr/bin/env node
// npm run test:integration — the mocha suite in test/integration, inside a real VS Code extension host, launched
// through @vscode/test-electron's runTests: a desktop VS Code when CONFLICT_LENS_VSCODE names one (or `code` is on
// PATH and DISPLAY is set), otherwise code-server through the shim beside this file.
import { runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer } from './install.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const codeOnPath = process.env.DISPLAY ? spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim() : '';
const desktop = process.env.CONFLICT_LENS_VSCODE || codeOnPath || undefined;
if (!desktop) ensureCodeServer();
try {
  await runTests({
    vscodeExecutablePath: desktop ?? path.join(root, 'test/harness/code-shim.mjs'),
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/integration/index.js'),
    launchArgs: [path.join(root, 'samples'), '--disable-extensions'],
  });
} catch (e) {
  console.error(`integration tests failed: ${e.message ?? e}`);
  process.exit(1);
}
