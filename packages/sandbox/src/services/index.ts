import type { Store } from '../store/index.js';
import { Catalog } from './catalog.js';
import { Enrollments } from './enrollments.js';
import { Issuing } from './issuing.js';
import { Jobs } from './jobs.js';
import { Learners } from './learners.js';
import { Matching } from './matching.js';
import { ProgressService } from './progress.js';
import { Sessions } from './sessions.js';

/** Every service, wired once per running sandbox. */
export interface Services {
  store: Store;
  publicUrl: string;
  catalog: Catalog;
  sessions: Sessions;
  learners: Learners;
  enrollments: Enrollments;
  issuing: Issuing;
  progress: ProgressService;
  jobs: Jobs;
  matching: Matching;
}

/** Wires the services over a seeded store. */
export function createServices(store: Store, publicUrl: string): Services {
  const catalog = new Catalog(store, publicUrl);
  const sessions = new Sessions(store);
  const learners = new Learners(store, catalog);
  const issuing = new Issuing(store, catalog, publicUrl);
  const jobs = new Jobs(store, catalog);
  return {
    store, publicUrl, catalog, sessions, learners, issuing, jobs,
    enrollments: new Enrollments(store, catalog, learners),
    progress: new ProgressService(store, catalog, learners, issuing),
    matching: new Matching(store, catalog, learners, jobs),
  };
}
