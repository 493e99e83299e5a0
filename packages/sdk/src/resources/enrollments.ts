import { Enrollment, type EnrollmentCreate } from '../schemas/learners.js';
import type { RequestOptions, Transport } from '../transport.js';

/** Enrollments of learners in courses. */
export interface Enrollments {
  /**
   * Enrolls a learner (`'me'` with a session token) in a course. A learner has at most one
   * enrollment per course: enrolling again answers the existing one. The call carries an
   * `Idempotency-Key` (pass `options.idempotencyKey` to reuse yours across your own retries).
   * @throws UnprocessableEntityError when the same idempotency key came with another body.
   */
  create(body: EnrollmentCreate, options?: RequestOptions): Promise<Enrollment>;
}

/**
 * The `enrollments` resource, for `composeClient` (every client made by `createClient` has it).
 * @param transport - The client's transport, given by `composeClient`.
 */
export function enrollments(transport: Transport): Enrollments {
  return {
    create: (body, options) => transport.call('post', 'enrollments', Enrollment, { body }, options),
  };
}
