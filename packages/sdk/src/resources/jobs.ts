import { page } from '../schemas/common.js';
import { Job, type JobsQuery } from '../schemas/catalog.js';
import type { PagePromise } from '../pagination.js';
import type { RequestOptions, Transport } from '../transport.js';

const JobPage = /* @__PURE__ */ page(Job);

/** Filters of {@link Jobs.list}; `remote` may be a boolean. */
export type JobsListParams = Omit<JobsQuery, 'remote'> & { remote?: boolean | 'true' | 'false' };

/** Job postings. */
export interface Jobs {
  /**
   * Lists job postings, filtered by text (`q`), `skill`, `location` or `remote`.
   * @returns A page that is also an async iterable over every posting.
   */
  list(params?: JobsListParams, options?: RequestOptions): PagePromise<Job>;

  /**
   * Gets one job posting.
   * @throws NotFoundError when no posting has this id.
   */
  get(id: string, options?: RequestOptions): Promise<Job>;
}

/**
 * The `jobs` resource, for `composeClient` (every client made by `createClient` has it).
 * @param transport - The client's transport, given by `composeClient`.
 */
export function jobs(transport: Transport): Jobs {
  return {
    list: (params, options) => transport.list('jobs', JobPage, undefined, params, options),
    get: (id, options) => transport.call('get', 'jobs/{id}', Job, { id }, options),
  };
}
