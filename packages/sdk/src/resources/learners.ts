import { page, type ListQuery } from '../schemas/common.js';
import { CredentialRecord } from '../schemas/credentials.js';
import {
  Consent, Enrollment, JobMatch, Learner, Progress, type ConsentUpdate, type JobMatchesQuery, type LearnerCreate,
  type LearnerUpdate, type LearnersQuery,
} from '../schemas/learners.js';
import type { PagePromise } from '../pagination.js';
import type { RequestOptions, Transport } from '../transport.js';

const CredentialRecordPage = /* @__PURE__ */ page(CredentialRecord);
const EnrollmentPage = /* @__PURE__ */ page(Enrollment);
const JobMatchPage = /* @__PURE__ */ page(JobMatch);
const LearnerPage = /* @__PURE__ */ page(Learner);
const ProgressPage = /* @__PURE__ */ page(Progress);

/** Filters of {@link Learners.jobMatches}; `remote` may be a boolean. */
export type JobMatchesParams = Omit<JobMatchesQuery, 'remote'> & { remote?: boolean | 'true' | 'false' };

/**
 * Learners of the organisation. Wherever a method takes a learner id, `'me'` means the learner
 * of the current session token.
 */
export interface Learners {
  /**
   * Provisions a learner (secret key). The same `externalId` twice answers the existing learner,
   * so it is safe to call on every sign-in.
   */
  create(body: LearnerCreate, options?: RequestOptions): Promise<Learner>;

  /**
   * Lists the organisation's learners (secret key), optionally by `externalId`.
   * @returns A page that is also an async iterable over every learner.
   */
  list(params?: LearnersQuery, options?: RequestOptions): PagePromise<Learner>;

  /**
   * Gets a learner's profile: skills with their evidence, and consent.
   * @throws NotFoundError when the learner does not exist or is not visible to this token.
   */
  get(id: string, options?: RequestOptions): Promise<Learner>;

  /** Updates self-declared skills (replacing the previous ones) and locale. */
  update(id: string, body: LearnerUpdate, options?: RequestOptions): Promise<Learner>;

  /** Erases a learner's data (secret key). Credentials already issued stay valid for their holder. */
  delete(id: string, options?: RequestOptions): Promise<void>;

  /** Opts in or out of sharing a profile with employers: the learner's own session token only. */
  setConsent(id: string, body: ConsentUpdate, options?: RequestOptions): Promise<Consent>;

  /** Lists the learner's enrollments. */
  enrollments(id: string, params?: ListQuery, options?: RequestOptions): PagePromise<Enrollment>;

  /** Lists the learner's progress, one entry per enrolled course. */
  progress(id: string, params?: ListQuery, options?: RequestOptions): PagePromise<Progress>;

  /** Lists the learner's credentials, each with its state and the signed credential. */
  credentials(id: string, params?: ListQuery, options?: RequestOptions): PagePromise<CredentialRecord>;

  /**
   * Lists explained job matches, best first: matched skills with their evidence, missing skills
   * with the courses that teach them. `minScore` defaults to 0.2 on the server.
   */
  jobMatches(id: string, params?: JobMatchesParams, options?: RequestOptions): PagePromise<JobMatch>;
}

/**
 * The `learners` resource, for `composeClient` (every client made by `createClient` has it).
 * @param transport - The client's transport, given by `composeClient`.
 */
export function learners(transport: Transport): Learners {
  return {
    create: (body, options) => transport.call('post', 'learners', Learner, { body }, options),
    list: (params, options) => transport.list('learners', LearnerPage, undefined, params, options),
    get: (id, options) => transport.call('get', 'learners/{id}', Learner, { id }, options),
    update: (id, body, options) => transport.call('patch', 'learners/{id}', Learner, { id, body }, options),
    delete: (id, options) => transport.call<void>('delete', 'learners/{id}', null, { id }, options),
    setConsent: (id, body, options) => transport.call('put', 'learners/{id}/consent', Consent, { id, body }, options),
    enrollments: (id, params, options) => transport.list('learners/{id}/enrollments', EnrollmentPage, id, params, options),
    progress: (id, params, options) => transport.list('learners/{id}/progress', ProgressPage, id, params, options),
    credentials: (id, params, options) => transport.list('learners/{id}/credentials', CredentialRecordPage, id, params, options),
    jobMatches: (id, params, options) => transport.list('learners/{id}/job-matches', JobMatchPage, id, params, options),
  };
}
