// Installs the pinned code-server (the real VS Code workbench and extension host, served to a browser) into a
// git-ignored cache folder on first use, the way @vscode/test-electron downloads VS Code; later runs reuse it.
// Also makes sure the system packages it needs are there (Debian, as root), since no desktop VS Code can be had.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3'; // = VS Code 1.100.3, the last line that runs on Node 20
const RIPGREP_PKG_VERSION = '1.15.11'; // the @vscode/ripgrep pinned by that code-server
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const APT_PACKAGES = ['libkrb5-dev', 'chromium', 'ripgrep', 'g++', 'make', 'python3'];

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = process.env.CONFLICT_LENS_TEST_CACHE ?? path.join(ROOT, '.vscode-test');
const INSTALL_DIR = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = path.join(INSTALL_DIR, 'node_modules/code-server/out/node/entry.js');
export const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function ensureSystemPackages() {
  const missing = !fs.existsSync(CHROMIUM) || !has('rg') || !fs.existsSync('/usr/include/gssapi/gssapi.h') || !has('g++');
  if (!missing) return;
  if (process.getuid?.() !== 0 || !has('apt-get')) {
    throw new Error(`code-server needs ${APT_PACKAGES.join(', ')}; install them (Debian: apt-get install -y ${APT_PACKAGES.join(' ')}) and run again`);
  }
  console.log(`[install] apt-get install ${APT_PACKAGES.join(' ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...APT_PACKAGES], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

// @vscode/ripgrep's postinstall downloads rg from GitHub, which is out of reach; it looks in this cache first.
function seedRipgrepCache(tmp) {
  const dir = path.join(tmp, `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
  fs.mkdirSync(dir, { recursive: true });
  const asset = path.join(dir, RIPGREP_ASSET);
  if (fs.existsSync(asset) && fs.statSync(asset).size > 0) return;
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  execFileSync('tar', ['czf', asset, '-C', path.dirname(rg), path.basename(rg)]);
}

export function ensureCodeServer() {
  ensureSystemPackages();
  if (fs.existsSync(CODE_SERVER_ENTRY)) return CODE_SERVER_ENTRY;
  console.log(`[install] code-server ${CODE_SERVER_VERSION} into ${INSTALL_DIR} (first run only, a few minutes)`);
  const staging = `${INSTALL_DIR}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  fs.writeFileSync(path.join(staging, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-install-'));
  seedRipgrepCache(tmp);
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--unsafe-perm=true', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: staging,
    stdio: 'inherit',
    // code-server's postinstall refuses to run as root without unsafe-perm; a native module's postinstall runs
    // `npx node-gyp`, which an npmrc with yes=false would refuse.
    env: { ...process.env, TMPDIR: tmp, npm_config_yes: 'true', npm_config_unsafe_perm: 'true' },
  });
  fs.rmSync(tmp, { recursive: true, force: true });
  if (result.status !== 0 || !fs.existsSync(path.join(staging, 'node_modules/code-server/out/node/entry.js'))) {
    throw new Error(`installing code-server ${CODE_SERVER_VERSION} failed (npm exit ${result.status})`);
  }
  fs.rmSync(INSTALL_DIR, { recursive: true, force: true });
  fs.renameSync(staging, INSTALL_DIR);
  return CODE_SERVER_ENTRY;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(ensureCodeServer());
}
