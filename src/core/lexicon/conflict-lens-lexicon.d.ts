/** The lexicon compiled from the data files at build time (see lexiconSnapshotPlugin in esbuild.js). */
declare module 'conflict-lens-lexicon' {
  const snapshot: import('./snapshot').LexiconSnapshot;
  export default snapshot;
}
