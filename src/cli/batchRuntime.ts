import fs from 'node:fs';
import os from 'node:os';
import v8 from 'node:v8';

/** How far the process's helper threads step back: enough to leave the analysing thread a core of its own. */
const HELPER_THREAD_NICENESS = 10;

/**
 * Tunes the process for a short batch run; only the command line (and the benchmark's child that stands for it)
 * call this, never the extension host or its worker, because both settings are process-wide.
 *
 * Analysing a folder of articles takes about a second, and most of a cold run passes before V8's optimising
 * compiler has caught up with the hot code: compiling takes longer than running.
 * - Without inlining, TurboFan compiles each function several times faster, so optimised code arrives while it
 *   still matters (on the FA-KES corpus: a cold run 14–27% faster across measurements, a warm pass ~5% slower;
 *   compromise itself runs ~5% slower with it, so only our own processes use it).
 * - Every function is compiled to baseline machine code (Sparkplug) at its first call instead of being interpreted
 *   until it has run a while: most of the analysis waits for the optimising compiler, and what waits runs as
 *   baseline code from the start (on the FA-KES corpus: 52 paired cold runs, 38 faster, typically by 4–10%).
 * - The young generation grows eight-fold instead of two-fold when it fills with survivors, so it reaches its full
 *   size (32 MB) in three steps instead of five: a batch keeps every article's results, and each collection of a
 *   small young generation copies the latest again (on the FA-KES corpus: 18 collections down to 15; of 80 paired
 *   cold runs, 56 faster, by 0–5%, about 2% overall).
 * - V8 compiles and collects garbage on four helper threads whatever the number of cores. On a machine with two,
 *   they take turns on the core the analysing thread runs on; at a lower priority they wait for the other core
 *   instead (on the FA-KES corpus on two cores: a cold run 8–12% faster). Where there are cores to spare, nothing
 *   changes. Only Linux lists a process's threads where they can be reprioritised one by one.
 */
export function tuneForBatchRun(): void {
  v8.setFlagsFromString('--no-turbo-inlining');
  v8.setFlagsFromString('--always-sparkplug');
  v8.setFlagsFromString('--semi-space-growth-factor=8');
  lowerHelperThreadPriority();
}

export function lowerHelperThreadPriority(): void {
  if (process.platform !== 'linux') return;
  let threads: string[];
  try {
    threads = fs.readdirSync('/proc/self/task');
  } catch {
    return; // no /proc: the run goes on at the usual priorities
  }
  for (const tid of threads.map(Number)) {
    if (tid === process.pid) continue;
    try {
      os.setPriority(tid, HELPER_THREAD_NICENESS);
    } catch {
      // a thread that has just ended, or a system that refuses: the run goes on at the usual priority
    }
  }
}
