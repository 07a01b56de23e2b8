// A private code-server (the real VS Code workbench and Node extension host) on 127.0.0.1, and Debian's Chromium
// driven by playwright-core to open it. Everything a run writes stays under one throw-away folder.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CACHE, CHROMIUM, ensureCodeServer } from './install.mjs';

export const RUNS = path.join(CACHE, 'runs');

const SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'git.enabled': false,
  'editor.hover.delay': 100,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

function runDirs() {
  fs.mkdirSync(RUNS, { recursive: true });
  // unix socket paths under TMPDIR must stay short, hence a short folder name
  const root = fs.mkdtempSync(path.join(RUNS, 'r-'));
  const dirs = { root, userData: path.join(root, 'user'), extensions: path.join(root, 'ext'), tmp: path.join(root, 'tmp'), log: path.join(root, 'server.log') };
  for (const d of [path.join(dirs.userData, 'User'), dirs.extensions, dirs.tmp]) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  fs.writeFileSync(path.join(root, 'config.yaml'), 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  return dirs;
}

function serverEnv(dirs, extraEnv) {
  return {
    ...process.env,
    ...extraEnv,
    EXTENSIONS_GALLERY: '{}', // no marketplace: nothing to reach, nothing to retry
    TMPDIR: dirs.tmp,
    XDG_CACHE_HOME: path.join(dirs.root, 'xdg-cache'),
    XDG_CONFIG_HOME: path.join(dirs.root, 'xdg-config'),
    XDG_DATA_HOME: path.join(dirs.root, 'xdg-data'),
  };
}

const baseArgs = (dirs) => ['--config', path.join(dirs.root, 'config.yaml'), '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

/** Installs a packaged .vsix into a run's extensions folder, as a user would with `code --install-extension`. */
export function installVsix(dirs, vsix) {
  const entry = ensureCodeServer();
  const r = spawnSync(process.execPath, [entry, ...baseArgs(dirs), '--install-extension', vsix], { env: serverEnv(dirs, {}), encoding: 'utf8' });
  fs.appendFileSync(dirs.log, `${r.stdout}\n${r.stderr}\n`);
  if (r.status !== 0) throw new Error(`installing ${vsix} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

/** Starts code-server on a free loopback port. Resolves { url, port, dirs, stop }. */
export async function startCodeServer({ env = {}, dirs = runDirs() } = {}) {
  const entry = ensureCodeServer();
  const args = [entry, ...baseArgs(dirs), '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--disable-proxy'];
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: serverEnv(dirs, env), detached: true });
  const log = fs.createWriteStream(dirs.log, { flags: 'a' });
  proc.stdout.pipe(log, { end: false });
  proc.stderr.pipe(log, { end: false });
  const port = await new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`code-server did not start within 90 s:\n${buf}`)), 90_000);
    const onData = (d) => {
      buf += d.toString();
      const m = buf.match(/HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (c) => { clearTimeout(timer); reject(new Error(`code-server exited early (${c}):\n${buf}`)); });
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* gone */ }
    await new Promise((r) => { if (proc.exitCode !== null) r(); else { proc.once('exit', r); setTimeout(r, 3000); } });
    try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ }
  };
  return { url: `http://127.0.0.1:${port}/`, port, dirs, proc, stop };
}

export { runDirs };

/** Debian's Chromium, headless, through playwright-core (which never downloads a browser of its own). */
export async function launchChromium(dirs) {
  const profile = path.join(dirs.root, 'chrome');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: path.join(profile, '.config'), XDG_CACHE_HOME: path.join(profile, '.cache') },
    viewport: { width: 1400, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  return context;
}

/** The workbench URL for a folder, optionally with a development extension, a test entry and a file to open in the payload. */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath, openFile }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${path.resolve(p)}`;
  const payload = [['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
  if (openFile) payload.push(['openFile', remote(openFile)]);
  for (const p of [extensionDevelopmentPath ?? []].flat()) payload.push(['extensionDevelopmentPath', remote(p)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const q = new URLSearchParams();
  if (folder) q.set('folder', path.resolve(folder));
  q.set('payload', JSON.stringify(payload));
  return `${server.url}?${q}`;
}

/** A fresh copy of a folder to open as the test workspace, so tests may write to it. */
export function copyWorkspace(dirs, from) {
  const to = path.join(dirs.root, 'workspace');
  fs.cpSync(from, to, { recursive: true });
  return to;
}
