import type { Db } from './database.js';
import type { OrganisationRecord } from './types.js';

interface Row { id: string; name: string; url: string; issuer_key: string }
const toRecord = (r: Row): OrganisationRecord => ({ id: r.id, name: r.name, url: r.url, issuerKey: r.issuer_key });

/** Organisations, their hashed secret keys, issuer keys and revocation-list counters. */
export function organisationStore(db: Db) {
  const c = db.connection;
  const insert = c.prepare(
    'INSERT INTO organisations (id, name, url, key_hash, issuer_key, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const byId = c.prepare('SELECT id, name, url, issuer_key FROM organisations WHERE id = ?');
  const byKeyHash = c.prepare('SELECT id, name, url, issuer_key FROM organisations WHERE key_hash = ?');
  const all = c.prepare('SELECT id, name, url, issuer_key FROM organisations ORDER BY created_at, id');
  const nextIndex = c.prepare(
    'UPDATE organisations SET next_status_index = next_status_index + 1 WHERE id = ? RETURNING next_status_index - 1 AS idx',
  );
  return {
    insert(org: OrganisationRecord & { keyHash: string; createdAt: string }): void {
      insert.run(org.id, org.name, org.url, org.keyHash, org.issuerKey, org.createdAt);
    },
    byId(id: string): OrganisationRecord | undefined {
      const row = byId.get(id) as Row | undefined;
      return row && toRecord(row);
    },
    byKeyHash(hash: string): OrganisationRecord | undefined {
      const row = byKeyHash.get(hash) as Row | undefined;
      return row && toRecord(row);
    },
    all(): OrganisationRecord[] {
      return (all.all() as Row[]).map(toRecord);
    },
    /** Allocates the next revocation-list index of an organisation (call inside a transaction). */
    allocateStatusIndex(orgId: string): number {
      return (nextIndex.get(orgId) as { idx: number }).idx;
    },
  };
}

/** Small key/value facts of the database, such as the session signing secret. */
export function metaStore(db: Db) {
  const get = db.connection.prepare('SELECT value FROM meta WHERE key = ?');
  const put = db.connection.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  return {
    get(key: string): string | undefined {
      return (get.get(key) as { value: string } | undefined)?.value;
    },
    set(key: string, value: string): void {
      put.run(key, value);
    },
  };
}
