// The analysis engine as one module: the worker thread runs it, and the extension host loads it (dist/engine.js)
// only when the worker cannot run, so activating the extension never pays for the lexicon.
export { answerItem } from './corpus/answer';
export { buildLexicon, defaultLexicon } from './lexicon/bundled';
