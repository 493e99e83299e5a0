import type { Db } from './database.js';
import type { LearnerRecord } from './types.js';

interface Row {
  id: string; org_id: string; external_id: string; name: string; email: string | null; locale: LearnerRecord['locale'];
  subject_id: string; share_with_employers: number; consent_updated_at: string | null; created_at: string;
}
const COLUMNS = 'id, org_id, external_id, name, email, locale, subject_id, share_with_employers, consent_updated_at, created_at';
const toRecord = (r: Row): LearnerRecord => ({
  id: r.id, orgId: r.org_id, externalId: r.external_id, name: r.name, email: r.email, locale: r.locale,
  subjectId: r.subject_id, shareWithEmployers: r.share_with_employers === 1,
  consentUpdatedAt: r.consent_updated_at, createdAt: r.created_at,
});

/** Learners, their self-declared skills and consent. */
export function learnerStore(db: Db) {
  const c = db.connection;
  const insert = c.prepare(`INSERT INTO learners (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const byId = c.prepare(`SELECT ${COLUMNS} FROM learners WHERE id = ?`);
  const byExternal = c.prepare(`SELECT ${COLUMNS} FROM learners WHERE org_id = ? AND external_id = ?`);
  const page = c.prepare(`SELECT ${COLUMNS} FROM learners WHERE org_id = ? AND id > ? ORDER BY id LIMIT ?`);
  const pageByExternal = c.prepare(
    `SELECT ${COLUMNS} FROM learners WHERE org_id = ? AND external_id = ? AND id > ? ORDER BY id LIMIT ?`,
  );
  const setLocale = c.prepare('UPDATE learners SET locale = ? WHERE id = ?');
  const setConsent = c.prepare('UPDATE learners SET share_with_employers = ?, consent_updated_at = ? WHERE id = ?');
  const skills = c.prepare('SELECT skill_id, level FROM learner_skills WHERE learner_id = ?');
  const clearSkills = c.prepare('DELETE FROM learner_skills WHERE learner_id = ?');
  const addSkill = c.prepare(
    'INSERT INTO learner_skills (learner_id, skill_id, level) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET level = excluded.level',
  );
  const remove = c.prepare('DELETE FROM learners WHERE id = ?');
  return {
    insert(l: LearnerRecord): void {
      insert.run(l.id, l.orgId, l.externalId, l.name, l.email, l.locale, l.subjectId,
        l.shareWithEmployers ? 1 : 0, l.consentUpdatedAt, l.createdAt);
    },
    byId(id: string): LearnerRecord | undefined {
      const row = byId.get(id) as Row | undefined;
      return row && toRecord(row);
    },
    byExternalId(orgId: string, externalId: string): LearnerRecord | undefined {
      const row = byExternal.get(orgId, externalId) as Row | undefined;
      return row && toRecord(row);
    },
    /** Learners of an organisation in id order, after `afterId`. */
    page(orgId: string, afterId: string, limit: number, externalId?: string): LearnerRecord[] {
      const rows = externalId === undefined
        ? page.all(orgId, afterId, limit)
        : pageByExternal.all(orgId, externalId, afterId, limit);
      return (rows as Row[]).map(toRecord);
    },
    setLocale(id: string, locale: string): void {
      setLocale.run(locale, id);
    },
    setConsent(id: string, share: boolean, at: string): void {
      setConsent.run(share ? 1 : 0, at, id);
    },
    selfDeclaredSkills(id: string): { skillId: string; level: number }[] {
      return (skills.all(id) as { skill_id: string; level: number }[]).map((r) => ({ skillId: r.skill_id, level: r.level }));
    },
    replaceSelfDeclaredSkills(id: string, list: { id: string; level: number }[]): void {
      clearSkills.run(id);
      for (const s of list) addSkill.run(id, s.id, s.level);
    },
    /** Erases a learner; their rows in dependent tables go by cascade, credentials stay. */
    delete(id: string): boolean {
      return remove.run(id).changes > 0;
    },
  };
}
