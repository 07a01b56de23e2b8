import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { UserAliasFile } from '../../core/data/schemas';
import type * as Engine from '../../core/engine';
import type { Lexicon } from '../../core/lexicon/names';
import { FromWorker, type ToWorker } from '../../worker/protocol';

type Request = ToWorker extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;
type Pending = { resolve: (m: FromWorker) => void; reject: (e: Error) => void; message: ToWorker };

const MAX_RESTARTS = 5;

/**
 * Runs the analysis in a worker thread. If the worker dies it is restarted and the requests in flight are sent
 * again; if it cannot run at all, analysis falls back to this thread (the caller is told, to warn the user).
 */
export class AnalysisWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private restarts = 0;
  private inProcess: Lexicon | undefined;
  private engine: typeof Engine | undefined;
  private aliases: UserAliasFile | null = null;
  private disposed = false;

  /** `workerFile` and `engineFile` are the bundles dist/worker.js and dist/engine.js. */
  constructor(private readonly workerFile: string, private readonly engineFile: string, private readonly log: vscode.OutputChannel, private readonly onFallback: (reason: string) => void) {
    this.start();
  }

  /** The engine on this thread, loaded the first time the worker fails for good. */
  private loadEngine(): typeof Engine {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (this.engine ??= require(this.engineFile) as typeof Engine);
  }

  private hostLexicon(): Lexicon {
    const engine = this.loadEngine();
    return this.aliases ? engine.buildLexicon(this.aliases) : engine.defaultLexicon();
  }

  get fallback(): boolean { return this.inProcess !== undefined; }

  private start(): void {
    try {
      const worker = new Worker(this.workerFile);
      worker.on('message', (raw) => this.onMessage(raw));
      worker.on('error', (e) => this.log.appendLine(`[worker] error: ${e.stack ?? e.message}`));
      worker.on('exit', (code) => this.onExit(worker, code));
      this.worker = worker;
      if (this.aliases) worker.postMessage({ type: 'aliases', id: 0, aliases: this.aliases } satisfies ToWorker);
      for (const p of this.pending.values()) worker.postMessage(p.message);
    } catch (e) {
      this.fallBack(`the analysis worker could not start: ${(e as Error).message}`);
    }
  }

  private onExit(worker: Worker, code: number): void {
    if (this.worker !== worker || this.disposed) return;
    this.worker = undefined;
    this.log.appendLine(`[worker] exited with code ${code}; ${this.pending.size} request(s) in flight`);
    if (++this.restarts > MAX_RESTARTS) { this.fallBack(`the analysis worker stopped ${MAX_RESTARTS} times`); return; }
    this.log.appendLine('[worker] restarting');
    this.start();
  }

  private fallBack(reason: string): void {
    this.log.appendLine(`[worker] ${reason}; analysing open documents on the extension host`);
    this.inProcess = this.hostLexicon();
    this.onFallback(reason);
    for (const [id, p] of this.pending) { this.pending.delete(id); p.resolve(this.analyzeHere(p.message)); }
  }

  private onMessage(raw: unknown): void {
    const parsed = FromWorker.safeParse(raw);
    if (!parsed.success) { this.log.appendLine(`[worker] malformed message ignored: ${parsed.error.message}`); return; }
    const p = this.pending.get(parsed.data.id);
    if (!p) return;
    this.pending.delete(parsed.data.id);
    p.resolve(parsed.data);
  }

  private analyzeHere(message: ToWorker): FromWorker {
    if (message.type === 'aliases') return { type: 'ready', id: message.id };
    const lexicon = (this.inProcess ??= this.hostLexicon());
    return { type: 'results', id: message.id, results: message.items.map((item) => this.loadEngine().answerItem(item, lexicon)) };
  }

  request(body: Request): Promise<FromWorker> {
    const message = { ...body, id: this.nextId++ } as ToWorker;
    if (message.type === 'aliases') {
      this.aliases = message.aliases;
      if (this.inProcess) this.inProcess = this.hostLexicon();
    }
    if (this.inProcess || !this.worker) return Promise.resolve(this.analyzeHere(message));
    return new Promise((resolve, reject) => {
      this.pending.set(message.id, { resolve, reject, message });
      this.worker!.postMessage(message);
    });
  }

  /** For tests of the restart path: ends the worker as a crash would. */
  crashForTest(): Promise<number> | undefined {
    return this.worker?.terminate();
  }

  dispose(): void {
    this.disposed = true;
    void this.worker?.terminate();
    for (const p of this.pending.values()) p.reject(new Error('analysis worker disposed'));
    this.pending.clear();
  }
}
