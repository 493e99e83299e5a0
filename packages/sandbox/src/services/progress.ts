import type { FieldError, Progress, ProgressBatch, ProgressBatchResult } from '@upskill/sdk/schemas';
import { ApiProblem, invalid } from '../http/problem.js';
import type { EnrollmentRecord, LearnerRecord, Store } from '../store/index.js';
import type { Catalog } from './catalog.js';
import { newId, nowIso } from './ids.js';
import type { Issuing } from './issuing.js';
import type { Learners } from './learners.js';
import { decodeCursor, encodeCursor, toPage } from './pagination.js';
import type { Principal } from './sessions.js';

export const progressView = (e: EnrollmentRecord): Progress => ({
  learnerId: e.learnerId,
  courseId: e.courseId,
  completedLessons: e.completedLessons,
  totalLessons: e.totalLessons,
  percent: e.totalLessons === 0 ? 0 : Math.round((100 * e.completedLessons) / e.totalLessons),
  status: e.completedLessons === 0 ? 'not_started' : e.completedLessons >= e.totalLessons ? 'completed' : 'in_progress',
  updatedAt: e.updatedAt,
});

/**
 * Learning progress. Completed lessons are a set, so progress only grows whatever the order or
 * repetition of events; event ids are remembered per organisation, so a retried batch changes
 * nothing. Completing the last course of a certification issues its credential, exactly once.
 */
export class ProgressService {
  constructor(
    private readonly store: Store,
    private readonly catalog: Catalog,
    private readonly learners: Learners,
    private readonly issuing: Issuing,
  ) {}

  async record(principal: Principal, batch: ProgressBatch): Promise<ProgressBatchResult> {
    const errors: FieldError[] = [];
    const learnerOf: LearnerRecord[] = [];
    batch.events.forEach((event, i) => {
      try {
        learnerOf[i] = this.learners.resolve(principal, event.learnerId);
      } catch (error) {
        if (!(error instanceof ApiProblem)) throw error;
        errors.push({ path: `/events/${i}/learnerId`, message: principal.kind === 'session' ? "must be the session's learner" : 'unknown learner' });
      }
      const course = this.catalog.courseById.get(event.courseId);
      if (!course) errors.push({ path: `/events/${i}/courseId`, message: `unknown course "${event.courseId}"` });
      else if (!course.lessons.some((l) => l.id === event.lessonId)) {
        errors.push({ path: `/events/${i}/lessonId`, message: `course "${course.id}" has no lesson "${event.lessonId}"` });
      }
    });
    if (errors.length) throw invalid(`${errors.length} invalid event(s); nothing was recorded.`, errors.slice(0, 100));

    const { accepted, duplicates, touched, pending } = this.store.transaction(() => {
      let accepted = 0;
      let duplicates = 0;
      const touched = new Map<string, { learnerId: string; courseId: string }>();
      const pending: string[] = [];
      const at = nowIso();
      batch.events.forEach((event, i) => {
        const learner = learnerOf[i]!;
        touched.set(`${learner.id} ${event.courseId}`, { learnerId: learner.id, courseId: event.courseId });
        if (!this.store.learning.recordEvent(principal.org.id, event.id, learner.id, at)) {
          duplicates++;
          return;
        }
        accepted++;
        this.ensureEnrollment(principal.org.id, learner.id, event.courseId, at);
        const grown = this.store.learning.completeLesson(learner.id, event.courseId, event.lessonId, at);
        if (grown && grown.completedLessons === grown.totalLessons) {
          pending.push(...this.issuing.awardCompletedCertifications(learner, event.courseId, new Date(at)));
        }
      });
      return { accepted, duplicates, touched, pending };
    });
    // Signing is async; the rows are committed, so a crash here is finished at the next start.
    await this.issuing.signPending(pending);
    const progress = [...touched.values()].map(({ learnerId, courseId }) =>
      progressView(this.store.learning.enrollment(learnerId, courseId)!));
    return { accepted, duplicates, progress };
  }

  /** Enrolls a learner if needed (an event for a course not enrolled enrolls it). */
  ensureEnrollment(orgId: string, learnerId: string, courseId: string, at: string): void {
    if (this.store.learning.enrollment(learnerId, courseId)) return;
    this.store.learning.insertEnrollment({
      id: newId('enr'), orgId, learnerId, courseId, completedLessons: 0,
      totalLessons: this.catalog.courseById.get(courseId)!.lessons.length, completedAt: null, createdAt: at, updatedAt: at,
    });
  }

  list(learnerId: string, cursor: string | undefined, limit: number) {
    const after = cursor === undefined ? '' : decodeCursor('progress', cursor, ['string'])[0];
    const rows = this.store.learning.enrollmentsByCourse(learnerId, after, limit + 1);
    return toPage(rows, limit, progressView, (e) => encodeCursor('progress', [e.courseId]));
  }
}
