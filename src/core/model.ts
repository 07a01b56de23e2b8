import { z } from 'zod';

// The shapes that leave the core: what `conflict-lens analyze --json` prints, what the worker sends to the
// extension and what the cache stores. Vocabularies are those of the gold annotation.

export const EntityType = z.enum(['place', 'actor', 'person']);
export const Qualifier = z.enum(['exact', 'about', 'at-least', 'more-than', 'up-to', 'fewer-than', 'range']);
export const Unit = z.enum(['people', 'percent', 'km2', 'sq-mile', 'years', 'months', 'days', 'pages', 'other']);
export const Category = z.enum(['combatants', 'civilians', 'casualties', 'displaced', 'territory', 'other']);
export const FigureEvent = z.enum(['remaining', 'killed', 'wounded', 'killed-or-wounded', 'executed', 'fled', 'trapped', 'controlled', 'population', 'other']);
/** For a toll: the kind of attack or violence that caused it. */
export const EventType = z.enum(['chemical', 'execution', 'bombing', 'air-strike', 'shelling', 'shooting', 'clashes']);
/** Who struck, as the toll's clause names them: a state's forces and allies, insurgents, or a foreign coalition. */
export const Side = z.enum(['state', 'insurgents', 'coalition']);
const IsoDay = z.string().regex(/^\d{4}-\d\d-\d\d$/);
/**
 * When a claim is about, in ISO days. `role`: a count of what one event did (a toll: the day or span of the event),
 * a state of affairs as of a day (fighters remaining, territory held), or a running total ("has killed more than
 * 300,000 since 2011": `from` null when the text does not say when it began). `basis`: the claim's sentence says
 * it, an earlier sentence about the same attack does, only the article's date does, or nothing does (an undated
 * article: both days null).
 */
export const When = z.object({
  from: IsoDay.nullable(),
  to: IsoDay.nullable(),
  basis: z.enum(['text', 'context', 'published', 'none']),
  role: z.enum(['event', 'standing', 'total']),
});

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
  when: When.nullable(),
  eventType: EventType.nullable(),
  /** For a toll: the side whose attack it counts the victims of, when its clause names it. */
  side: Side.nullable(),
  /** The incident the claim is about, across the corpus: filled in by the corpus index (null: none). */
  incident: z.string().nullable().optional(),
});

/** A place an article names: what kind of place, the province (first-level division) and country it lies in. */
export const PlaceInfo = z.object({
  canonical: z.string(),
  kind: z.string(),
  admin1: z.string().nullable(),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});

export const DocumentAnalysis = z.object({
  file: z.string(),
  /** The article's date (ISO yyyy-mm-dd): from its metadata when given, else from its opening lines; null otherwise. */
  date: z.string().nullable().optional(),
  /** The outlet or agency whose report the article is: from its metadata, else its dateline or credit line. */
  publisher: z.string().nullable().optional(),
  /** Its headline: from its metadata, else its first line when that stands alone. */
  title: z.string().nullable().optional(),
  /** Content hash of the text analysed: identical copies of an article count once in groups and disagreements. */
  hash: z.string().optional(),
  entities: z.array(Entity),
  figures: z.array(Figure),
  /** Every place the article names, once. */
  places: z.array(PlaceInfo).optional(),
});

export const FigureRef = z.object({ file: z.string(), index: z.number().int().nonnegative() });

export const Group = z.object({ key: z.string(), label: z.string(), members: z.array(FigureRef) });

/** Two claims of one incident, from different sources, whose counts cannot both hold and neither is a part of the other. */
export const Disagreement = z.object({ group: z.string(), incident: z.string(), a: FigureRef, b: FigureRef });

/** A later, higher count of one incident (the toll rising, from the same source or another), or one source's revised count. */
export const Update = z.object({ incident: z.string(), from: FigureRef, to: FigureRef });

/**
 * Claims of one kind about one incident (what happened, where, when), across articles: one attack's toll, or a
 * standing count as of one time. `from`/`to` span the members' times; `place` is the most specific place that
 * all of them share.
 */
export const Incident = z.object({
  id: z.string(),
  group: z.string(),
  label: z.string(),
  place: z.string().nullable(),
  admin1: z.string().nullable(),
  country: z.string().nullable(),
  eventType: EventType.nullable(),
  from: IsoDay.nullable(),
  to: IsoDay.nullable(),
  members: z.array(FigureRef),
  /** Why its claims were joined, most often first: "the same place (12)", "the next day (3)". */
  evidence: z.array(z.string()).optional(),
});

/** The whole output of `conflict-lens analyze --json`. */
export const AnalysisOutput = z.object({
  documents: z.array(DocumentAnalysis),
  groups: z.array(Group),
  incidents: z.array(Incident),
  disagreements: z.array(Disagreement),
  updates: z.array(Update),
});

export type Entity = z.infer<typeof Entity>;
export type Figure = z.infer<typeof Figure>;
export type DocumentAnalysis = z.infer<typeof DocumentAnalysis>;
export type FigureRef = z.infer<typeof FigureRef>;
export type Group = z.infer<typeof Group>;
export type Disagreement = z.infer<typeof Disagreement>;
export type AnalysisOutput = z.infer<typeof AnalysisOutput>;
export type EntityType = z.infer<typeof EntityType>;
export type EventType = z.infer<typeof EventType>;
export type Side = z.infer<typeof Side>;
export type When = z.infer<typeof When>;
export type PlaceInfo = z.infer<typeof PlaceInfo>;
export type Incident = z.infer<typeof Incident>;
export type Update = z.infer<typeof Update>;
