import type { BadgeVerifier } from '../../packages/elements/src/badge/badge.js';
import { verifyCredential } from '../../packages/sdk/src/verify/index.js';
import { CREDENTIALS } from './api.js';

/**
 * The real verifier of `@upskill/sdk/verify`, given the fixtures' status list so that checking
 * revocation fetches nothing (the fixture credentials are really signed, by a did:key issuer).
 */
export const offlineVerifier: BadgeVerifier = (credential) =>
  verifyCredential(credential, { documents: { [CREDENTIALS.statusListUrl]: CREDENTIALS.statusList } });
