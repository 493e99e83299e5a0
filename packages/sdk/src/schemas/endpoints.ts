import type * as z from 'zod/mini';
import { ListQuery, page } from './common.js';
import { Certification, Course, CoursesQuery, Job, JobsQuery, Skill, SkillsQuery } from './catalog.js';
import {
  Consent, ConsentUpdate, Enrollment, EnrollmentCreate, JobMatch, JobMatchesQuery, Learner,
  LearnerCreate, LearnerUpdate, LearnersQuery, Progress, ProgressBatch, ProgressBatchResult,
  Session, SessionCreate,
} from './learners.js';
import { CredentialRecord, IssuerProfile, OpenBadgeCredential, StatusListCredential } from './credentials.js';

/**
 * Who may call an endpoint: `public` needs no token; `secret` needs a partner secret key;
 * `session` accepts a secret key or a learner session token; `learner` only the learner's own
 * session token.
 */
export type EndpointAuth = 'public' | 'secret' | 'session' | 'learner';

/** One operation of the HTTP API, as the contract defines it. */
export interface Endpoint {
  readonly operationId: string;
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path template below `/v1`, such as `/courses/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly auth: EndpointAuth;
  readonly query?: z.ZodMiniType;
  readonly body?: z.ZodMiniType;
  /** Success status and its body schema (`null` for an empty body). */
  readonly status: number;
  readonly response: z.ZodMiniType | null;
  readonly idempotent?: boolean;
}

const get = (
  operationId: string, path: string, summary: string, auth: EndpointAuth,
  response: z.ZodMiniType, query?: z.ZodMiniType,
): Endpoint => ({ operationId, method: 'get', path, summary, auth, response, status: 200, ...(query ? { query } : {}) });

/** Every operation of the Upskill HTTP API: the single source for the OpenAPI document and tests. */
export const endpoints: readonly Endpoint[] = [
  get('listSkills', '/skills', 'List the skills taxonomy', 'public', page(Skill), SkillsQuery),
  get('getSkill', '/skills/{id}', 'Get a skill', 'public', Skill),
  get('listCourses', '/courses', 'List the course catalog', 'session', page(Course), CoursesQuery),
  get('getCourse', '/courses/{id}', 'Get a course', 'session', Course),
  get('listCertifications', '/certifications', 'List certification programs', 'session', page(Certification), ListQuery),
  get('getCertification', '/certifications/{id}', 'Get a certification program', 'session', Certification),
  { operationId: 'createLearner', method: 'post', path: '/learners', summary: 'Provision a learner (the same externalId answers the existing learner)', auth: 'secret', body: LearnerCreate, status: 201, response: Learner },
  get('listLearners', '/learners', "List the organisation's learners", 'secret', page(Learner), LearnersQuery),
  get('getLearner', '/learners/{id}', "Get a learner's profile", 'session', Learner),
  { operationId: 'updateLearner', method: 'patch', path: '/learners/{id}', summary: 'Update self-declared skills and locale', auth: 'session', body: LearnerUpdate, status: 200, response: Learner },
  { operationId: 'deleteLearner', method: 'delete', path: '/learners/{id}', summary: "Erase a learner's data", auth: 'secret', status: 204, response: null },
  { operationId: 'setConsent', method: 'put', path: '/learners/{id}/consent', summary: 'Opt in or out of sharing a profile with employers', auth: 'learner', body: ConsentUpdate, status: 200, response: Consent },
  get('listLearnerEnrollments', '/learners/{id}/enrollments', "List the learner's enrollments", 'session', page(Enrollment), ListQuery),
  get('listLearnerProgress', '/learners/{id}/progress', "The learner's progress per enrolled course", 'session', page(Progress), ListQuery),
  get('listLearnerCredentials', '/learners/{id}/credentials', "The learner's credentials", 'session', page(CredentialRecord), ListQuery),
  get('listJobMatches', '/learners/{id}/job-matches', 'Explained job matches, best first', 'session', page(JobMatch), JobMatchesQuery),
  { operationId: 'createEnrollment', method: 'post', path: '/enrollments', summary: 'Enroll a learner in a course (honours Idempotency-Key)', auth: 'session', body: EnrollmentCreate, status: 201, response: Enrollment, idempotent: true },
  { operationId: 'recordProgress', method: 'post', path: '/progress-events', summary: 'Record 1..500 learning events, idempotent by event id', auth: 'session', body: ProgressBatch, status: 200, response: ProgressBatchResult },
  get('getCredential', '/credentials/{id}', 'The signed OpenBadgeCredential (public verification link)', 'public', OpenBadgeCredential),
  { operationId: 'revokeCredential', method: 'post', path: '/credentials/{id}/revoke', summary: 'Revoke a credential (issuing organisation only)', auth: 'secret', status: 200, response: CredentialRecord },
  get('getIssuer', '/issuers/{id}', "An organisation's issuer Profile", 'public', IssuerProfile),
  get('getStatusList', '/status-lists/{id}', 'A signed BitstringStatusListCredential', 'public', StatusListCredential),
  get('listJobs', '/jobs', 'List job postings', 'session', page(Job), JobsQuery),
  get('getJob', '/jobs/{id}', 'Get a job posting', 'session', Job),
  { operationId: 'createSession', method: 'post', path: '/sessions', summary: 'Mint a learner session token (secret key)', auth: 'secret', body: SessionCreate, status: 201, response: Session },
];
