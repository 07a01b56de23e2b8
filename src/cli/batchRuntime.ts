import v8 from 'node:v8';

/**
 * Tunes V8 for a short batch run. Analysing a folder of articles takes about a second, and most of a cold run
 * passes before V8's optimising compiler has caught up with the hot code: compiling takes longer than running.
 * Without inlining, TurboFan compiles each function several times faster, so optimised code arrives while it
 * still matters (on the FA-KES corpus: a cold run ~14% faster, a warm pass ~5% slower; compromise itself runs
 * ~5% slower with it, so only our own processes use it). V8 flags are process-wide: only the command line (and
 * the benchmark's child that stands for it) call this, never the extension host or its worker.
 */
export function tuneForBatchRun(): void {
  v8.setFlagsFromString('--no-turbo-inlining');
}
