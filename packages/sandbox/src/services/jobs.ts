import type { Job } from '@upskill/sdk/schemas';
import type { Locale } from '../http/locale.js';
import { notFound } from '../http/problem.js';
import type { JobFilters, JobRecord, Store } from '../store/index.js';
import type { Catalog } from './catalog.js';
import { decodeCursor, encodeCursor, toPage } from './pagination.js';

/** Job postings, newest first. */
export class Jobs {
  constructor(private readonly store: Store, private readonly catalog: Catalog) {}

  view(job: JobRecord, prefs: readonly Locale[]): Job {
    return {
      id: job.id,
      title: job.title,
      description: job.description,
      employer: { id: job.employerId, name: job.employerName },
      location: { city: job.city, region: job.region, country: job.country, remote: job.remote },
      skills: job.skills.map((s) => ({ id: s.id, name: this.catalog.skillName(s.id, prefs), level: s.level, required: s.required })),
      preferredCertificationIds: job.preferredCertificationIds,
      postedAt: job.postedAt,
    };
  }

  list(prefs: readonly Locale[], filters: JobFilters, cursor: string | undefined, limit: number) {
    const after = cursor === undefined ? undefined : decodeCursor('jobs', cursor, ['string', 'string']);
    const rows = this.store.jobs.page(filters, after && { postedAt: after[0], id: after[1] }, limit + 1);
    return toPage(rows, limit, (j) => this.view(j, prefs), (j) => encodeCursor('jobs', [j.postedAt, j.id]));
  }

  get(id: string, prefs: readonly Locale[]): Job {
    const job = this.store.jobs.byId(id);
    if (!job) throw notFound(`No job "${id}".`);
    return this.view(job, prefs);
  }
}
