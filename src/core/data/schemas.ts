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
});

export const PlaceFile = z.object({ version: z.literal(1), places: z.array(PlaceEntry) });

export const GazetteerFile = z.object({
  version: z.literal(1),
  source: z.string(),
  places: z.array(z.object({
    id: z.number().int(),
    name: z.string().min(1),
    country: z.enum(['SY', 'IQ']),
    feature: z.string(),
    population: z.number().nonnegative(),
    alternates: z.array(z.string()),
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
