/**
 * The state of one verification check: `ok`, `failed`, or `unknown` when it could not be
 * decided (for example, the status list could not be fetched).
 */
export type CheckState = 'ok' | 'failed' | 'unknown';

/** The four checks that {@link verifyCredential} runs. */
export interface VerificationChecks {
  /** The `eddsa-rdfc-2022` DataIntegrityProof verifies, with a key authorised for `assertionMethod`. */
  proof: CheckState;
  /** `validFrom` / `validUntil` (or VC 1.1's `issuanceDate` / `expirationDate`) enclose `now`. */
  expiry: CheckState;
  /** No Bitstring Status List entry marks the credential revoked or suspended. */
  revocation: CheckState;
  /** The proof's verification method is controlled by the credential's `issuer`. */
  issuer: CheckState;
}

/** Why a check did not pass: the check's name and a message that names what was wrong. */
export interface VerificationError {
  /** Which check this is about. */
  check: keyof VerificationChecks;
  /** What was wrong, or why the check could not be decided. */
  message: string;
}

/** The outcome of {@link verifyCredential}. */
export interface VerificationResult {
  /** True when the proof is `ok` and no check `failed` (a check may be `unknown`). */
  verified: boolean;
  /** The state of each check. */
  checks: VerificationChecks;
  /** One entry for each check that is not `ok`, saying why. */
  errors: VerificationError[];
}

/** Options of {@link verifyCredential}. */
export interface VerifyCredentialOptions {
  /**
   * Documents by URL, used instead of fetching them: a status list credential, or another
   * issuer's verification method and controller document. JSON-LD contexts are bundled and
   * never need to be supplied.
   */
  documents?: Record<string, unknown>;
  /** The clock for the validity window; defaults to the current time. */
  now?: Date | string;
  /** The fetch used for status lists and non-`did:key` verification methods; defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
}
