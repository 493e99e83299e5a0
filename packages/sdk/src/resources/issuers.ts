import { IssuerProfile } from '../schemas/credentials.js';
import type { RequestOptions, Transport } from '../transport.js';

/** Issuer profiles: one per organisation, its `id` the issuer's `did:key`. */
export interface Issuers {
  /**
   * Gets an organisation's issuer `Profile` (public).
   * @throws NotFoundError when no issuer has this id.
   */
  get(id: string, options?: RequestOptions): Promise<IssuerProfile>;
}

/**
 * The `issuers` resource, for `composeClient` (every client made by `createClient` has it).
 * @param transport - The client's transport, given by `composeClient`.
 */
export function issuers(transport: Transport): Issuers {
  return {
    get: (id, options) => transport.call('get', 'issuers/{id}', IssuerProfile, { id }, options),
  };
}
