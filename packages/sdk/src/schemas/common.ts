import * as z from 'zod/mini';

// Every schema construction is marked pure (here and in the other schema files), so bundlers
// drop the schemas a build does not use: the SDK's browser build ships only response schemas.
// Prefixes are literals inside those calls (a property read would keep the call alive).

/** Languages the API localizes into. */
export const Locale = /* @__PURE__ */ z.enum(['en', 'fr', 'es']);
export type Locale = z.infer<typeof Locale>;

/** Course level, from introductory to expert. */
export const Level = /* @__PURE__ */ z.enum(['foundation', 'practitioner', 'specialist']);
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
  /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(new RegExp(`^${prefix}_[A-Za-z0-9_-]{1,64}$`), `must be an id starting with "${prefix}_"`));

/** A learner id, or `me` for the learner of the current session. */
export const LearnerRef = /* @__PURE__ */ z.union([/* @__PURE__ */ z.literal('me'), /* @__PURE__ */ prefixedId('lrn')]);

/** ISO 8601 date-time with offset, as the API writes it. */
export const DateTime = /* @__PURE__ */ z.iso.datetime({ offset: true });

/** A skill reference: id and localized name. */
export const SkillRef = /* @__PURE__ */ z.looseObject({ id: /* @__PURE__ */ z.string(), name: /* @__PURE__ */ z.string() });
export type SkillRef = z.infer<typeof SkillRef>;

/** Where a learner's skill comes from. */
export const Evidence = /* @__PURE__ */ z.looseObject({
  type: /* @__PURE__ */ z.enum(['credential', 'course', 'self']),
  id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});
export type Evidence = z.infer<typeof Evidence>;

/** Skill level, 1 (aware) to 5 (expert). */
export const SkillLevel = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(5));

/** The envelope of every list endpoint. */
export const page = <T extends z.ZodMiniType>(item: T) =>
  /* @__PURE__ */ z.looseObject({ data: /* @__PURE__ */ z.array(item), nextCursor: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()) });
/** A page of items as returned by a list endpoint. */
export interface PageBody<T> {
  data: T[];
  nextCursor: string | null;
}

const limit = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.coerce.number().check(/* @__PURE__ */ z.int('limit must be an integer'), /* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(100)),
);
const cursor = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(512)));

/** Query of every list endpoint: `limit` 1..100 (default 20) and an opaque `cursor`. */
export const ListQuery = /* @__PURE__ */ z.strictObject({ limit, cursor });
export type ListQuery = z.infer<typeof ListQuery>;

/** Extends {@link ListQuery} with a list's own filters. */
export const listQuery = <S extends Record<string, z.ZodMiniType>>(shape: S) =>
  /* @__PURE__ */ z.strictObject({ limit, cursor, ...shape });

/** A boolean sent in a query string. */
export const QueryBoolean = /* @__PURE__ */ z.enum(['true', 'false']);

/** A short free-text search query. */
export const SearchText = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(200));
