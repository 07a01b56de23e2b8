import { claimInterval, comparableUnit } from '../corpus/intervals';
import type { DocumentAnalysis, EventType, Figure, FigureRef, PlaceInfo, Side } from '../model';
import { dayOf } from '../time/days';
import { precision, unlocated } from './places';

/** How a claim relates to time (see When): what is compared is an event, a state as of a day, or a running total. */
export type ClaimRole = NonNullable<Figure['when']>['role'];

/** A toll whose time spans more than this is a period's total, not one event's. */
const EVENT_MAX_DAYS = 62;
/** Two counts of how things stand, or two running totals, are of one time when made this close to each other. */
const AS_OF_DAYS = 3;
const TOLL_CATEGORIES = new Set(['casualties', 'displaced']);

/** What a claim is clustered and compared on, worked out once per claim. */
export interface IncidentClaim {
  ref: FigureRef;
  /** "file#index": the claim's key in the index's maps. */
  key: string;
  figure: Figure;
  /** The interval the claim asserts, hedges widened, in the unit claims are compared in. */
  low: number;
  high: number;
  unit: string;
  /** Who makes the claim: its source; an unattributed claim is its publisher's (or, unknown, its article's own). */
  source: string;
  role: ClaimRole;
  /** Days the claim may be about (an event's span; a standing count's or running total's day, give or take a few); null: unknown. */
  from: number | null;
  to: number | null;
  /** The place the claim is about, and how precisely it locates it (0 none, 1 country, 2 province, 3 town). */
  place: PlaceInfo | undefined;
  precision: number;
  /** How precisely the claim can found a cluster: a town no list locates is placed as vaguely as a province. */
  foundingPrecision: number;
  /** The places below country level that the claim's article names: where an unplaced toll may have happened. */
  scenes: PlaceInfo[];
  /** The country the claim is about: its place's (null for a claim that names no place). */
  country: string | null;
  /** Its time is only its article's date (or unknown): the claim may recall an earlier event without dating it. */
  loose: boolean;
  type: EventType | null;
  /** Who struck, when the claim's clause says. */
  side: Side | null;
  /** The day its article was published, when known: orders one source's successive counts. */
  published: number | null;
}

/** "unnamed officials", "unidentified speaker": a source the text describes but does not name. */
const described = (source: string) => source.startsWith('unnamed ') || source.startsWith('unidentified ');

/**
 * The source a claim is compared as: a named source is itself; "unnamed officials" in two articles are two sources;
 * an unattributed claim is its publisher's, and with no publisher known, its article's.
 */
export function sourceKey(figure: Figure, doc: DocumentAnalysis): string {
  // the outlet named as the source of its own report says it unattributed
  if (figure.source && figure.source === doc.publisher) return `${doc.publisher}, unattributed`;
  if (figure.source && !described(figure.source)) return figure.source;
  if (figure.source) return `${figure.source} (${doc.file})`;
  return doc.publisher ? `${doc.publisher}, unattributed` : `unattributed (${doc.file})`;
}

/** What the clustering needs of an article: its places by name, the ones below country level, its day. */
export interface ArticleContext { places: Map<string, PlaceInfo>; scenes: PlaceInfo[]; published: number | null }

export function articleContext(doc: DocumentAnalysis): ArticleContext {
  const places = new Map<string, PlaceInfo>();
  for (const p of doc.places ?? []) places.set(p.canonical, p);
  return { places, scenes: (doc.places ?? []).filter((p) => precision(p) >= 2), published: doc.date ? dayOf(doc.date) : null };
}

/** The claim as the clustering sees it; figures of no group are not compared, and are not claims here. */
export function incidentClaim(ref: FigureRef, key: string, figure: Figure, doc: DocumentAnalysis, article: ArticleContext): IncidentClaim {
  const place = figure.place === null ? undefined : article.places.get(figure.place);
  const when = figure.when;
  const toll = TOLL_CATEGORIES.has(figure.category);
  // a toll over months is a period's total, not one event's
  let role: ClaimRole = when?.role ?? (toll ? 'event' : 'standing');
  if (role === 'event' && when?.to && (!when.from || dayOf(when.to) - dayOf(when.from) > EVENT_MAX_DAYS)) role = 'total';
  let from: number | null = null;
  let to: number | null = null;
  if (when?.to) {
    to = dayOf(when.to);
    from = role === 'event' ? dayOf(when.from!) : to - AS_OF_DAYS;
    if (role !== 'event') to += AS_OF_DAYS;
  }
  const [low, high] = claimInterval(figure);
  return {
    ref, key, figure, low, high, unit: comparableUnit(figure), source: sourceKey(figure, doc), role, from, to, place, precision: precision(place),
    foundingPrecision: place && unlocated(place) ? Math.min(precision(place), 2) : precision(place),
    scenes: article.scenes, country: place?.country ?? null, type: figure.eventType, side: figure.side, published: article.published,
    loose: !when || when.basis === 'published' || when.basis === 'none',
  };
}
