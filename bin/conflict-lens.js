#!/usr/bin/env node
'use strict';
// Starts the command line's bundle through V8's code cache: parsing the bundle's megabyte of script is a sixth of a
// short run's start. The cache is written to the system's temporary folder at the first run of each build and
// Node version, and used when V8 accepts it; anything amiss (no such folder, a cache V8 rejects) falls back to
// loading the bundle as usual.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire, wrap } = require('node:module');

const bundle = path.join(__dirname, '../dist/cli.js');

function cacheFile() {
  const { size, mtimeMs } = fs.statSync(bundle);
  return path.join(os.tmpdir(), 'conflict-lens-code-cache', `${process.version}-${process.arch}-${size}-${Math.round(mtimeMs)}.bin`);
}

/** The bundle compiled, with the cache when V8 accepts it, and the cache written when there was none to accept. */
function compiled() {
  const file = cacheFile();
  let cachedData;
  try {
    cachedData = fs.readFileSync(file);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  // made before the bundle runs: the command line then changes V8's flags, and a cache made under other flags is refused
  if (cachedData === undefined || script.cachedDataRejected) {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, script.createCachedData());
      forgetOtherCaches(file);
    } catch {
      // a read-only temporary folder: the next run parses the bundle again
    }
  }
  return script;
}

/** The caches of earlier builds (or Node versions) are of no more use: each is a third of a megabyte. */
function forgetOtherCaches(kept) {
  const folder = path.dirname(kept);
  for (const name of fs.readdirSync(folder)) {
    if (name.endsWith('.bin') && name !== path.basename(kept)) fs.rmSync(path.join(folder, name), { force: true });
  }
}

let script;
try {
  script = compiled();
} catch {
  script = undefined;
}
if (script) {
  const module = { exports: {}, filename: bundle, id: bundle };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
} else {
  require(bundle);
}
