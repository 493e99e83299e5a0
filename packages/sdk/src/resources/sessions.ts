import { Session, type SessionCreate } from '../schemas/learners.js';
import type { RequestOptions, Transport } from '../transport.js';

/** Learner session tokens, minted on a partner's server for its browsers. */
export interface Sessions {
  /**
   * Mints a short-lived session token for a learner (`ttlSeconds` default 900, at most 3600).
   * Call it on your server with your secret key, and hand the token to the browser.
   *
   * @example
   * ```ts
   * const { token, expiresAt } = await upskill.sessions.create({ learnerId: 'lrn_123' });
   * ```
   */
  create(body: SessionCreate, options?: RequestOptions): Promise<Session>;
}

/**
 * The `sessions` resource, for `composeClient` (every client made by `createClient` has it).
 * @param transport - The client's transport, given by `composeClient`.
 */
export function sessions(transport: Transport): Sessions {
  return {
    create: (body, options) => transport.call('post', 'sessions', Session, { body }, options),
  };
}
