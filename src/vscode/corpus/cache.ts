import * as vscode from 'vscode';
import { z } from 'zod';
import { DocumentAnalysis } from '../../core/model';

declare const CONFLICT_LENS_ANALYSIS_VERSION: string;

/** Bumped when the cache file's shape changes; the analysis version changes with every build of the core. */
const CACHE_FORMAT = 1;

const Entry = z.object({
  hash: z.string(),
  mtime: z.number(),
  size: z.number(),
  analysis: DocumentAnalysis,
  labels: z.array(z.tuple([z.string(), z.string()])),
});
export type CacheEntry = z.infer<typeof Entry>;

const CacheFile = z.object({
  format: z.literal(CACHE_FORMAT),
  analysisVersion: z.string(),
  entries: z.record(z.string(), Entry),
});

/**
 * Analyses kept in the extension's workspace storage, keyed by file with the content hash, size and mtime they were
 * made from. A cache written by another build, or one that does not validate, is discarded and rebuilt.
 */
export class IndexCache {
  private entries = new Map<string, CacheEntry>();
  private readonly uri: vscode.Uri | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  private dirty = false;

  constructor(storage: vscode.Uri | undefined, private readonly log: vscode.OutputChannel) {
    this.uri = storage && vscode.Uri.joinPath(storage, 'index-cache.json');
  }

  async load(): Promise<void> {
    this.entries.clear();
    if (!this.uri) return;
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(this.uri)));
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError)) this.log.appendLine(`[cache] unreadable, rebuilding: ${(e as Error).message}`);
      return;
    }
    const parsed = CacheFile.safeParse(raw);
    if (!parsed.success) { this.log.appendLine(`[cache] invalid, rebuilding: ${parsed.error.issues[0]?.message}`); return; }
    if (parsed.data.analysisVersion !== CONFLICT_LENS_ANALYSIS_VERSION) { this.log.appendLine('[cache] made by another version of the analysis, rebuilding'); return; }
    this.entries = new Map(Object.entries(parsed.data.entries));
    this.log.appendLine(`[cache] ${this.entries.size} analyses loaded`);
  }

  get(file: string): CacheEntry | undefined { return this.entries.get(file); }

  set(file: string, entry: CacheEntry): void {
    this.entries.set(file, entry);
    this.scheduleSave();
  }

  delete(file: string): void {
    if (this.entries.delete(file)) this.scheduleSave();
  }

  clear(): void {
    if (this.entries.size) { this.entries.clear(); this.scheduleSave(); }
  }

  /** Drops entries for files that are no longer articles. */
  retain(files: Set<string>): void {
    for (const f of [...this.entries.keys()]) if (!files.has(f)) this.delete(f);
  }

  private scheduleSave(): void {
    this.dirty = true;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), 1000);
  }

  async save(): Promise<void> {
    clearTimeout(this.saveTimer);
    if (!this.uri || !this.dirty) return;
    this.dirty = false;
    const body = { format: CACHE_FORMAT, analysisVersion: CONFLICT_LENS_ANALYSIS_VERSION, entries: Object.fromEntries(this.entries) };
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.uri, '..'));
      await vscode.workspace.fs.writeFile(this.uri, new TextEncoder().encode(JSON.stringify(body)));
    } catch (e) {
      this.log.appendLine(`[cache] not saved: ${(e as Error).message}`);
    }
  }

  get file(): vscode.Uri | undefined { return this.uri; }

  dispose(): void { void this.save(); }
}
