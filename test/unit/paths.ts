import * as path from 'node:path';

/** The project root and the shared material beside it (read-only test data and the official scorers). */
export const ROOT = path.resolve(__dirname, '../../..');
export const SHARED = path.resolve(ROOT, '../shared');
export const SAMPLES = path.join(ROOT, 'samples');
export const CLI = path.join(ROOT, 'dist/cli.js');
