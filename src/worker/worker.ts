import { parentPort } from 'node:worker_threads';
import { analyzeText, type GroupLabels } from '../core/analyze';
import { acceptText, readArticle } from '../core/files';
import { contentHash } from '../core/hash';
import { buildLexicon, defaultLexicon, type Lexicon } from '../core/lexicon/names';
import { type FromWorker, ToWorker } from './protocol';

// The analysis worker: reads and analyses articles off the extension host's thread, one message at a time.

let lexicon: Lexicon = defaultLexicon();

function handle(message: ToWorker): FromWorker {
  if (message.type === 'aliases') {
    lexicon = message.aliases ? buildLexicon(message.aliases) : defaultLexicon();
    return { type: 'ready', id: message.id };
  }
  const read = message.text !== undefined ? acceptText(message.text) : readArticle(message.file);
  if (!read.ok) return { type: 'skipped', id: message.id, file: message.file, reason: read.reason };
  const hash = contentHash(read.text);
  if (message.knownHash === hash) return { type: 'unchanged', id: message.id, hash };
  const labels: GroupLabels = new Map();
  const analysis = analyzeText(message.file, read.text, lexicon, labels);
  return { type: 'analysis', id: message.id, hash, analysis, labels: [...labels] };
}

const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');
port.on('message', (raw: unknown) => {
  const parsed = ToWorker.safeParse(raw);
  if (!parsed.success) return;
  const id = parsed.data.id;
  try {
    port.postMessage(handle(parsed.data));
  } catch (e) {
    const reason = `analysis failed: ${(e as Error).message}`;
    port.postMessage({ type: 'skipped', id, file: parsed.data.type === 'analyze' ? parsed.data.file : '', reason } satisfies FromWorker);
  }
});
