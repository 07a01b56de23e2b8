import { z } from 'zod';

export const ActorKind = z.enum(['armed-group', 'state-force', 'government', 'coalition', 'igo', 'ngo', 'monitor', 'media', 'party', 'opposition']);

/** An actor and the names it goes by; "*" in an alias stands for any one lower-case word ("US-led * coalition"). */
export const ActorEntry = z.object({
  canonical: z.string().min(1),
  kind: ActorKind,
  aliases: z.array(z.string().min(1)).min(1),
});

export const ActorFile = z.object({ version: z.literal(1), actors: z.array(ActorEntry) });

export const PlaceType = z.enum(['country', 'province', 'city', 'town', 'village', 'river', 'valley', 'region']);

export const PlaceEntry = z.object({
  canonical: z.string().min(1),
  type: PlaceType,
  country: z.string().min(1),
  aliases: z.array(z.string().min(1)).min(1),
  /** The first-level division (province, governorate) the place lies in, by its canonical name; a province's is itself. */
  admin1: z.string().min(1).optional(),
  /** Approximate position, for telling whether two towns are near each other; GeoNames gives it where it has the place. */
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});

export const PlaceFile = z.object({ version: z.literal(1), places: z.array(PlaceEntry) });

export const GazetteerFile = z.object({
  version: z.literal(2),
  source: z.string(),
  /** First-level divisions by GeoNames code ("SY.09"). */
  admin1: z.array(z.object({ code: z.string().min(1), name: z.string().min(1) })),
  places: z.array(z.object({
    id: z.number().int(),
    name: z.string().min(1),
    country: z.enum(['SY', 'IQ']),
    admin1: z.string().min(1),
    feature: z.string(),
    population: z.number().nonnegative(),
    lat: z.number(),
    lon: z.number(),
    alternates: z.array(z.string()),
  })),
});

/** The spellings English-language news uses for towns of the world that GeoNames spells otherwise (Kiev, Rangoon, Sana'a). */
export const WorldSpellingFile = z.object({
  version: z.literal(1),
  source: z.string(),
  places: z.array(z.object({
    /** ISO 3166 code of the town's country. */
    country: z.string().length(2),
    /** The town as news name it (shown as its canonical name), and as GeoNames names it or lists among its alternates. */
    place: z.string().min(1),
    aliases: z.array(z.string().min(1)),
  })),
});

export const PersonEntry = z.object({ canonical: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) });

export const PeopleFile = z.object({ version: z.literal(1), people: z.array(PersonEntry) });

/**
 * A user's extra names, read from `.conflict-lens/aliases.json` in a workspace (or `--aliases FILE` on the CLI):
 * new actors, places and people, or more aliases for known ones (matched by canonical name).
 */
export const UserAliasFile = z.object({
  actors: z.array(ActorEntry.partial({ kind: true })).default([]),
  places: z.array(PlaceEntry.partial({ type: true, country: true })).default([]),
  people: z.array(PersonEntry).default([]),
}).strict();

export type ActorEntry = z.infer<typeof ActorEntry>;
export type PlaceEntry = z.infer<typeof PlaceEntry>;
export type PlaceType = z.infer<typeof PlaceType>;
export type UserAliasFile = z.infer<typeof UserAliasFile>;

const PredicateEvent = z.enum(['killed', 'wounded', 'executed', 'fled', 'trapped', 'remaining', 'population', 'controlled']);

/** What verbs, adjectives and nouns say happened to what a number counts (src/core/data/predicates.json). */
export const PredicateFile = z.object({
  version: z.literal(1),
  about: z.string(),
  verbs: z.array(z.object({
    event: PredicateEvent,
    counts: z.enum(['subject', 'object', 'both']),
    ofPeople: PredicateEvent.optional(),
    people: z.boolean().optional(),
    lemmas: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  })),
  extraForms: z.array(z.object({ word: z.string().regex(/^[a-z]+$/), lemma: z.string(), form: z.enum(['past', 'participle']) })),
  adjectives: z.record(z.string(), PredicateEvent),
  peopleAdjectives: z.array(z.string()),
  nouns: z.record(z.string(), PredicateEvent),
});

export type PredicateFile = z.infer<typeof PredicateFile>;
export type PredicateEvent = z.infer<typeof PredicateEvent>;
