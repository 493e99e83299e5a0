import * as z from 'zod/mini';
import {
  DateTime, Evidence, LearnerRef, Level, Locale, QueryBoolean, SearchText,
  SkillLevel, listQuery, prefixedId,
} from './common.js';
import { Job } from './catalog.js';

/** A skill the learner holds, at a level, with the evidence for it. */
export const LearnerSkill = /* @__PURE__ */ z.looseObject({
  id: /* @__PURE__ */ z.string(),
  name: /* @__PURE__ */ z.string(),
  level: SkillLevel,
  evidence: Evidence,
});
export type LearnerSkill = z.infer<typeof LearnerSkill>;

/** Whether the learner shares a profile with employers; only the learner sets it. */
export const Consent = /* @__PURE__ */ z.looseObject({
  shareWithEmployers: /* @__PURE__ */ z.boolean(),
  updatedAt: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
});
export type Consent = z.infer<typeof Consent>;

/** A learner's profile. */
export const Learner = /* @__PURE__ */ z.looseObject({
  id: /* @__PURE__ */ z.string(),
  externalId: /* @__PURE__ */ z.string(),
  name: /* @__PURE__ */ z.string(),
  email: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string())),
  locale: Locale,
  skills: /* @__PURE__ */ z.array(LearnerSkill),
  consent: Consent,
  createdAt: /* @__PURE__ */ z.string(),
});
export type Learner = z.infer<typeof Learner>;

const text = (max: number) => /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(max));

/** Body of `POST /v1/learners`; the same `externalId` twice answers the existing learner. */
export const LearnerCreate = /* @__PURE__ */ z.strictObject({
  externalId: /* @__PURE__ */ text(200),
  name: /* @__PURE__ */ text(200),
  email: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.email()),
  locale: /* @__PURE__ */ z.optional(Locale),
});
export type LearnerCreate = z.infer<typeof LearnerCreate>;

/** Body of `PATCH /v1/learners/{id}`: self-declared skills (replacing the previous ones) and locale. */
export const LearnerUpdate = /* @__PURE__ */ z.strictObject({
  skills: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(/* @__PURE__ */ z.strictObject({ id: /* @__PURE__ */ prefixedId('skl'), level: SkillLevel })).check(/* @__PURE__ */ z.maxLength(100)),
  ),
  locale: /* @__PURE__ */ z.optional(Locale),
});
export type LearnerUpdate = z.infer<typeof LearnerUpdate>;

/** Body of `PUT /v1/learners/{id}/consent`. */
export const ConsentUpdate = /* @__PURE__ */ z.strictObject({ shareWithEmployers: /* @__PURE__ */ z.boolean() });
export type ConsentUpdate = z.infer<typeof ConsentUpdate>;

/** Body of `POST /v1/sessions`: mint a learner session token with a secret key. */
export const SessionCreate = /* @__PURE__ */ z.strictObject({
  learnerId: /* @__PURE__ */ prefixedId('lrn'),
  ttlSeconds: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(3600))),
});
export type SessionCreate = z.infer<typeof SessionCreate>;

/** A learner session token, for browsers and components. */
export const Session = /* @__PURE__ */ z.looseObject({ token: /* @__PURE__ */ z.string(), expiresAt: /* @__PURE__ */ z.string(), learnerId: /* @__PURE__ */ z.string() });
export type Session = z.infer<typeof Session>;

/** Body of `POST /v1/enrollments`. */
export const EnrollmentCreate = /* @__PURE__ */ z.strictObject({
  learnerId: LearnerRef,
  courseId: /* @__PURE__ */ prefixedId('crs'),
});
export type EnrollmentCreate = z.infer<typeof EnrollmentCreate>;

/** A learner's enrollment in a course (at most one per course). */
export const Enrollment = /* @__PURE__ */ z.looseObject({
  id: /* @__PURE__ */ z.string(),
  learnerId: /* @__PURE__ */ z.string(),
  courseId: /* @__PURE__ */ z.string(),
  createdAt: /* @__PURE__ */ z.string(),
});
export type Enrollment = z.infer<typeof Enrollment>;

/** A learner's progress in one enrolled course. */
export const Progress = /* @__PURE__ */ z.looseObject({
  learnerId: /* @__PURE__ */ z.string(),
  courseId: /* @__PURE__ */ z.string(),
  completedLessons: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.minimum(0)),
  totalLessons: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.minimum(0)),
  percent: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0), /* @__PURE__ */ z.maximum(100)),
  status: /* @__PURE__ */ z.enum(['not_started', 'in_progress', 'completed']),
  updatedAt: /* @__PURE__ */ z.string(),
});
export type Progress = z.infer<typeof Progress>;

/** One learning event; idempotent by `id`. */
export const ProgressEvent = /* @__PURE__ */ z.strictObject({
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(128)),
  learnerId: LearnerRef,
  courseId: /* @__PURE__ */ prefixedId('crs'),
  lessonId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(128)),
  verb: /* @__PURE__ */ z.literal('completed'),
  occurredAt: DateTime,
});
export type ProgressEvent = z.infer<typeof ProgressEvent>;

/** Body of `POST /v1/progress-events`: 1..500 events, validated as a whole. */
export const ProgressBatch = /* @__PURE__ */ z.strictObject({
  events: /* @__PURE__ */ z.array(ProgressEvent).check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(500)),
});
export type ProgressBatch = z.infer<typeof ProgressBatch>;

/** Answer of `POST /v1/progress-events`. */
export const ProgressBatchResult = /* @__PURE__ */ z.looseObject({
  accepted: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.minimum(0)),
  duplicates: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.minimum(0)),
  progress: /* @__PURE__ */ z.array(Progress),
});
export type ProgressBatchResult = z.infer<typeof ProgressBatchResult>;

/** A matched skill of a job match, with the evidence the learner holds it on. */
export const MatchedSkill = /* @__PURE__ */ z.looseObject({
  id: /* @__PURE__ */ z.string(),
  name: /* @__PURE__ */ z.string(),
  level: SkillLevel,
  evidence: Evidence,
});
export type MatchedSkill = z.infer<typeof MatchedSkill>;

/** A course that teaches a missing skill. */
export const RecommendedCourse = /* @__PURE__ */ z.looseObject({
  id: /* @__PURE__ */ z.string(),
  title: /* @__PURE__ */ z.string(),
  level: Level,
  durationMinutes: /* @__PURE__ */ z.number(),
});
export type RecommendedCourse = z.infer<typeof RecommendedCourse>;

/** A skill the job asks for that the learner lacks (or holds below the level asked). */
export const MissingSkill = /* @__PURE__ */ z.looseObject({
  id: /* @__PURE__ */ z.string(),
  name: /* @__PURE__ */ z.string(),
  required: /* @__PURE__ */ z.boolean(),
  recommendedCourses: /* @__PURE__ */ z.array(RecommendedCourse),
});
export type MissingSkill = z.infer<typeof MissingSkill>;

/** One explained job match. */
export const JobMatch = /* @__PURE__ */ z.looseObject({
  job: Job,
  score: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.minimum(0), /* @__PURE__ */ z.maximum(1)),
  matchedSkills: /* @__PURE__ */ z.array(MatchedSkill),
  missingSkills: /* @__PURE__ */ z.array(MissingSkill),
});
export type JobMatch = z.infer<typeof JobMatch>;

/** Filters of `GET /v1/learners/{id}/job-matches`. */
export const JobMatchesQuery = /* @__PURE__ */ listQuery({
  minScore: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.coerce.number().check(/* @__PURE__ */ z.minimum(0), /* @__PURE__ */ z.maximum(1))),
  location: /* @__PURE__ */ z.optional(SearchText),
  remote: /* @__PURE__ */ z.optional(QueryBoolean),
});
export type JobMatchesQuery = z.infer<typeof JobMatchesQuery>;

/** Filters of `GET /v1/learners`. */
export const LearnersQuery = /* @__PURE__ */ listQuery({ externalId: /* @__PURE__ */ z.optional(SearchText) });
export type LearnersQuery = z.infer<typeof LearnersQuery>;
