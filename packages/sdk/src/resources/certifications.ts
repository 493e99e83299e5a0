import { page, type ListQuery } from '../schemas/common.js';
import { Certification } from '../schemas/catalog.js';
import type { PagePromise } from '../pagination.js';
import type { RequestOptions, Transport } from '../transport.js';

const CertificationPage = /* @__PURE__ */ page(Certification);

/** Certification programs: completing every course of one issues its credential. */
export interface Certifications {
  /**
   * Lists the certification programs.
   * @returns A page that is also an async iterable over every certification.
   */
  list(params?: ListQuery, options?: RequestOptions): PagePromise<Certification>;

  /**
   * Gets one certification program.
   * @throws NotFoundError when no certification has this id.
   */
  get(id: string, options?: RequestOptions): Promise<Certification>;
}

/**
 * The `certifications` resource, for `composeClient` (every client made by `createClient` has it).
 * @param transport - The client's transport, given by `composeClient`.
 */
export function certifications(transport: Transport): Certifications {
  return {
    list: (params, options) => transport.list('certifications', CertificationPage, undefined, params, options),
    get: (id, options) => transport.call('get', 'certifications/{id}', Certification, { id }, options),
  };
}
