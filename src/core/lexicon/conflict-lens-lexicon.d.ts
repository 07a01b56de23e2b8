/** The lexicon compiled from the data files at build time (lexiconSnapshotPlugin in esbuild.js), read from its file at the first call. */
declare module 'conflict-lens-lexicon' {
  const load: () => unknown;
  export default load;
}
