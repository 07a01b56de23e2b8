/** compromise's word -> tags table, inlined by esbuild.js at build time (see compromiseLexiconPlugin there). */
declare module 'compromise-lexicon' {
  const lexicon: Record<string, string | string[]>;
  export default lexicon;
}
