import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { CredentialIssuancePurpose, verifyCredential as vcVerifyCredential } from '@digitalbazaar/vc';
import { errorMessage, isObject, type Resolver } from './resolver.js';
import type { CheckState } from './types.js';

/**
 * `assertionMethod` purpose that checks the key is authorised by its controller, but leaves
 * the issuer comparison to `issuer`, so that a wrong issuer is reported as its own check.
 */
class AssertionPurpose extends CredentialIssuancePurpose {
  override validate(...args: Parameters<CredentialIssuancePurpose['validate']>) {
    const controllerPurpose = Object.getPrototypeOf(CredentialIssuancePurpose.prototype) as CredentialIssuancePurpose;
    return controllerPurpose.validate.apply(this, args);
  }
}

/** The outcome of checking a document's proof and that its key belongs to its issuer. */
export interface ProofOutcome {
  proof: CheckState;
  issuer: CheckState;
  proofError?: string;
  issuerError?: string;
}

/** The issuer's id: `issuer` is a URL or an object with an `id`. */
export function issuerId(document: Record<string, unknown>): string | undefined {
  const { issuer } = document;
  if (typeof issuer === 'string') return issuer;
  if (isObject(issuer) && typeof issuer.id === 'string') return issuer.id;
  return undefined;
}

function controllerId(method: unknown): string | undefined {
  if (!isObject(method)) return undefined;
  const { controller } = method;
  if (typeof controller === 'string') return controller;
  if (isObject(controller) && typeof controller.id === 'string') return controller.id;
  return undefined;
}

/**
 * Verifies the `eddsa-rdfc-2022` DataIntegrityProof of a credential, and that the proof's
 * verification method is controlled by the credential's issuer.
 *
 * The validity window is not judged here (that is the `expiry` check): the structural checks of
 * `@digitalbazaar/vc` run with a clock set inside the credential's own window.
 */
export async function verifyProof(document: Record<string, unknown>, resolver: Resolver): Promise<ProofOutcome> {
  const unusable = (proofError: string): ProofOutcome => ({
    proof: 'failed', issuer: 'unknown', proofError,
    issuerError: 'Without a usable proof, the key that signed the credential is unknown.',
  });
  const proofs = Array.isArray(document.proof) ? document.proof : document.proof === undefined ? [] : [document.proof];
  if (proofs.length === 0) {
    return unusable('The credential has no proof.');
  }
  const proof = proofs.find((p): p is Record<string, unknown> =>
    isObject(p) && p.type === 'DataIntegrityProof' && p.cryptosuite === 'eddsa-rdfc-2022');
  if (!proof) {
    return unusable('The credential has no DataIntegrityProof with cryptosuite "eddsa-rdfc-2022".');
  }
  if (proof.proofPurpose !== 'assertionMethod') {
    return unusable(`The proof's purpose is "${String(proof.proofPurpose)}", not "assertionMethod".`);
  }
  const methodUrl = proof.verificationMethod;
  if (typeof methodUrl !== 'string' || methodUrl === '') {
    return unusable('The proof has no verificationMethod URL.');
  }

  // Resolve the key and its controller first, so that an unreachable key reads as "unknown".
  let controller: string | undefined;
  try {
    controller = controllerId(await resolver.resolve(methodUrl));
    if (controller === undefined) {
      return {
        proof: 'failed', issuer: 'failed',
        proofError: `The verification method "${methodUrl}" names no controller.`,
        issuerError: `The verification method "${methodUrl}" names no controller.`,
      };
    }
    await resolver.resolve(controller);
  } catch (error) {
    const reason = `Could not resolve the verification method "${methodUrl}": ${errorMessage(error)}`;
    return { proof: 'unknown', issuer: 'unknown', proofError: reason, issuerError: reason };
  }

  const outcome: ProofOutcome = { proof: 'failed', issuer: 'ok' };
  const issuer = issuerId(document);
  if (issuer === undefined) {
    outcome.issuer = 'failed';
    outcome.issuerError = 'The credential has no issuer id.';
  } else if (issuer !== controller) {
    outcome.issuer = 'failed';
    outcome.issuerError = `The proof was made with a key of "${controller}", not of the issuer "${issuer}".`;
  }

  const result = await vcVerifyCredential({
    credential: document,
    suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
    purpose: new AssertionPurpose(),
    documentLoader: resolver.documentLoader,
    now: clockInsideWindow(document),
    // Status is the `revocation` check's business; without this the library refuses to verify.
    checkStatus: () => Promise.resolve({ verified: true }),
  });
  if (result.verified) {
    outcome.proof = 'ok';
  } else {
    const errors = result.error?.errors?.length ? result.error.errors : [result.error];
    outcome.proofError = `The proof does not verify: ${errors.map(errorMessage).join('; ')}`;
  }
  return outcome;
}

/** A date inside the document's own validity window, so that only its structure is judged. */
function clockInsideWindow(document: Record<string, unknown>): Date {
  for (const prop of ['validFrom', 'issuanceDate', 'validUntil', 'expirationDate']) {
    const value = document[prop];
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value);
  }
  return new Date();
}
