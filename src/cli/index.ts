import { tuneForBatchRun } from './batchRuntime';
import { main } from './main';

declare const CONFLICT_LENS_VERSION: string;

tuneForBatchRun();
process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s), CONFLICT_LENS_VERSION);
