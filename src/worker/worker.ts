import { parentPort } from 'node:worker_threads';
import { buildLexicon, defaultLexicon, type Lexicon } from '../core/lexicon/names';
import { answerItem } from '../core/corpus/answer';
import { type FromWorker, ToWorker } from './protocol';

// The analysis worker: reads and analyses articles off the extension host's thread, one batch at a time.

let lexicon: Lexicon = defaultLexicon();

function handle(message: ToWorker): FromWorker {
  if (message.type === 'aliases') {
    lexicon = message.aliases ? buildLexicon(message.aliases) : defaultLexicon();
    return { type: 'ready', id: message.id };
  }
  return { type: 'results', id: message.id, results: message.items.map((item) => answerItem(item, lexicon)) };
}

const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');
port.on('message', (raw: unknown) => {
  const parsed = ToWorker.safeParse(raw);
  // a message this worker cannot read gets no answer; the host logs what it sent
  if (parsed.success) port.postMessage(handle(parsed.data));
});
