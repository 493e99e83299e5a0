import * as z from 'zod/mini';
import {
  Level, Locale, QueryBoolean, SearchText, SkillRef, listQuery, prefixedId,
} from './common.js';

/** A skill of the taxonomy; its URL is the `alignment` target in credentials. */
export const Skill = /* @__PURE__ */ z.looseObject({
  id: /* @__PURE__ */ z.string(),
  name: /* @__PURE__ */ z.string(),
  category: /* @__PURE__ */ z.string(),
  description: /* @__PURE__ */ z.string(),
  url: /* @__PURE__ */ z.string(),
});
export type Skill = z.infer<typeof Skill>;

/** A lesson of a course. */
export const Lesson = /* @__PURE__ */ z.looseObject({ id: /* @__PURE__ */ z.string(), title: /* @__PURE__ */ z.string() });
export type Lesson = z.infer<typeof Lesson>;

/** A course of the catalog, localized by `Accept-Language`; `language` says which it came in. */
export const Course = /* @__PURE__ */ z.looseObject({
  id: /* @__PURE__ */ z.string(),
  title: /* @__PURE__ */ z.string(),
  summary: /* @__PURE__ */ z.string(),
  language: Locale,
  languages: /* @__PURE__ */ z.array(Locale),
  level: Level,
  durationMinutes: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.minimum(0)),
  lessons: /* @__PURE__ */ z.array(Lesson),
  skills: /* @__PURE__ */ z.array(SkillRef),
  imageUrl: /* @__PURE__ */ z.string(),
});
export type Course = z.infer<typeof Course>;

/** A certification program: completing every course issues its credential. */
export const Certification = /* @__PURE__ */ z.looseObject({
  id: /* @__PURE__ */ z.string(),
  name: /* @__PURE__ */ z.string(),
  description: /* @__PURE__ */ z.string(),
  courseIds: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  skills: /* @__PURE__ */ z.array(SkillRef),
  validityMonths: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.minimum(1)),
  imageUrl: /* @__PURE__ */ z.string(),
});
export type Certification = z.infer<typeof Certification>;

/** Filters of `GET /v1/courses`. */
export const CoursesQuery = /* @__PURE__ */ listQuery({
  q: /* @__PURE__ */ z.optional(SearchText),
  skill: /* @__PURE__ */ z.optional(/* @__PURE__ */ prefixedId('skl')),
  level: /* @__PURE__ */ z.optional(Level),
  language: /* @__PURE__ */ z.optional(Locale),
});
export type CoursesQuery = z.infer<typeof CoursesQuery>;

/** Filters of `GET /v1/skills`. */
export const SkillsQuery = /* @__PURE__ */ listQuery({ q: /* @__PURE__ */ z.optional(SearchText) });
export type SkillsQuery = z.infer<typeof SkillsQuery>;

/** Filters of `GET /v1/jobs`. */
export const JobsQuery = /* @__PURE__ */ listQuery({
  q: /* @__PURE__ */ z.optional(SearchText),
  skill: /* @__PURE__ */ z.optional(/* @__PURE__ */ prefixedId('skl')),
  location: /* @__PURE__ */ z.optional(SearchText),
  remote: /* @__PURE__ */ z.optional(QueryBoolean),
});
export type JobsQuery = z.infer<typeof JobsQuery>;

/** A job posting. */
export const Job = /* @__PURE__ */ z.looseObject({
  id: /* @__PURE__ */ z.string(),
  title: /* @__PURE__ */ z.string(),
  employer: /* @__PURE__ */ z.looseObject({ id: /* @__PURE__ */ z.string(), name: /* @__PURE__ */ z.string() }),
  location: /* @__PURE__ */ z.looseObject({
    city: /* @__PURE__ */ z.string(),
    region: /* @__PURE__ */ z.string(),
    country: /* @__PURE__ */ z.string(),
    remote: /* @__PURE__ */ z.boolean(),
  }),
  skills: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.looseObject({
      id: /* @__PURE__ */ z.string(),
      name: /* @__PURE__ */ z.string(),
      level: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(5)),
      required: /* @__PURE__ */ z.boolean(),
    }),
  ),
  preferredCertificationIds: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
  postedAt: /* @__PURE__ */ z.string(),
});
export type Job = z.infer<typeof Job>;
