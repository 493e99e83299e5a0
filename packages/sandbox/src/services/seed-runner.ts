import * as seed from '../seed/index.js';
import type { LearnerRecord, Store } from '../store/index.js';
import { Catalog } from './catalog.js';
import { generateIssuerKey } from './credentials.js';
import { newId } from './ids.js';
import { Issuing } from './issuing.js';
import { hashSecretKey } from './sessions.js';

/** Learners generated per organisation, besides the named personas (demo organisation first). */
const GENERATED_LEARNERS = [40, 10];

/** What opening the database found or did. */
export interface SeedResult {
  /** True when the database was new and this start seeded it. */
  seeded: boolean;
  /** Job postings in the database. */
  jobs: number;
  /** How long seeding took (0 when the database already existed). */
  milliseconds: number;
}

/**
 * Seeds a new database: organisations (with hashed keys and fresh issuer keys), the catalog,
 * the demo learners and their progress, the job postings, and the demo credentials (one
 * earned by the certified persona, one expired, one revoked). Everything but the signatures is
 * written in one transaction; the credentials are signed right after.
 */
export async function seedIfEmpty(store: Store, options: { seedJobs: number; publicUrl: string }): Promise<SeedResult> {
  const started = performance.now();
  if (!store.isEmpty()) return { seeded: false, jobs: store.jobs.count(), milliseconds: 0 };
  const issuerKeys = await Promise.all(seed.organisations.map(() => generateIssuerKey()));
  const now = new Date();
  const at = now.toISOString();

  let issuing: Issuing | undefined;
  store.transaction(() => {
    seed.organisations.forEach((org, i) => {
      store.organisations.insert({
        id: org.id, name: org.name, url: org.url, keyHash: hashSecretKey(org.secretKey),
        issuerKey: JSON.stringify(issuerKeys[i]), createdAt: new Date(now.getTime() + i).toISOString(),
      });
    });
    seed.skills.forEach((s, i) => store.catalog.insertSkill(s, i));
    seed.courses.forEach((c, i) => store.catalog.insertCourse({ ...c, skillIds: c.skills }, i));
    seed.certifications.forEach((c, i) => store.catalog.insertCertification({ ...c, skillIds: c.skills }, i));

    const catalog = new Catalog(store, options.publicUrl);
    issuing = new Issuing(store, catalog, options.publicUrl);
    const [demoOrg] = seed.organisations;
    const people = [
      ...seed.personas.map((p) => ({ persona: p, orgId: demoOrg!.id })),
      ...seed.organisations.flatMap((org, i) =>
        seed.generateLearners(GENERATED_LEARNERS[i] ?? 0, org.id).map((p) => ({ persona: p, orgId: org.id }))),
    ];
    const learners = new Map<string, LearnerRecord>();
    for (const { persona, orgId } of people) {
      const learner: LearnerRecord = {
        id: persona.id, orgId, externalId: persona.externalId, name: persona.name, email: persona.email,
        locale: persona.locale, subjectId: `urn:uuid:${crypto.randomUUID()}`, shareWithEmployers: false,
        consentUpdatedAt: null, createdAt: at,
      };
      store.learners.insert(learner);
      learners.set(learner.id, learner);
      store.learners.replaceSelfDeclaredSkills(learner.id, persona.selfSkills);
      const progress = [
        ...persona.completedCourseIds.map((courseId) => ({ courseId, lessonsDone: Infinity })),
        ...persona.partialCourses,
      ];
      for (const { courseId, lessonsDone } of progress) {
        const course = catalog.courseById.get(courseId);
        if (!course || store.learning.enrollment(learner.id, courseId)) continue;
        store.learning.insertEnrollment({
          id: newId('enr'), orgId, learnerId: learner.id, courseId,
          completedLessons: 0, totalLessons: course.lessons.length, completedAt: null, createdAt: at, updatedAt: at,
        });
        for (const lesson of course.lessons.slice(0, lessonsDone)) {
          const grown = store.learning.completeLesson(learner.id, courseId, lesson.id, at);
          if (grown && grown.completedLessons === grown.totalLessons) issuing.awardCompletedCertifications(learner, courseId, now);
        }
      }
    }
    const special = seed.specialCredentials;
    for (const [kind, entry] of [['expired', special.expired], ['revoked', special.revoked]] as const) {
      const learner = learners.get(entry.personaId);
      const cert = catalog.certificationById.get(entry.certificationId);
      if (!learner || !cert) continue;
      issuing.createPending(learner, cert, new Date(entry.issuedAt), kind === 'revoked' ? at : undefined);
    }

    store.jobs.insertMany(mapJobs(seed.generateJobs(options.seedJobs)));
    store.meta.set('seeded_at', at);
  });
  await issuing!.signPending();
  return { seeded: true, jobs: options.seedJobs, milliseconds: Math.round(performance.now() - started) };
}

function* mapJobs(jobs: Iterable<seed.SeedJob>) {
  for (const job of jobs) {
    yield {
      id: job.id, title: job.title, description: job.description, employerId: job.employer.id,
      employerName: job.employer.name, city: job.location.city, region: job.location.region,
      country: job.location.country, remote: job.location.remote, postedAt: job.postedAt, skills: job.skills,
      preferredCertificationIds: job.preferredCertificationIds,
    };
  }
}
