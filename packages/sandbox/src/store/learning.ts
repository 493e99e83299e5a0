import type { Db } from './database.js';
import type { EnrollmentRecord } from './types.js';

interface Row {
  id: string; org_id: string; learner_id: string; course_id: string; completed_lessons: number; total_lessons: number;
  completed_at: string | null; created_at: string; updated_at: string;
}
const COLUMNS = 'id, org_id, learner_id, course_id, completed_lessons, total_lessons, completed_at, created_at, updated_at';
const toRecord = (r: Row): EnrollmentRecord => ({
  id: r.id, orgId: r.org_id, learnerId: r.learner_id, courseId: r.course_id, completedLessons: r.completed_lessons,
  totalLessons: r.total_lessons, completedAt: r.completed_at, createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Enrollments, completed lessons and the ids of progress events already applied. */
export function learningStore(db: Db) {
  const c = db.connection;
  const insert = c.prepare(`INSERT INTO enrollments (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const byLearnerCourse = c.prepare(`SELECT ${COLUMNS} FROM enrollments WHERE learner_id = ? AND course_id = ?`);
  const pageById = c.prepare(`SELECT ${COLUMNS} FROM enrollments WHERE learner_id = ? AND id > ? ORDER BY id LIMIT ?`);
  const pageByCourse = c.prepare(
    `SELECT ${COLUMNS} FROM enrollments WHERE learner_id = ? AND course_id > ? ORDER BY course_id LIMIT ?`,
  );
  const completed = c.prepare('SELECT course_id FROM enrollments WHERE learner_id = ? AND completed_at IS NOT NULL');
  const recordEvent = c.prepare(
    'INSERT INTO progress_events (org_id, event_id, learner_id, received_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const completeLesson = c.prepare(
    'INSERT INTO lesson_completions (learner_id, course_id, lesson_id, completed_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const bump = c.prepare(
    `UPDATE enrollments SET completed_lessons = completed_lessons + 1, updated_at = ?,
       completed_at = CASE WHEN completed_lessons + 1 >= total_lessons THEN ? ELSE completed_at END
     WHERE learner_id = ? AND course_id = ? RETURNING ${COLUMNS}`,
  );
  return {
    insertEnrollment(e: EnrollmentRecord): void {
      insert.run(e.id, e.orgId, e.learnerId, e.courseId, e.completedLessons, e.totalLessons, e.completedAt, e.createdAt, e.updatedAt);
    },
    enrollment(learnerId: string, courseId: string): EnrollmentRecord | undefined {
      const row = byLearnerCourse.get(learnerId, courseId) as Row | undefined;
      return row && toRecord(row);
    },
    /** A learner's enrollments in id (creation) order. */
    enrollmentsPage(learnerId: string, afterId: string, limit: number): EnrollmentRecord[] {
      return (pageById.all(learnerId, afterId, limit) as Row[]).map(toRecord);
    },
    /** A learner's enrollments in course id order (the progress list). */
    enrollmentsByCourse(learnerId: string, afterCourseId: string, limit: number): EnrollmentRecord[] {
      return (pageByCourse.all(learnerId, afterCourseId, limit) as Row[]).map(toRecord);
    },
    completedCourseIds(learnerId: string): string[] {
      return (completed.all(learnerId) as { course_id: string }[]).map((r) => r.course_id);
    },
    /** Records an event id; false when the organisation already saw it. */
    recordEvent(orgId: string, eventId: string, learnerId: string, at: string): boolean {
      return recordEvent.run(orgId, eventId, learnerId, at).changes > 0;
    },
    /**
     * Marks a lesson completed (a set: completing it again changes nothing) and returns the
     * enrollment when its count grew.
     */
    completeLesson(learnerId: string, courseId: string, lessonId: string, at: string): EnrollmentRecord | undefined {
      if (completeLesson.run(learnerId, courseId, lessonId, at).changes === 0) return undefined;
      return toRecord(bump.get(at, at, learnerId, courseId) as Row);
    },
  };
}

/** Stored answers of `Idempotency-Key` requests, per organisation. */
export function idempotencyStore(db: Db) {
  const c = db.connection;
  const get = c.prepare('SELECT request_hash, status, body, created_at FROM idempotency_keys WHERE org_id = ? AND key = ?');
  const put = c.prepare(
    `INSERT INTO idempotency_keys (org_id, key, request_hash, learner_id, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (org_id, key) DO UPDATE SET request_hash = excluded.request_hash, learner_id = excluded.learner_id,
       status = excluded.status, body = excluded.body, created_at = excluded.created_at`,
  );
  const purge = c.prepare('DELETE FROM idempotency_keys WHERE created_at < ?');
  return {
    get(orgId: string, key: string): { requestHash: string; status: number; body: string; createdAt: number } | undefined {
      const row = get.get(orgId, key) as { request_hash: string; status: number; body: string; created_at: number } | undefined;
      return row && { requestHash: row.request_hash, status: row.status, body: row.body, createdAt: row.created_at };
    },
    put(orgId: string, key: string, requestHash: string, learnerId: string | null, status: number, body: string, at: number): void {
      put.run(orgId, key, requestHash, learnerId, status, body, at);
    },
    purgeOlderThan(at: number): void {
      purge.run(at);
    },
  };
}
