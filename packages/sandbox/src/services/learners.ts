import { randomUUID } from 'node:crypto';
import type { Evidence, Learner, LearnerCreate, LearnerSkill, LearnerUpdate } from '@upskill/sdk/schemas';
import type { Locale } from '../http/locale.js';
import { forbidden, invalid, invalidAt, notFound } from '../http/problem.js';
import type { LearnerRecord, Store } from '../store/index.js';
import { COURSE_LEVEL_SKILL, type Catalog } from './catalog.js';
import { newId, nowIso } from './ids.js';
import { decodeCursor, encodeCursor, toPage } from './pagination.js';
import type { Principal } from './sessions.js';

/** The skill level a held credential attests for each skill of its certification. */
export const CREDENTIAL_SKILL_LEVEL = 4;

/** One skill of a learner's profile, as matching sees it. */
export interface HeldSkill {
  level: number;
  evidence: Evidence;
}

const EVIDENCE_RANK = { self: 0, course: 1, credential: 2 } as const;

/** Provisioning, profiles, self-declared skills, consent and erasure of learners. */
export class Learners {
  constructor(private readonly store: Store, private readonly catalog: Catalog) {}

  /**
   * The learner a path or body names (`me` is the session's learner) if the principal may see
   * them. A learner the principal may not see is a 404, exactly like one that does not exist.
   */
  resolve(principal: Principal, ref: string): LearnerRecord {
    if (ref === 'me') {
      if (principal.kind !== 'session') throw invalid('"me" means the learner of a session token; with a secret key, name the learner id.');
      ref = principal.learnerId;
    }
    const learner = this.store.learners.byId(ref);
    const visible = learner && learner.orgId === principal.org.id &&
      (principal.kind === 'secret' || principal.learnerId === learner.id);
    if (!visible) throw notFound(`No learner "${ref}".`);
    return learner;
  }

  /** Provisions a learner; the same `externalId` answers the existing one (`created: false`). */
  provision(principal: Principal, body: LearnerCreate): { learner: LearnerRecord; created: boolean } {
    return this.store.transaction(() => {
      const existing = this.store.learners.byExternalId(principal.org.id, body.externalId);
      if (existing) return { learner: existing, created: false };
      const learner: LearnerRecord = {
        id: newId('lrn'), orgId: principal.org.id, externalId: body.externalId, name: body.name,
        email: body.email ?? null, locale: body.locale ?? 'en', subjectId: `urn:uuid:${randomUUID()}`,
        shareWithEmployers: false, consentUpdatedAt: null, createdAt: nowIso(),
      };
      this.store.learners.insert(learner);
      return { learner, created: true };
    });
  }

  list(principal: Principal, prefs: readonly Locale[], query: { externalId?: string; cursor?: string; limit: number }) {
    const after = query.cursor === undefined ? '' : decodeCursor('learners', query.cursor, ['string'])[0];
    const rows = this.store.learners.page(principal.org.id, after, query.limit + 1, query.externalId);
    return toPage(rows, query.limit, (l) => this.view(l, prefs), (l) => encodeCursor('learners', [l.id]));
  }

  update(learner: LearnerRecord, body: LearnerUpdate): void {
    body.skills?.forEach((s, i) => {
      if (!this.catalog.skillById.has(s.id)) throw invalidAt(`/skills/${i}/id`, `unknown skill "${s.id}"`);
    });
    this.store.transaction(() => {
      if (body.skills) this.store.learners.replaceSelfDeclaredSkills(learner.id, body.skills);
      if (body.locale) this.store.learners.setLocale(learner.id, body.locale);
    });
  }

  setConsent(principal: Principal, ref: string, shareWithEmployers: boolean) {
    if (principal.kind !== 'session') throw forbidden('Only the learner, through their own session, can set their consent.');
    const learner = this.resolve(principal, ref);
    const at = nowIso();
    this.store.learners.setConsent(learner.id, shareWithEmployers, at);
    return { shareWithEmployers, updatedAt: at };
  }

  /** Erases a learner: profile, skills, enrollments, progress and sessions; credentials stay valid. */
  erase(learner: LearnerRecord): void {
    this.store.learners.delete(learner.id);
  }

  /**
   * A learner's skills from every source: self-declared (their level), completed courses (the
   * course level's skill level: foundation 2, practitioner 3, specialist 4) and held credentials
   * (level 4 for each certified skill). The level is the highest any source gives; the evidence
   * names the strongest source (credential > course > self).
   */
  skillProfile(learnerId: string): Map<string, HeldSkill> {
    const profile = new Map<string, HeldSkill>();
    const add = (skillId: string, level: number, evidence: Evidence) => {
      const current = profile.get(skillId);
      if (!current) {
        profile.set(skillId, { level, evidence });
        return;
      }
      const stronger = EVIDENCE_RANK[evidence.type] > EVIDENCE_RANK[current.evidence.type];
      profile.set(skillId, { level: Math.max(level, current.level), evidence: stronger ? evidence : current.evidence });
    };
    for (const s of this.store.learners.selfDeclaredSkills(learnerId)) add(s.skillId, s.level, { type: 'self' });
    for (const courseId of this.store.learning.completedCourseIds(learnerId)) {
      const course = this.catalog.courseById.get(courseId);
      if (!course) continue;
      for (const skillId of course.skillIds) add(skillId, COURSE_LEVEL_SKILL[course.level], { type: 'course', id: course.id });
    }
    for (const credential of this.store.credentials.held(learnerId, nowIso())) {
      const cert = this.catalog.certificationById.get(credential.certificationId);
      if (!cert) continue;
      for (const skillId of cert.skillIds) add(skillId, CREDENTIAL_SKILL_LEVEL, { type: 'credential', id: credential.id });
    }
    return profile;
  }

  view(learner: LearnerRecord, prefs: readonly Locale[]): Learner {
    const skills: LearnerSkill[] = [...this.skillProfile(learner.id)]
      .map(([id, s]) => ({ id, name: this.catalog.skillName(id, prefs), level: Math.min(5, s.level), evidence: s.evidence }))
      .sort((a, b) => b.level - a.level || a.id.localeCompare(b.id));
    return {
      id: learner.id,
      externalId: learner.externalId,
      name: learner.name,
      email: learner.email,
      locale: learner.locale,
      skills,
      consent: { shareWithEmployers: learner.shareWithEmployers, updatedAt: learner.consentUpdatedAt },
      createdAt: learner.createdAt,
    };
  }
}
