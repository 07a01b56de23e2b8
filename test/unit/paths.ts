import * as path from 'node:path';
import { sharedFolder } from '../harness/sharedFolder.mjs';

/** The project root and the shared material beside it (read-only test data and the official scorers). */
export const ROOT = path.resolve(__dirname, '../../..');
export const SHARED = sharedFolder(ROOT);
export const SAMPLES = path.join(ROOT, 'samples');
export const CLI = path.join(ROOT, 'dist/cli.js');
/** The command as installed: it starts the bundle through V8's code cache. */
export const BIN = path.join(ROOT, 'bin/conflict-lens.js');
