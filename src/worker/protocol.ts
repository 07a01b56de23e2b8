import { z } from 'zod';
import type * as core from '../core/corpus/answer';
import { UserAliasFile } from '../core/data/schemas';
import { DocumentAnalysis } from '../core/model';

/** The wire form of the core's AnalyzeItem and ItemResult (src/core/corpus/answer.ts). */
export const AnalyzeItem = z.object({ file: z.string(), text: z.string().optional(), knownHash: z.string().optional() });

export const ItemResult = z.discriminatedUnion('type', [
  z.object({ type: z.literal('analysis'), hash: z.string(), analysis: DocumentAnalysis, labels: z.array(z.tuple([z.string(), z.string()])) }),
  z.object({ type: z.literal('unchanged'), hash: z.string() }),
  z.object({ type: z.literal('skipped'), reason: z.string() }),
]);

/** Messages from the extension host to the analysis worker; articles travel in batches to keep round trips few. */
export const ToWorker = z.discriminatedUnion('type', [
  z.object({ type: z.literal('analyze'), id: z.number().int(), items: z.array(AnalyzeItem) }),
  /** Replace the lexicon's user aliases (the workspace's .conflict-lens/aliases.json). */
  z.object({ type: z.literal('aliases'), id: z.number().int(), aliases: UserAliasFile.nullable() }),
]);

/** Messages from the worker back to the host; each answers the request with the same id, results in item order. */
export const FromWorker = z.discriminatedUnion('type', [
  z.object({ type: z.literal('results'), id: z.number().int(), results: z.array(ItemResult) }),
  z.object({ type: z.literal('ready'), id: z.number().int() }),
]);

export type AnalyzeItem = z.infer<typeof AnalyzeItem>;
export type ItemResult = z.infer<typeof ItemResult>;

// the schemas and the core's types must describe the same shapes
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const shapesAgree: [Same<AnalyzeItem, core.AnalyzeItem>, Same<ItemResult, core.ItemResult>] = [true, true];
export type ToWorker = z.infer<typeof ToWorker>;
export type FromWorker = z.infer<typeof FromWorker>;
