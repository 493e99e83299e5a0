import * as z from 'zod/mini';
import {
  DateTime, Evidence, ID_PREFIXES, LearnerRef, Level, Locale, QueryBoolean, SearchText,
  SkillLevel, listQuery, prefixedId,
} from './common.js';
import { Job } from './catalog.js';

/** A skill the learner holds, at a level, with the evidence for it. */
export const LearnerSkill = z.looseObject({
  id: z.string(),
  name: z.string(),
  level: SkillLevel,
  evidence: Evidence,
});
export type LearnerSkill = z.infer<typeof LearnerSkill>;

/** Whether the learner shares a profile with employers; only the learner sets it. */
export const Consent = z.looseObject({
  shareWithEmployers: z.boolean(),
  updatedAt: z.nullable(z.string()),
});
export type Consent = z.infer<typeof Consent>;

/** A learner's profile. */
export const Learner = z.looseObject({
  id: z.string(),
  externalId: z.string(),
  name: z.string(),
  email: z.optional(z.nullable(z.string())),
  locale: Locale,
  skills: z.array(LearnerSkill),
  consent: Consent,
  createdAt: z.string(),
});
export type Learner = z.infer<typeof Learner>;

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** Body of `POST /v1/learners`; the same `externalId` twice answers the existing learner. */
export const LearnerCreate = z.strictObject({
  externalId: text(200),
  name: text(200),
  email: z.optional(z.email()),
  locale: z.optional(Locale),
});
export type LearnerCreate = z.infer<typeof LearnerCreate>;

/** Body of `PATCH /v1/learners/{id}`: self-declared skills (replacing the previous ones) and locale. */
export const LearnerUpdate = z.strictObject({
  skills: z.optional(
    z.array(z.strictObject({ id: prefixedId(ID_PREFIXES.skill), level: SkillLevel })).check(z.maxLength(100)),
  ),
  locale: z.optional(Locale),
});
export type LearnerUpdate = z.infer<typeof LearnerUpdate>;

/** Body of `PUT /v1/learners/{id}/consent`. */
export const ConsentUpdate = z.strictObject({ shareWithEmployers: z.boolean() });
export type ConsentUpdate = z.infer<typeof ConsentUpdate>;

/** Body of `POST /v1/sessions`: mint a learner session token with a secret key. */
export const SessionCreate = z.strictObject({
  learnerId: prefixedId(ID_PREFIXES.learner),
  ttlSeconds: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(3600))),
});
export type SessionCreate = z.infer<typeof SessionCreate>;

/** A learner session token, for browsers and components. */
export const Session = z.looseObject({ token: z.string(), expiresAt: z.string(), learnerId: z.string() });
export type Session = z.infer<typeof Session>;

/** Body of `POST /v1/enrollments`. */
export const EnrollmentCreate = z.strictObject({
  learnerId: LearnerRef,
  courseId: prefixedId(ID_PREFIXES.course),
});
export type EnrollmentCreate = z.infer<typeof EnrollmentCreate>;

/** A learner's enrollment in a course (at most one per course). */
export const Enrollment = z.looseObject({
  id: z.string(),
  learnerId: z.string(),
  courseId: z.string(),
  createdAt: z.string(),
});
export type Enrollment = z.infer<typeof Enrollment>;

/** A learner's progress in one enrolled course. */
export const Progress = z.looseObject({
  learnerId: z.string(),
  courseId: z.string(),
  completedLessons: z.number().check(z.int(), z.minimum(0)),
  totalLessons: z.number().check(z.int(), z.minimum(0)),
  percent: z.number().check(z.minimum(0), z.maximum(100)),
  status: z.enum(['not_started', 'in_progress', 'completed']),
  updatedAt: z.string(),
});
export type Progress = z.infer<typeof Progress>;

/** One learning event; idempotent by `id`. */
export const ProgressEvent = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(128)),
  learnerId: LearnerRef,
  courseId: prefixedId(ID_PREFIXES.course),
  lessonId: z.string().check(z.minLength(1), z.maxLength(128)),
  verb: z.literal('completed'),
  occurredAt: DateTime,
});
export type ProgressEvent = z.infer<typeof ProgressEvent>;

/** Body of `POST /v1/progress-events`: 1..500 events, validated as a whole. */
export const ProgressBatch = z.strictObject({
  events: z.array(ProgressEvent).check(z.minLength(1), z.maxLength(500)),
});
export type ProgressBatch = z.infer<typeof ProgressBatch>;

/** Answer of `POST /v1/progress-events`. */
export const ProgressBatchResult = z.looseObject({
  accepted: z.number().check(z.int(), z.minimum(0)),
  duplicates: z.number().check(z.int(), z.minimum(0)),
  progress: z.array(Progress),
});
export type ProgressBatchResult = z.infer<typeof ProgressBatchResult>;

/** A matched skill of a job match, with the evidence the learner holds it on. */
export const MatchedSkill = z.looseObject({
  id: z.string(),
  name: z.string(),
  level: SkillLevel,
  evidence: Evidence,
});
export type MatchedSkill = z.infer<typeof MatchedSkill>;

/** A course that teaches a missing skill. */
export const RecommendedCourse = z.looseObject({
  id: z.string(),
  title: z.string(),
  level: Level,
  durationMinutes: z.number(),
});
export type RecommendedCourse = z.infer<typeof RecommendedCourse>;

/** A skill the job asks for that the learner lacks (or holds below the level asked). */
export const MissingSkill = z.looseObject({
  id: z.string(),
  name: z.string(),
  required: z.boolean(),
  recommendedCourses: z.array(RecommendedCourse),
});
export type MissingSkill = z.infer<typeof MissingSkill>;

/** One explained job match. */
export const JobMatch = z.looseObject({
  job: Job,
  score: z.number().check(z.minimum(0), z.maximum(1)),
  matchedSkills: z.array(MatchedSkill),
  missingSkills: z.array(MissingSkill),
});
export type JobMatch = z.infer<typeof JobMatch>;

/** Filters of `GET /v1/learners/{id}/job-matches`. */
export const JobMatchesQuery = listQuery({
  minScore: z.optional(z.coerce.number().check(z.minimum(0), z.maximum(1))),
  location: z.optional(SearchText),
  remote: z.optional(QueryBoolean),
});
export type JobMatchesQuery = z.infer<typeof JobMatchesQuery>;

/** Filters of `GET /v1/learners`. */
export const LearnersQuery = listQuery({ externalId: z.optional(SearchText) });
export type LearnersQuery = z.infer<typeof LearnersQuery>;
