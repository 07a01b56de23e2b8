import { z } from 'zod';

// The shapes that leave the core: what `conflict-lens analyze --json` prints, what the worker sends to the
// extension and what the cache stores. Vocabularies are those of the gold annotation.

export const EntityType = z.enum(['place', 'actor', 'person']);
export const Qualifier = z.enum(['exact', 'about', 'at-least', 'more-than', 'up-to', 'fewer-than', 'range']);
export const Unit = z.enum(['people', 'percent', 'km2', 'sq-mile', 'years', 'months', 'days', 'pages', 'other']);
export const Category = z.enum(['combatants', 'civilians', 'casualties', 'displaced', 'territory', 'other']);
export const FigureEvent = z.enum(['remaining', 'killed', 'wounded', 'killed-or-wounded', 'executed', 'fled', 'trapped', 'controlled', 'population', 'other']);

export const Entity = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  type: EntityType,
  canonical: z.string(),
});

export const Figure = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  low: z.number(),
  high: z.number(),
  qualifier: Qualifier,
  unit: Unit,
  subject: z.string(),
  category: Category,
  event: FigureEvent.nullable(),
  actor: z.string().nullable(),
  place: z.string().nullable(),
  source: z.string().nullable(),
  speaker: z.string().nullable(),
  group: z.string().nullable(),
});

export const DocumentAnalysis = z.object({
  file: z.string(),
  /** The article's own date when its opening lines give one (ISO yyyy-mm-dd); null otherwise. */
  date: z.string().nullable().optional(),
  /** Content hash of the text analysed: identical copies of an article count once in groups and disagreements. */
  hash: z.string().optional(),
  entities: z.array(Entity),
  figures: z.array(Figure),
});

export const FigureRef = z.object({ file: z.string(), index: z.number().int().nonnegative() });

export const Group = z.object({ key: z.string(), label: z.string(), members: z.array(FigureRef) });

export const Disagreement = z.object({ group: z.string(), a: FigureRef, b: FigureRef });

/** The whole output of `conflict-lens analyze --json`. */
export const AnalysisOutput = z.object({
  documents: z.array(DocumentAnalysis),
  groups: z.array(Group),
  disagreements: z.array(Disagreement),
});

export type Entity = z.infer<typeof Entity>;
export type Figure = z.infer<typeof Figure>;
export type DocumentAnalysis = z.infer<typeof DocumentAnalysis>;
export type FigureRef = z.infer<typeof FigureRef>;
export type Group = z.infer<typeof Group>;
export type Disagreement = z.infer<typeof Disagreement>;
export type AnalysisOutput = z.infer<typeof AnalysisOutput>;
export type EntityType = z.infer<typeof EntityType>;
