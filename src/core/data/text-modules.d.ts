/** Data tables bundled as text (esbuild's text loader): read when the lexicon is compiled. */
declare module '*.txt' {
  const text: string;
  export default text;
}
