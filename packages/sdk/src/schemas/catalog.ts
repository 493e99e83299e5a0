import * as z from 'zod/mini';
import {
  ID_PREFIXES, Level, Locale, QueryBoolean, SearchText, SkillRef, listQuery, prefixedId,
} from './common.js';

/** A skill of the taxonomy; its URL is the `alignment` target in credentials. */
export const Skill = z.looseObject({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  description: z.string(),
  url: z.string(),
});
export type Skill = z.infer<typeof Skill>;

/** A lesson of a course. */
export const Lesson = z.looseObject({ id: z.string(), title: z.string() });
export type Lesson = z.infer<typeof Lesson>;

/** A course of the catalog, localized by `Accept-Language`; `language` says which it came in. */
export const Course = z.looseObject({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  language: Locale,
  languages: z.array(Locale),
  level: Level,
  durationMinutes: z.number().check(z.int(), z.minimum(0)),
  lessons: z.array(Lesson),
  skills: z.array(SkillRef),
  imageUrl: z.string(),
});
export type Course = z.infer<typeof Course>;

/** A certification program: completing every course issues its credential. */
export const Certification = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  courseIds: z.array(z.string()),
  skills: z.array(SkillRef),
  validityMonths: z.number().check(z.int(), z.minimum(1)),
  imageUrl: z.string(),
});
export type Certification = z.infer<typeof Certification>;

/** Filters of `GET /v1/courses`. */
export const CoursesQuery = listQuery({
  q: z.optional(SearchText),
  skill: z.optional(prefixedId(ID_PREFIXES.skill)),
  level: z.optional(Level),
  language: z.optional(Locale),
});
export type CoursesQuery = z.infer<typeof CoursesQuery>;

/** Filters of `GET /v1/skills`. */
export const SkillsQuery = listQuery({ q: z.optional(SearchText) });
export type SkillsQuery = z.infer<typeof SkillsQuery>;

/** Filters of `GET /v1/jobs`. */
export const JobsQuery = listQuery({
  q: z.optional(SearchText),
  skill: z.optional(prefixedId(ID_PREFIXES.skill)),
  location: z.optional(SearchText),
  remote: z.optional(QueryBoolean),
});
export type JobsQuery = z.infer<typeof JobsQuery>;

/** A job posting. */
export const Job = z.looseObject({
  id: z.string(),
  title: z.string(),
  employer: z.looseObject({ id: z.string(), name: z.string() }),
  location: z.looseObject({
    city: z.string(),
    region: z.string(),
    country: z.string(),
    remote: z.boolean(),
  }),
  skills: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      level: z.number().check(z.int(), z.minimum(1), z.maximum(5)),
      required: z.boolean(),
    }),
  ),
  preferredCertificationIds: z.array(z.string()),
  postedAt: z.string(),
});
export type Job = z.infer<typeof Job>;
