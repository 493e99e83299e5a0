import * as z from 'zod/mini';

/** Languages the API localizes into. */
export const Locale = z.enum(['en', 'fr', 'es']);
export type Locale = z.infer<typeof Locale>;

/** Course level, from introductory to expert. */
export const Level = z.enum(['foundation', 'practitioner', 'specialist']);
export type Level = z.infer<typeof Level>;

/** Id prefixes of every resource type. */
export const ID_PREFIXES = {
  course: 'crs',
  learner: 'lrn',
  job: 'job',
  certification: 'crt',
  credential: 'cred',
  enrollment: 'enr',
  skill: 'skl',
  organisation: 'org',
  employer: 'emp',
} as const;

/** An opaque id with its type prefix, such as `crs_…`. */
export const prefixedId = (prefix: string) =>
  z.string().check(z.regex(new RegExp(`^${prefix}_[A-Za-z0-9_-]{1,64}$`), `must be an id starting with "${prefix}_"`));

/** A learner id, or `me` for the learner of the current session. */
export const LearnerRef = z.union([z.literal('me'), prefixedId(ID_PREFIXES.learner)]);

/** ISO 8601 date-time with offset, as the API writes it. */
export const DateTime = z.iso.datetime({ offset: true });

/** A skill reference: id and localized name. */
export const SkillRef = z.looseObject({ id: z.string(), name: z.string() });
export type SkillRef = z.infer<typeof SkillRef>;

/** Where a learner's skill comes from. */
export const Evidence = z.looseObject({
  type: z.enum(['credential', 'course', 'self']),
  id: z.optional(z.string()),
});
export type Evidence = z.infer<typeof Evidence>;

/** Skill level, 1 (aware) to 5 (expert). */
export const SkillLevel = z.number().check(z.int(), z.minimum(1), z.maximum(5));

/** The envelope of every list endpoint. */
export const page = <T extends z.ZodMiniType>(item: T) =>
  z.looseObject({ data: z.array(item), nextCursor: z.nullable(z.string()) });
/** A page of items as returned by a list endpoint. */
export interface PageBody<T> {
  data: T[];
  nextCursor: string | null;
}

const limit = z.optional(
  z.coerce.number().check(z.int('limit must be an integer'), z.minimum(1), z.maximum(100)),
);
const cursor = z.optional(z.string().check(z.minLength(1), z.maxLength(512)));

/** Query of every list endpoint: `limit` 1..100 (default 20) and an opaque `cursor`. */
export const ListQuery = z.strictObject({ limit, cursor });
export type ListQuery = z.infer<typeof ListQuery>;

/** Extends {@link ListQuery} with a list's own filters. */
export const listQuery = <S extends Record<string, z.ZodMiniType>>(shape: S) =>
  z.strictObject({ limit, cursor, ...shape });

/** A boolean sent in a query string. */
export const QueryBoolean = z.enum(['true', 'false']);

/** A short free-text search query. */
export const SearchText = z.string().check(z.minLength(1), z.maxLength(200));
