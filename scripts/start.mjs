#!/usr/bin/env node
// npm start: builds the extension and opens the bundled sample articles with it loaded, an article open at first
// (the extension's first run then opens its view and its walkthrough) — in desktop VS Code when `code` is on PATH
// (and a display is there), otherwise in code-server on 127.0.0.1, whose URL is printed. Ctrl+C stops everything
// this started.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyWorkspace, runDirs, startCodeServer, workbenchUrl } from '../test/harness/codeServer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samples = path.join(root, 'samples');
const FIRST_ARTICLE = '002_5f087e301ec6f340.txt';

const build = spawnSync(process.execPath, [path.join(root, 'esbuild.js')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const code = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim();
if (code && (process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform !== 'linux')) {
  console.log(`Opening ${samples} in VS Code with Conflict Lens loaded from ${root}`);
  const child = spawn(code, ['--new-window', `--extensionDevelopmentPath=${root}`, samples, path.join(samples, FIRST_ARTICLE)], { stdio: 'inherit' });
  child.on('exit', (c) => process.exit(c ?? 0));
} else {
  const dirs = runDirs();
  // a copy, so what you try in the editor never changes the shipped samples
  const folder = copyWorkspace(dirs, samples);
  const server = await startCodeServer({ dirs });
  const url = workbenchUrl(server, { folder, extensionDevelopmentPath: root, openFile: path.join(folder, FIRST_ARTICLE) });
  console.log(`\nConflict Lens is running in VS Code (code-server) with the sample articles:\n\n  ${url}\n\nOpen that address in a browser on this machine. Press Ctrl+C to stop.\n`);
  const stop = async () => {
    await server.stop();
    fs.rmSync(dirs.root, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.proc.on('exit', (c) => { console.error(`code-server exited (${c}); its log: ${dirs.log}`); process.exit(1); });
}
