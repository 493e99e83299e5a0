import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'libsql';
import { migrations } from './migrations.js';

/** The synchronous SQLite connection every store module shares. */
export type Connection = Database.Database;

/** A connection plus a nesting-safe transaction helper. */
export interface Db {
  readonly connection: Connection;
  /** Runs `fn` in one transaction (joins the current one when nested); never await inside. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

/**
 * Opens (creating when needed) the SQLite database at `path` (`:memory:` allowed), in WAL mode
 * with `synchronous=FULL` so that a write acknowledged to a client survives a crash, and applies
 * pending migrations.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const connection = new Database(path, { timeout: 5000 });
  if (path !== ':memory:') connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  // 16 MB of page cache (SQLite's default is 2 MB): seeding writes ~600,000 rows in one transaction.
  connection.pragma('cache_size = -16384');

  let depth = 0;
  const transaction = <T>(fn: () => T): T => {
    if (depth > 0) {
      depth++;
      try {
        return fn();
      } finally {
        depth--;
      }
    }
    connection.exec('BEGIN IMMEDIATE');
    depth = 1;
    try {
      const result = fn();
      if (result instanceof Promise) throw new Error('A store transaction must not be asynchronous.');
      connection.exec('COMMIT');
      return result;
    } catch (error) {
      if (connection.inTransaction) connection.exec('ROLLBACK');
      throw error;
    } finally {
      depth = 0;
    }
  };

  const db: Db = { connection, transaction, close: () => connection.close() };
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const { connection } = db;
  connection.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    (connection.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      connection.exec(migration.sql);
      connection
        .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
        .run(migration.version, migration.name, new Date().toISOString());
    });
  }
}
