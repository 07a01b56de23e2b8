import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CorpusIndex } from '../../core/corpus/corpusIndex';
import { UserAliasFile } from '../../core/data/schemas';
import type { DocumentAnalysis } from '../../core/model';
import type { AnalyzeItem, ItemResult } from '../../worker/protocol';
import { type CacheEntry, IndexCache } from './cache';
import { articleGlobs, LANGUAGE_ID, readSettings, type Settings } from './settings';
import { AnalysisWorker } from './workerClient';

const FILE_DEBOUNCE_MS = 150;
const EDIT_DEBOUNCE_MS = 250;
const CHANGE_DEBOUNCE_MS = 16;
const BULK_CHANGE_INTERVAL_MS = 300;
const PROGRESS_THRESHOLD = 40;
const BATCH_SIZE = 128;

/**
 * The extension host's side of the corpus index: decides which files are articles, has the worker analyse them,
 * keeps one in-memory CorpusIndex current as files and editors change, and tells the features when it changed.
 */
export class CorpusService implements vscode.Disposable {
  readonly index = new CorpusIndex();
  readonly skipped = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) after the index changed. */
  readonly onDidChange = this.changed.event;
  private readonly worker: AnalysisWorker;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private changeTimer: NodeJS.Timeout | undefined;
  private settings: Settings = readSettings();
  private watcherDisposables: vscode.Disposable[] = [];
  private busy = 0;
  private indexing: Promise<void> = Promise.resolve();
  private readonly busyChanged = new vscode.EventEmitter<boolean>();
  readonly onDidChangeBusy = this.busyChanged.event;

  private readonly cache: IndexCache;
  private cacheLoaded = false;
  /** How long the last full indexing took: finding the files and starting the worker, then the articles. */
  lastIndexing = { readyMs: 0, indexMs: 0 };
  /** How the last indexing runs got their analyses: from the cache, or from the worker. */
  readonly stats = { fromCache: 0, analysed: 0 };

  constructor(extensionPath: string, storage: vscode.Uri | undefined, readonly log: vscode.OutputChannel) {
    this.cache = new IndexCache(storage, log);
    this.worker = new AnalysisWorker(path.join(extensionPath, 'dist', 'worker.js'), path.join(extensionPath, 'dist', 'engine.js'), log, (reason) => {
      void vscode.window.showWarningMessage(`Conflict Lens: ${reason}. Only open articles are analysed.`, 'Show Log').then((a) => a && log.show());
    });
    this.disposables.push(
      this.changed, this.busyChanged,
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e.document)),
      vscode.workspace.onDidSaveTextDocument((d) => this.onSave(d)),
      vscode.workspace.onDidOpenTextDocument((d) => this.onOpen(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.onClose(d)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reopen()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('conflictLens') || e.affectsConfiguration('files.associations')) void this.reload();
      }),
    );
  }

  get isBusy(): boolean { return this.busy > 0; }
  get usingFallback(): boolean { return this.worker.fallback; }
  get currentSettings(): Settings { return this.settings; }

  /** Resolves when the indexing started last has finished. */
  whenIndexed(): Promise<void> { return this.indexing; }

  isArticle(document: vscode.TextDocument): boolean {
    return document.languageId === LANGUAGE_ID && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
  }

  analysisOf(document: vscode.TextDocument): DocumentAnalysis | undefined {
    return this.index.get(this.keyOf(document.uri));
  }

  keyOf(uri: vscode.Uri): string { return uri.scheme === 'file' ? uri.fsPath : uri.toString(); }

  /** Analyses a document now (an open editor's text) and waits for it to be in the index. */
  async ensure(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    const existing = this.analysisOf(document);
    if (existing && !document.isDirty) return existing;
    await this.analyze(this.keyOf(document.uri), document.getText());
    return this.analysisOf(document);
  }

  private setBusy(delta: number): void {
    const was = this.isBusy;
    this.busy += delta;
    if (was !== this.isBusy) this.busyChanged.fire(this.isBusy);
  }

  /** While the whole corpus is being indexed the views refresh a few times a second, not after every article. */
  private bulk = false;

  private fireChanged(): void {
    if (this.bulk && this.changeTimer) return;
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      // once per burst of changes, not on the first hover
      this.index.prepareQueries();
      this.changed.fire();
    }, this.bulk ? BULK_CHANGE_INTERVAL_MS : CHANGE_DEBOUNCE_MS);
  }

  private analyze(file: string, text?: string): Promise<void> {
    return this.analyzeBatch([{ file, text }]);
  }

  /**
   * Analyses files (or editors' texts) into the index, in one round trip to the worker. A file whose size and
   * modification time match the cache is taken from it without a read; one whose content hash matches is not
   * analysed again.
   */
  private async analyzeBatch(items: { file: string; text?: string }[]): Promise<void> {
    this.setBusy(1);
    try {
      const pending: { item: AnalyzeItem; stat?: { mtime: number; size: number }; cached?: CacheEntry }[] = [];
      for (const { file, text } of items) {
        const stat = text === undefined ? statOf(file) : undefined;
        const cached = stat ? this.cache.get(file) : undefined;
        if (cached && stat && cached.mtime === stat.mtime && cached.size === stat.size) {
          if (this.index.get(file) !== cached.analysis) {
            this.skipped.delete(file);
            this.index.set(cached.analysis, new Map(cached.labels));
            this.stats.fromCache++;
          }
          continue;
        }
        pending.push({ item: { file, text, knownHash: cached?.hash }, stat, cached });
      }
      if (pending.length) {
        const answer = await this.worker.request({ type: 'analyze', items: pending.map((p) => p.item) });
        if (answer.type === 'results') answer.results.forEach((result, k) => this.apply(pending[k], result));
      }
      this.fireChanged();
    } catch (e) {
      this.log.appendLine(`[index] ${items.map((i) => i.file).join(', ')}: ${(e as Error).message}`);
    } finally {
      this.setBusy(-1);
    }
  }

  private apply(p: { item: AnalyzeItem; stat?: { mtime: number; size: number }; cached?: CacheEntry }, result: ItemResult): void {
    const file = p.item.file;
    if (result.type === 'unchanged' && p.cached && p.stat) {
      this.index.set(p.cached.analysis, new Map(p.cached.labels));
      this.cache.set(file, { ...p.cached, mtime: p.stat.mtime, size: p.stat.size });
      this.stats.fromCache++;
    } else if (result.type === 'analysis') {
      this.stats.analysed++;
      this.skipped.delete(file);
      this.index.set(result.analysis, new Map(result.labels));
      if (p.stat) this.cache.set(file, { hash: result.hash, mtime: p.stat.mtime, size: p.stat.size, analysis: result.analysis, labels: result.labels });
    } else if (result.type === 'skipped') {
      this.cache.delete(file);
      this.skipped.set(file, result.reason);
      this.index.delete(file);
      this.log.appendLine(`[index] skipped ${file}: ${result.reason}`);
    }
  }

  /** Starts over as a new window would: empty index, cache read again from disk (workspace folders changed). */
  reopen(): Promise<void> {
    this.index.clear();
    this.cacheLoaded = false;
    return this.reload();
  }

  /** Conflict Lens: Rebuild Index — forgets every cached analysis and analyses every article again. */
  rebuild(): Promise<void> {
    this.index.clear();
    this.cache.clear();
    return this.reload();
  }

  /** (Re)discovers the workspace's articles and indexes them all. */
  reload(): Promise<void> {
    this.settings = readSettings();
    this.indexing = this.indexing.then(() => this.indexAll());
    return this.indexing;
  }

  private async loadAliases(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    let aliases: UserAliasFile | null = null;
    if (folder) {
      const uri = vscode.Uri.joinPath(folder.uri, this.settings.aliasesFile);
      try {
        const raw = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
        const parsed = UserAliasFile.safeParse(raw);
        if (parsed.success) aliases = parsed.data;
        else void vscode.window.showErrorMessage(`Conflict Lens: ${this.settings.aliasesFile} is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
      } catch (e) {
        if (!(e instanceof vscode.FileSystemError)) void vscode.window.showErrorMessage(`Conflict Lens: cannot read ${this.settings.aliasesFile}: ${(e as Error).message}`);
      }
    }
    await this.worker.request({ type: 'aliases', aliases });
  }

  private async indexAll(): Promise<void> {
    this.setBusy(1);
    const started = Date.now();
    try {
      this.watch();
      // the cache, the worker's start and file discovery overlap (the worker builds its lexicon when an article first needs it)
      const [files] = await Promise.all([
        this.worker.fallback ? Promise.resolve([]) : this.findArticles(),
        this.cacheLoaded ? undefined : this.cache.load().then(() => { this.cacheLoaded = true; }),
        this.loadAliases(),
      ]);
      const ready = Date.now();
      const open = vscode.workspace.textDocuments.filter((d) => this.isArticle(d) && (d.uri.scheme !== 'file' || fs.existsSync(d.uri.fsPath)));
      const wanted = new Set([...files.map((u) => this.keyOf(u)), ...open.map((d) => this.keyOf(d.uri))]);
      for (const f of this.index.files()) if (!wanted.has(f)) this.index.delete(f);
      this.cache.retain(new Set(files.map((u) => this.keyOf(u))));
      const run = async (progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken) => {
        let done = 0;
        const queue = files.map((u) => this.keyOf(u));
        const step = async () => {
          while (queue.length && !token?.isCancellationRequested) {
            const batch = queue.splice(0, BATCH_SIZE);
            await this.analyzeBatch(batch.map((file) => ({ file })));
            done += batch.length;
            progress?.report({ message: `${done}/${files.length} articles`, increment: (100 * batch.length) / files.length });
          }
        };
        // two batches in flight keep the worker busy while the host takes in the answers
        await Promise.all([step(), step()]);
      };
      this.bulk = true;
      try {
        if (files.length > PROGRESS_THRESHOLD) {
          await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Conflict Lens: indexing', cancellable: true }, run);
        } else {
          await run();
        }
      } finally {
        this.bulk = false;
        // the articles came in batch by batch, each clustered as it came: now the incidents of the whole corpus at once
        this.index.reclusterAll();
      }
      for (const d of open) if (d.isDirty || !this.index.get(this.keyOf(d.uri))) await this.analyze(this.keyOf(d.uri), d.getText());
      this.lastIndexing = { readyMs: ready - started, indexMs: Date.now() - ready };
      this.log.appendLine(`[index] ${this.index.size} articles: found and worker ready in ${ready - started} ms, indexed in ${Date.now() - ready} ms (${this.stats.fromCache} from cache, ${this.stats.analysed} analysed so far)`);
      this.fireChanged();
    } finally {
      this.setBusy(-1);
    }
  }

  private async findArticles(): Promise<vscode.Uri[]> {
    const exclude = this.settings.exclude.length ? `{${this.settings.exclude.join(',')}}` : undefined;
    // one file search for all the patterns when they can be grouped in braces (VS Code's globs do not nest them);
    // otherwise one search each, side by side
    const globs = articleGlobs(this.settings);
    const grouped = globs.length > 1 && !globs.some((g) => /[{}]/.test(g)) ? [`{${globs.join(',')}}`] : globs;
    const found = await Promise.all(grouped.map((glob) => vscode.workspace.findFiles(glob, exclude)));
    const seen = new Map<string, vscode.Uri>();
    for (const uri of found.flat()) seen.set(uri.toString(), uri);
    return [...seen.values()].sort((a, b) => a.fsPath.localeCompare(b.fsPath));
  }

  private watch(): void {
    for (const d of this.watcherDisposables) d.dispose();
    this.watcherDisposables = [];
    if (!vscode.workspace.workspaceFolders?.length) return;
    for (const glob of articleGlobs(this.settings)) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      const schedule = (uri: vscode.Uri) => this.debounce(this.keyOf(uri), FILE_DEBOUNCE_MS, () => {
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.isDirty);
        return this.analyze(this.keyOf(uri), open?.getText());
      });
      watcher.onDidCreate(schedule);
      watcher.onDidChange(schedule);
      watcher.onDidDelete((uri) => this.debounce(this.keyOf(uri), FILE_DEBOUNCE_MS, async () => {
        this.cache.delete(this.keyOf(uri));
        if (this.index.delete(this.keyOf(uri))) this.fireChanged();
      }));
      this.watcherDisposables.push(watcher);
    }
    const aliasWatcher = vscode.workspace.createFileSystemWatcher(`**/${this.settings.aliasesFile}`);
    const reloadAliases = () => this.debounce('aliases', FILE_DEBOUNCE_MS, () => this.reload());
    aliasWatcher.onDidChange(reloadAliases);
    aliasWatcher.onDidCreate(reloadAliases);
    aliasWatcher.onDidDelete(reloadAliases);
    this.watcherDisposables.push(aliasWatcher);
  }

  private debounce(key: string, ms: number, fn: () => Promise<void>): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); void fn(); }, ms));
  }

  private onEdit(document: vscode.TextDocument): void {
    if (!this.isArticle(document)) return;
    this.debounce(this.keyOf(document.uri), EDIT_DEBOUNCE_MS, () => this.analyze(this.keyOf(document.uri), document.getText()));
  }

  /** A save is analysed at once (no debounce): the file watcher's event for it then finds the cache current. */
  private onSave(document: vscode.TextDocument): void {
    if (!this.isArticle(document) || document.uri.scheme !== 'file') return;
    const file = this.keyOf(document.uri);
    clearTimeout(this.timers.get(file));
    void this.analyze(file);
  }

  private onOpen(document: vscode.TextDocument): void {
    if (this.isArticle(document) && !this.analysisOf(document)) void this.analyze(this.keyOf(document.uri), document.getText());
  }

  private onClose(document: vscode.TextDocument): void {
    // an untitled article, or one that is not part of the corpus, leaves the index with its editor
    if (document.uri.scheme === 'untitled' && this.index.delete(this.keyOf(document.uri))) this.fireChanged();
  }

  /** Where the cache lives and writes it now (for tests and for a clean shutdown). */
  get cacheFile(): vscode.Uri | undefined { return this.cache.file; }
  flushCache(): Promise<void> { return this.cache.save(); }

  /** For tests: the worker, to crash it. */
  get analysisWorker(): AnalysisWorker { return this.worker; }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    clearTimeout(this.changeTimer);
    for (const d of [...this.disposables, ...this.watcherDisposables]) d.dispose();
    this.worker.dispose();
    this.cache.dispose();
  }
}

function statOf(file: string): { mtime: number; size: number } | undefined {
  try {
    const s = fs.statSync(file);
    return { mtime: s.mtimeMs, size: s.size };
  } catch {
    return undefined;
  }
}
