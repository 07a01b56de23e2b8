import { z } from 'zod';

// What the extension sends the claims chart, and what the chart sends back: both sides parse every message.

const Location = z.object({ file: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** One claim as drawn: its interval (open ends as null), who made it, in which article, and how it stands to the others. */
export const ChartClaim = z.object({
  key: z.string(),
  label: z.string(),
  low: z.number(),
  high: z.number(),
  /** How the interval is open: "at least"/"more than" above, "up to"/"fewer than" below. */
  open: z.enum(['none', 'above', 'below']),
  source: z.string(),
  article: z.string(),
  /** The article's date; and the day the claim is about (the timeline's x). */
  published: z.string().nullable(),
  day: z.string().nullable(),
  place: z.string().nullable(),
  disputed: z.boolean(),
  /** The same source's count, later and higher (up) or earlier and lower (down) than the one the chart was opened on. */
  update: z.enum(['up', 'down']).nullable(),
  location: Location,
});

export const ChartData = z.object({
  /** One incident's claims on a number line, or one kind of quantity about one place over time. */
  kind: z.enum(['incident', 'timeline']),
  title: z.string(),
  subtitle: z.string(),
  unit: z.string(),
  claims: z.array(ChartClaim),
});

export const ToChart = z.object({ type: z.literal('show'), data: ChartData });
export const FromChart = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('open'), location: Location }),
]);

export type ChartClaim = z.infer<typeof ChartClaim>;
export type ChartData = z.infer<typeof ChartData>;
export type ToChart = z.infer<typeof ToChart>;
export type FromChart = z.infer<typeof FromChart>;
