import { decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import { issuerId, verifyProof } from './proof.js';
import { errorMessage, isObject, type Resolver } from './resolver.js';
import type { CheckState } from './types.js';

/** Status purposes that make a credential invalid when their bit is set. */
const INVALIDATING_PURPOSES = new Set(['revocation', 'suspension']);

interface StatusOutcome {
  state: CheckState;
  message?: string;
}

/**
 * Checks every `BitstringStatusListEntry` of the credential for revocation or suspension: loads
 * the status list credential, verifies its own proof and issuer, and reads the bit.
 * No `credentialStatus` at all is `ok`.
 */
export async function checkRevocation(
  credential: Record<string, unknown>,
  resolver: Resolver,
  now: Date,
): Promise<StatusOutcome[]> {
  const { credentialStatus } = credential;
  if (credentialStatus === undefined) return [{ state: 'ok' }];
  const entries = Array.isArray(credentialStatus) ? credentialStatus : [credentialStatus];
  const outcomes = await Promise.all(entries.map(async (entry): Promise<StatusOutcome> => {
    try {
      return await checkEntry(credential, entry, resolver, now);
    } catch (error) {
      return { state: 'failed', message: `The status list could not be read: ${errorMessage(error)}` };
    }
  }));
  return outcomes.length > 0 ? outcomes : [{ state: 'ok' }];
}

async function checkEntry(
  credential: Record<string, unknown>,
  entry: unknown,
  resolver: Resolver,
  now: Date,
): Promise<StatusOutcome> {
  if (!isObject(entry)) {
    return { state: 'failed', message: 'Each "credentialStatus" entry must be an object.' };
  }
  if (entry.type !== 'BitstringStatusListEntry') {
    return { state: 'unknown', message: `Unsupported "credentialStatus" type "${String(entry.type)}".` };
  }
  const { statusPurpose, statusListCredential: listUrl } = entry;
  const index = String(entry.statusListIndex);
  if (typeof statusPurpose !== 'string' || typeof listUrl !== 'string' || !/^\d+$/.test(index)) {
    return {
      state: 'failed',
      message: 'A BitstringStatusListEntry needs a "statusPurpose", a "statusListCredential" URL and a "statusListIndex" of digits.',
    };
  }
  if (!INVALIDATING_PURPOSES.has(statusPurpose)) return { state: 'ok' };

  let list: unknown;
  try {
    list = await resolver.resolve(listUrl);
  } catch (error) {
    return { state: 'unknown', message: `Could not load the status list: ${errorMessage(error)}` };
  }
  if (!isObject(list)) return { state: 'failed', message: `The status list "${listUrl}" is not a JSON object.` };

  const verification = await verifyProof(list, resolver);
  if (verification.proof !== 'ok') {
    return { state: verification.proof, message: `The status list "${listUrl}": ${verification.proofError ?? ''}` };
  }
  if (verification.issuer !== 'ok' || issuerId(list) !== issuerId(credential)) {
    return { state: 'failed', message: `The status list "${listUrl}" is not issued by the credential's issuer.` };
  }
  const validUntil = typeof list.validUntil === 'string' ? Date.parse(list.validUntil) : Number.NaN;
  if (!Number.isNaN(validUntil) && now.getTime() > validUntil) {
    return { state: 'unknown', message: `The status list "${listUrl}" expired on ${String(list.validUntil)}.` };
  }

  const types = Array.isArray(list.type) ? list.type : [list.type];
  const subject = list.credentialSubject;
  if (!types.includes('BitstringStatusListCredential') || !isObject(subject) || subject.type !== 'BitstringStatusList') {
    return { state: 'failed', message: `"${listUrl}" is not a BitstringStatusListCredential.` };
  }
  const listPurposes = Array.isArray(subject.statusPurpose) ? subject.statusPurpose : [subject.statusPurpose];
  if (!listPurposes.includes(statusPurpose)) {
    return { state: 'failed', message: `The status list "${listUrl}" is not a "${statusPurpose}" list.` };
  }
  if (typeof subject.encodedList !== 'string') {
    return { state: 'failed', message: `The status list "${listUrl}" has no "encodedList".` };
  }
  const bits = await decodeList({ encodedList: subject.encodedList });
  const position = Number(index);
  if (position >= bits.length) {
    return { state: 'failed', message: `Status index ${index} is outside the status list "${listUrl}" (${bits.length} entries).` };
  }
  if (bits.getStatus(position)) {
    const what = statusPurpose === 'revocation' ? 'revoked' : 'suspended';
    return { state: 'failed', message: `The credential has been ${what} (status list "${listUrl}", index ${index}).` };
  }
  return { state: 'ok' };
}
