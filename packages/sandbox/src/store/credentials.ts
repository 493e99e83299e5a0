import type { Db } from './database.js';
import type { CredentialRow } from './types.js';

interface Row {
  id: string; org_id: string; learner_id: string | null; certification_id: string; subject_id: string;
  locale: CredentialRow['locale']; status_index: number; issued_at: string; expires_at: string | null;
  revoked_at: string | null; document: string | null;
}
const COLUMNS = 'id, org_id, learner_id, certification_id, subject_id, locale, status_index, issued_at, expires_at, revoked_at, document';
const toRecord = (r: Row): CredentialRow => ({
  id: r.id, orgId: r.org_id, learnerId: r.learner_id, certificationId: r.certification_id, subjectId: r.subject_id,
  locale: r.locale, statusIndex: r.status_index, issuedAt: r.issued_at, expiresAt: r.expires_at,
  revokedAt: r.revoked_at, document: r.document,
});

/** Issued credentials (signed documents), their revocation-list index and revocation. */
export function credentialStore(db: Db) {
  const c = db.connection;
  const insert = c.prepare(`INSERT INTO credentials (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const byId = c.prepare(`SELECT ${COLUMNS} FROM credentials WHERE id = ?`);
  const page = c.prepare(
    `SELECT ${COLUMNS} FROM credentials WHERE learner_id = ? AND id > ? AND document IS NOT NULL ORDER BY id LIMIT ?`,
  );
  const held = c.prepare(
    `SELECT ${COLUMNS} FROM credentials WHERE learner_id = ? AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)`,
  );
  const pending = c.prepare(`SELECT ${COLUMNS} FROM credentials WHERE document IS NULL ORDER BY id`);
  const setDocument = c.prepare('UPDATE credentials SET document = ? WHERE id = ? AND document IS NULL');
  const revoke = c.prepare('UPDATE credentials SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
  const revoked = c.prepare('SELECT status_index FROM credentials WHERE org_id = ? AND revoked_at IS NOT NULL');
  return {
    insert(r: CredentialRow): void {
      insert.run(r.id, r.orgId, r.learnerId, r.certificationId, r.subjectId, r.locale, r.statusIndex, r.issuedAt,
        r.expiresAt, r.revokedAt, r.document);
    },
    byId(id: string): CredentialRow | undefined {
      const row = byId.get(id) as Row | undefined;
      return row && toRecord(row);
    },
    /** A learner's signed credentials in id order. */
    page(learnerId: string, afterId: string, limit: number): CredentialRow[] {
      return (page.all(learnerId, afterId, limit) as Row[]).map(toRecord);
    },
    /** Credentials a learner holds at `now`: neither revoked nor expired (pending ones included). */
    held(learnerId: string, now: string): CredentialRow[] {
      return (held.all(learnerId, now) as Row[]).map(toRecord);
    },
    pending(): CredentialRow[] {
      return (pending.all() as Row[]).map(toRecord);
    },
    setDocument(id: string, document: string): void {
      setDocument.run(document, id);
    },
    revoke(id: string, at: string): boolean {
      return revoke.run(at, id).changes > 0;
    },
    revokedIndices(orgId: string): number[] {
      return (revoked.all(orgId) as { status_index: number }[]).map((r) => r.status_index);
    },
  };
}
