/**
 * `@upskill/sdk/verify`: verification of Open Badges 3.0 / Verifiable Credentials 2.0
 * credentials secured with an `eddsa-rdfc-2022` DataIntegrityProof. Runs in browsers and Node,
 * with JSON-LD contexts bundled and `did:key` resolved offline.
 *
 * @packageDocumentation
 */
import { verifyProof } from './proof.js';
import { errorMessage, isObject, Resolver } from './resolver.js';
import { checkRevocation } from './status.js';
import type { CheckState, VerificationError, VerificationResult, VerifyCredentialOptions } from './types.js';

export { createDocumentLoader, type DocumentLoader, type RemoteDocument } from './loader.js';
export type {
  CheckState, VerificationChecks, VerificationError, VerificationResult, VerifyCredentialOptions,
} from './types.js';

/** Clock difference allowed between an issuer and a verifier for a just-issued credential. */
const VALID_FROM_SKEW_MS = 5 * 60 * 1000;

/**
 * Verifies an Open Badges 3.0 credential (ours or any other issuer's) secured with an
 * `eddsa-rdfc-2022` DataIntegrityProof.
 *
 * Checks, each `'ok' | 'failed' | 'unknown'`:
 * - `proof`: JSON-LD canonicalization and the Ed25519 signature, with a key its controller
 *   authorises for `assertionMethod`. `did:key` resolves offline; any other verification method
 *   (and its controller document) comes from `options.documents` or is fetched. `unknown` when
 *   the key could not be fetched.
 * - `expiry`: `now` lies between `validFrom` (allowing 5 minutes of clock skew) and `validUntil`.
 * - `revocation`: every `BitstringStatusListEntry` (purpose `revocation` or `suspension`) reads
 *   as unset in its status list, whose own proof and issuer are verified. `ok` with no
 *   `credentialStatus`; `unknown` when the status list cannot be fetched.
 * - `issuer`: the proof's verification method is controlled by the credential's `issuer`.
 *
 * `verified` is true when the proof is `ok` and no check `failed`: a credential whose status
 * list is unreachable still verifies, with `revocation: 'unknown'` and the reason in `errors`.
 *
 * It never throws for a bad credential: garbage input gives `verified: false` and the reason.
 *
 * @param credential - The credential as parsed JSON (anything; it is checked).
 * @param options - Documents to use instead of fetching, the clock, and the fetch function.
 * @returns The verdict, the state of each check, and one error per check that is not `ok`.
 *
 * @example
 * ```ts
 * import { verifyCredential } from '@upskill/sdk/verify';
 * const result = await verifyCredential(await (await fetch(link)).json());
 * if (result.checks.revocation === 'failed') console.log('revoked');
 * ```
 */
export async function verifyCredential(
  credential: unknown,
  options?: VerifyCredentialOptions,
): Promise<VerificationResult> {
  const { documents, now: clock, fetch: fetchImpl }: VerifyCredentialOptions =
    typeof options === 'object' && options !== null ? options : {};
  const checks: VerificationResult['checks'] = { proof: 'unknown', expiry: 'unknown', revocation: 'unknown', issuer: 'unknown' };
  const errors: VerificationError[] = [];
  const note = (check: VerificationError['check'], state: CheckState, message?: string) => {
    checks[check] = state;
    if (state !== 'ok') errors.push({ check, message: message ?? `The ${check} check did not pass.` });
  };

  if (!isObject(credential)) {
    note('proof', 'failed', 'The credential is not a JSON object.');
    return { verified: false, checks, errors };
  }
  const now = clock === undefined ? new Date() : new Date(clock);
  let resolver: Resolver;
  try {
    const fetchFunction = typeof fetchImpl === 'function' ? fetchImpl : globalThis.fetch?.bind(globalThis);
    resolver = new Resolver(isObject(documents) ? documents : {}, fetchFunction);
  } catch (error) {
    note('proof', 'failed', `Invalid options: ${errorMessage(error)}`);
    return { verified: false, checks, errors };
  }

  const [proof, revocation] = await Promise.all([
    verifyProof(credential, resolver).catch((error: unknown) => ({
      proof: 'failed' as const, issuer: 'unknown' as const,
      proofError: `The proof could not be verified: ${errorMessage(error)}`,
      issuerError: 'The proof could not be verified, so neither could the key that made it.',
    })),
    checkRevocation(credential, resolver, now).catch((error: unknown) => [
      { state: 'failed' as const, message: `The status could not be checked: ${errorMessage(error)}` },
    ]),
  ]);

  note('proof', proof.proof, proof.proofError);
  const expiry = checkExpiry(credential, now);
  note('expiry', expiry.state, expiry.message);
  const worst = revocation.find((o) => o.state === 'failed') ?? revocation.find((o) => o.state === 'unknown');
  note('revocation', worst?.state ?? 'ok', worst?.message);
  for (const outcome of revocation) {
    if (outcome !== worst && outcome.state !== 'ok' && outcome.message) errors.push({ check: 'revocation', message: outcome.message });
  }
  note('issuer', proof.issuer, proof.issuerError);

  const verified = checks.proof === 'ok' && !Object.values(checks).includes('failed');
  return { verified, checks, errors };
}

function checkExpiry(credential: Record<string, unknown>, now: Date): { state: CheckState; message?: string } {
  if (Number.isNaN(now.getTime())) return { state: 'unknown', message: 'options.now is not a valid date.' };
  const validFrom = readDate(credential, 'validFrom') ?? readDate(credential, 'issuanceDate');
  const validUntil = readDate(credential, 'validUntil') ?? readDate(credential, 'expirationDate');
  for (const bound of [validFrom, validUntil]) {
    if (bound && Number.isNaN(bound.time)) {
      return { state: 'failed', message: `"${bound.prop}" is not a date-time: ${JSON.stringify(bound.value)}.` };
    }
  }
  if (validFrom && now.getTime() + VALID_FROM_SKEW_MS < validFrom.time) {
    return { state: 'failed', message: `The credential is not valid before ${String(validFrom.value)}.` };
  }
  if (validUntil && now.getTime() > validUntil.time) {
    return { state: 'failed', message: `The credential expired on ${String(validUntil.value)}.` };
  }
  return { state: 'ok' };
}

function readDate(credential: Record<string, unknown>, prop: string) {
  if (!(prop in credential)) return undefined;
  const value = credential[prop];
  return { prop, value, time: typeof value === 'string' ? Date.parse(value) : Number.NaN };
}
