import { openDatabase, type Db } from './database.js';
import { catalogStore } from './catalog.js';
import { credentialStore } from './credentials.js';
import { jobStore } from './jobs.js';
import { idempotencyStore, learningStore } from './learning.js';
import { learnerStore } from './learners.js';
import { metaStore, organisationStore } from './organisations.js';

export type * from './types.js';
export { parseSkillVector, type JobFilters } from './jobs.js';

/**
 * Everything the services need from storage, in domain operations. SQLite implements it here;
 * a PostgreSQL store would implement the same operations, with `transaction` as a real
 * transaction (the services rely on it for check-and-insert sequences).
 */
export interface Store {
  readonly meta: ReturnType<typeof metaStore>;
  readonly organisations: ReturnType<typeof organisationStore>;
  readonly catalog: ReturnType<typeof catalogStore>;
  readonly learners: ReturnType<typeof learnerStore>;
  readonly learning: ReturnType<typeof learningStore>;
  readonly idempotency: ReturnType<typeof idempotencyStore>;
  readonly credentials: ReturnType<typeof credentialStore>;
  readonly jobs: ReturnType<typeof jobStore>;
  /** Runs `fn` atomically; nested calls join the outer transaction. `fn` must be synchronous. */
  transaction<T>(fn: () => T): T;
  /** True when the database holds no seed yet. */
  isEmpty(): boolean;
  close(): void;
}

/** Opens the SQLite store at `path` (a file, or `:memory:`). */
export function openStore(path: string): Store {
  const db: Db = openDatabase(path);
  const meta = metaStore(db);
  return {
    meta,
    organisations: organisationStore(db),
    catalog: catalogStore(db),
    learners: learnerStore(db),
    learning: learningStore(db),
    idempotency: idempotencyStore(db),
    credentials: credentialStore(db),
    jobs: jobStore(db),
    transaction: (fn) => db.transaction(fn),
    isEmpty: () => meta.get('seeded_at') === undefined,
    close: () => db.close(),
  };
}
