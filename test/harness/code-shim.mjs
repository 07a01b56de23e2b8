#!/usr/bin/env node
// Stands in for a desktop VS Code executable where none can be installed: @vscode/test-electron's runTests()
// launches it with the desktop flags, and it runs the same test entry in code-server's extension host instead.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
if (argv.includes('--version')) { console.log('1.100.3\ncode-server\nx64'); process.exit(0); }

const dev = [];
let tests;
let folder;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const eq = a.indexOf('=');
  const [key, inline] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
  const value = () => inline ?? argv[++i];
  if (key === '--extensionDevelopmentPath') dev.push(value());
  else if (key === '--extensionTestsPath') tests = value();
  else if (['--user-data-dir', '--extensions-dir', '--folder-uri', '--locale', '--log', '--crash-reporter-directory'].includes(key) && inline === undefined) i++;
  else if (!a.startsWith('-')) folder = a;
}
if (!dev.length || !tests) { console.error('code-shim: --extensionDevelopmentPath and --extensionTestsPath are required'); process.exit(2); }
const args = [path.join(here, 'run-extension-tests.mjs'), '--extensionTestsPath', tests, ...dev.flatMap((p) => ['--extensionDevelopmentPath', p])];
if (folder) args.push('--folder', folder);
const child = spawn(process.execPath, args, { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 2)));
