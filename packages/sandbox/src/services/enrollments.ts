import { createHash } from 'node:crypto';
import type { Enrollment, EnrollmentCreate } from '@upskill/sdk/schemas';
import { ApiProblem, invalid, notFound } from '../http/problem.js';
import type { EnrollmentRecord, Store } from '../store/index.js';
import type { Catalog } from './catalog.js';
import { newId, nowIso } from './ids.js';
import type { Learners } from './learners.js';
import { decodeCursor, encodeCursor, toPage } from './pagination.js';
import type { Principal } from './sessions.js';

/** How long an `Idempotency-Key` answer is kept. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** JSON with object keys sorted, so that two equal bodies hash the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const enrollmentView = (e: EnrollmentRecord): Enrollment => ({
  id: e.id, learnerId: e.learnerId, courseId: e.courseId, createdAt: e.createdAt,
});

/** Enrollments, with `Idempotency-Key` replay. */
export class Enrollments {
  private lastPurge = 0;

  constructor(private readonly store: Store, private readonly catalog: Catalog, private readonly learners: Learners) {}

  /**
   * Enrolls a learner: 201 with a new enrollment, 200 with the existing one. With an
   * idempotency key, the whole check-and-insert runs in one synchronous transaction, so
   * concurrent retries of the same request are applied once and all get the same answer.
   */
  enroll(principal: Principal, body: EnrollmentCreate, idempotencyKey: string | undefined): { status: number; body: Enrollment } {
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,255}$/.test(idempotencyKey)) {
      throw invalid('Idempotency-Key must be 1 to 255 visible ASCII characters.');
    }
    const now = Date.now();
    if (now - this.lastPurge > 60_000) {
      this.lastPurge = now;
      this.store.idempotency.purgeOlderThan(now - IDEMPOTENCY_TTL_MS);
    }
    const requestHash = createHash('sha256').update('POST /v1/enrollments\n' + canonicalJson(body)).digest('hex');
    return this.store.transaction(() => {
      if (idempotencyKey !== undefined) {
        const stored = this.store.idempotency.get(principal.org.id, idempotencyKey);
        if (stored && stored.createdAt > now - IDEMPOTENCY_TTL_MS) {
          if (stored.requestHash !== requestHash) {
            throw new ApiProblem(422, 'idempotency_key_reused',
              'This Idempotency-Key was already used with a different request body; use a new key for a new request.');
          }
          return { status: stored.status, body: JSON.parse(stored.body) as Enrollment };
        }
      }
      const learner = this.learners.resolve(principal, body.learnerId);
      const course = this.catalog.courseById.get(body.courseId);
      if (!course) throw notFound(`No course "${body.courseId}".`);
      const existing = this.store.learning.enrollment(learner.id, course.id);
      let result: { status: number; body: Enrollment };
      if (existing) {
        result = { status: 200, body: enrollmentView(existing) };
      } else {
        const at = nowIso();
        const enrollment: EnrollmentRecord = {
          id: newId('enr'), orgId: principal.org.id, learnerId: learner.id, courseId: course.id,
          completedLessons: 0, totalLessons: course.lessons.length, completedAt: null, createdAt: at, updatedAt: at,
        };
        this.store.learning.insertEnrollment(enrollment);
        result = { status: 201, body: enrollmentView(enrollment) };
      }
      if (idempotencyKey !== undefined) {
        this.store.idempotency.put(principal.org.id, idempotencyKey, requestHash, learner.id, result.status, JSON.stringify(result.body), now);
      }
      return result;
    });
  }

  list(learnerId: string, cursor: string | undefined, limit: number) {
    const after = cursor === undefined ? '' : decodeCursor('enrollments', cursor, ['string'])[0];
    const rows = this.store.learning.enrollmentsPage(learnerId, after, limit + 1);
    return toPage(rows, limit, enrollmentView, (e) => encodeCursor('enrollments', [e.id]));
  }
}
