// Everything `@upskill/sdk` exports, shared by the Node entry (index.ts) and the browser entry.
export { createClient, composeClient } from './client.js';
export type { ClientOptions, UpskillClient, ResourceFactory, ComposedClient } from './client.js';
// Resource factories, for `composeClient`.
export { courses } from './resources/courses.js';
export { skills } from './resources/skills.js';
export { certifications } from './resources/certifications.js';
export { learners } from './resources/learners.js';
export { enrollments } from './resources/enrollments.js';
export { progress } from './progress-queue.js';
export { credentials } from './resources/credentials.js';
export { issuers } from './resources/issuers.js';
export { jobs } from './resources/jobs.js';
export { sessions } from './resources/sessions.js';
export {
  UpskillError, ApiError, BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError,
  ConflictError, UnprocessableEntityError, RateLimitError, InternalServerError, NetworkError,
  TimeoutError, AbortError, ResponseValidationError,
} from './errors.js';
export type { ApiErrorDetails } from './errors.js';
export { Page, PagePromise } from './pagination.js';
export { memoryStorage, localStorageStorage } from './progress-queue.js';
export type {
  ProgressStorage, ProgressEventInput, ProgressFlushResult, ProgressRecordResult,
} from './progress-queue.js';
import type { ProgressQueue as ProgressQueueClass } from './progress-queue.js';
/** `upskill.progress`: the queue of learning events (see `record`, `flush`, `pending`). */
export type ProgressQueue = ProgressQueueClass;
export type { RequestOptions, RetryOptions, Transport } from './transport.js';
export type { Courses } from './resources/courses.js';
export type { Skills } from './resources/skills.js';
export type { Certifications } from './resources/certifications.js';
export type { Learners, JobMatchesParams } from './resources/learners.js';
export type { Enrollments } from './resources/enrollments.js';
export type { Credentials } from './resources/credentials.js';
export type { Issuers } from './resources/issuers.js';
export type { Jobs, JobsListParams } from './resources/jobs.js';
export type { Sessions } from './resources/sessions.js';
export { VERSION } from './version.js';
// The contract's types, for convenience; its schemas (values) are in `@upskill/sdk/schemas`.
export type * from './types.js';
