#!/usr/bin/env node
// Runs a mocha suite inside code-server's real extension host and exits with its result:
//   node run-extension-tests.mjs --extensionDevelopmentPath DIR --extensionTestsPath FILE --folder WORKSPACE
// Exit 0 only when the workbench reports success AND the runner's result file says tests ran and none failed:
// a process.exit(0) inside the extension host, or a host that dies early, is a failure.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyWorkspace, launchChromium, runDirs, startCodeServer, workbenchUrl } from './codeServer.mjs';

const { values: opt } = parseArgs({ options: {
  extensionDevelopmentPath: { type: 'string', multiple: true },
  extensionTestsPath: { type: 'string' },
  folder: { type: 'string' },
  timeout: { type: 'string', default: '300' },
} });
for (const k of ['extensionDevelopmentPath', 'extensionTestsPath']) {
  if (!opt[k]?.length) { console.error(`run-extension-tests: missing --${k}`); process.exit(2); }
}

const t0 = Date.now();
const dirs = runDirs();
const resultFile = path.join(dirs.root, 'result.json');
let server;
let browser;
let finishing = false;

async function finish(code, why) {
  if (finishing) return;
  finishing = true;
  if (why) console.error(`[harness] ${why}`);
  try { await browser?.close(); } catch { /* closed */ }
  await server?.stop();
  if (code === 0) fs.rmSync(dirs.root, { recursive: true, force: true });
  else console.error(`[harness] server log and workspace kept in ${dirs.root}`);
  console.log(`[harness] exit ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.exit(code);
}

process.on('SIGINT', () => finish(130, 'interrupted'));
process.on('SIGTERM', () => finish(143, 'terminated'));
setTimeout(() => finish(2, `timed out after ${opt.timeout} s`), Number(opt.timeout) * 1000).unref();

try {
  const folder = opt.folder ? copyWorkspace(dirs, opt.folder) : fs.mkdtempSync(path.join(dirs.root, 'empty-'));
  // the extension host inherits code-server's environment: this is how the runner learns where to write
  server = await startCodeServer({ dirs, env: { CONFLICT_LENS_TEST_RESULT: resultFile } });
  console.log(`[harness] code-server at ${server.url} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  browser = await launchChromium(dirs);
  const page = browser.pages()[0] ?? await browser.newPage();
  // the workbench reports through these when the payload has an extensionTestsPath (VS Code's browser test contract)
  await page.exposeFunction('codeAutomationLog', (type, args) => (console[type] ?? console.log)(...args));
  await page.exposeFunction('codeAutomationExit', (code) => {
    let result;
    try { result = JSON.parse(fs.readFileSync(resultFile, 'utf8')); } catch { /* no result */ }
    if (code !== 0) return void setImmediate(() => finish(1, `the extension host reported failure (${code})`));
    if (!result) return void setImmediate(() => finish(3, 'the extension host exited with 0 but the test runner never finished'));
    if (result.tests === 0) return void setImmediate(() => finish(1, 'no test ran'));
    if (result.failures !== 0) return void setImmediate(() => finish(1, `${result.failures} test(s) failed`));
    setImmediate(() => finish(0));
  });
  page.on('crash', () => finish(2, 'the workbench page crashed'));
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath: opt.extensionDevelopmentPath, extensionTestsPath: opt.extensionTestsPath }));
} catch (e) {
  await finish(2, e.stack ?? String(e));
}
