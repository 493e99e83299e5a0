import { CredentialRecord, OpenBadgeCredential } from '../schemas/credentials.js';
import type { RequestOptions, Transport } from '../transport.js';

/**
 * Issued credentials. To verify one, use `verifyCredential` from `@upskill/sdk/verify`; to list a
 * learner's, `learners.credentials(id)`.
 */
export interface Credentials {
  /**
   * Gets the signed `OpenBadgeCredential` (JSON-LD) behind a public verification link.
   * @throws NotFoundError when no credential has this id.
   */
  get(id: string, options?: RequestOptions): Promise<OpenBadgeCredential>;

  /**
   * Revokes a credential (secret key of the issuing organisation only): its status list bit is
   * set, so every verifier sees it as revoked.
   */
  revoke(id: string, options?: RequestOptions): Promise<CredentialRecord>;
}

/**
 * The `credentials` resource, for `composeClient` (every client made by `createClient` has it).
 * @param transport - The client's transport, given by `composeClient`.
 */
export function credentials(transport: Transport): Credentials {
  return {
    get: (id, options) => transport.call('get', 'credentials/{id}', OpenBadgeCredential, { id }, options),
    revoke: (id, options) => transport.call('post', 'credentials/{id}/revoke', CredentialRecord, { id }, options),
  };
}
