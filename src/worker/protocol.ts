import { z } from 'zod';
import { UserAliasFile } from '../core/data/schemas';
import { DocumentAnalysis } from '../core/model';

/** Messages from the extension host to the analysis worker. */
export const ToWorker = z.discriminatedUnion('type', [
  /**
   * Analyse a file from disk, or the given text (an open editor's unsaved content). With knownHash, a file whose
   * content still has that hash is answered 'unchanged' without analysing it again.
   */
  z.object({ type: z.literal('analyze'), id: z.number().int(), file: z.string(), text: z.string().optional(), knownHash: z.string().optional() }),
  /** Replace the lexicon's user aliases (the workspace's .conflict-lens/aliases.json). */
  z.object({ type: z.literal('aliases'), id: z.number().int(), aliases: UserAliasFile.nullable() }),
]);

/** Messages from the worker back to the host; each answers the request with the same id. */
export const FromWorker = z.discriminatedUnion('type', [
  z.object({ type: z.literal('analysis'), id: z.number().int(), hash: z.string(), analysis: DocumentAnalysis, labels: z.array(z.tuple([z.string(), z.string()])) }),
  z.object({ type: z.literal('unchanged'), id: z.number().int(), hash: z.string() }),
  z.object({ type: z.literal('skipped'), id: z.number().int(), file: z.string(), reason: z.string() }),
  z.object({ type: z.literal('ready'), id: z.number().int() }),
]);

export type ToWorker = z.infer<typeof ToWorker>;
export type FromWorker = z.infer<typeof FromWorker>;
