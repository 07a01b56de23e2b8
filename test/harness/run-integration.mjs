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
import { sharedFolder } from './sharedFolder.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const codeOnPath = process.env.DISPLAY ? spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim() : '';
const desktop = process.env.CONFLICT_LENS_VSCODE || codeOnPath || undefined;
if (!desktop) ensureCodeServer();
/** Runs one suite in a fresh copy of a workspace (the tests write settings and files into it, never into the original). */
async function suite(name, entry, fill) {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'conflict-lens-it-'));
  fill(workspace);
  try {
    console.log(`[integration] ${name}`);
    await runTests({
      vscodeExecutablePath: desktop ?? path.join(root, 'test/harness/code-shim.mjs'),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, entry),
      launchArgs: [workspace, '--disable-extensions'],
    });
  } catch (e) {
    console.error(`integration tests failed (${name}): ${e.message ?? e}`);
    process.exitCode = 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

await suite('the sample articles', 'out/test/integration/index.js', (ws) => fs.cpSync(path.join(root, 'samples'), ws, { recursive: true }));
// the FA-KES articles alone, as a reader's folder of .txt files: without the corpus's metadata file
await suite('804 FA-KES articles', 'out/test/integration/fakes/index.js', (ws) => {
  const fakes = path.join(sharedFolder(root), 'corpus/fakes');
  for (const f of fs.readdirSync(fakes)) if (f.endsWith('.txt')) fs.copyFileSync(path.join(fakes, f), path.join(ws, f));
  fs.mkdirSync(path.join(ws, '.vscode'));
  fs.writeFileSync(path.join(ws, '.vscode/settings.json'), JSON.stringify({ 'files.associations': { '*.txt': 'conflict-report' } }));
});
