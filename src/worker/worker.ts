import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';
import type * as Engine from '../core/engine';
import type { Lexicon } from '../core/lexicon/names';
import { type FromWorker, ToWorker } from './protocol';

// The analysis worker: reads and analyses articles off the extension host's thread, one batch at a time. The
// engine is the sibling bundle dist/engine.js, which the host also loads if this worker cannot run.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(path.join(__dirname, 'engine.js')) as typeof Engine;
// built when an article first needs analysing: a start from the cache mostly answers "unchanged" and needs none
let aliases: Extract<ToWorker, { type: 'aliases' }>['aliases'] = null;
let lexicon: Lexicon | undefined;
const currentLexicon = () => (lexicon ??= aliases ? engine.buildLexicon(aliases) : engine.defaultLexicon());

function handle(message: ToWorker): FromWorker {
  if (message.type === 'aliases') {
    aliases = message.aliases;
    lexicon = undefined;
    return { type: 'ready', id: message.id };
  }
  return { type: 'results', id: message.id, results: message.items.map((item) => engine.answerItem(item, currentLexicon)) };
}

const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');
port.on('message', (raw: unknown) => {
  const parsed = ToWorker.safeParse(raw);
  // a message this worker cannot read gets no answer; the host logs what it sent
  if (parsed.success) port.postMessage(handle(parsed.data));
});
