/**
 * Issuing Open Badges 3.0 credentials and their revocation lists: pure functions over an issuer
 * key record, with no storage or HTTP. The signing key is the issuer's `did:key`, so every proof
 * verifies offline; the same document loader as `@upskill/sdk/verify` guarantees that what is
 * signed here verifies there.
 */
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { createList } from '@digitalbazaar/vc-bitstring-status-list';
import { createDocumentLoader } from '@upskill/sdk/verify';

/** JSON-serializable issuer key material; the store persists it with the database. NEVER log it. */
export interface IssuerKeyRecord {
  /** The issuer's `did:key` (Ed25519), which is also the issuer Profile's id. */
  did: string;
  /** The Ed25519 public key, multibase (`z6Mk…`). */
  publicKeyMultibase: string;
  /** The Ed25519 secret key, multibase. Secret: never served, logged or put in an error. */
  secretKeyMultibase: string;
}

/** The human-facing facts of an issuer, shown in its Profile and in every credential it issues. */
export interface IssuerInfo {
  /** The organisation's name. */
  name: string;
  /** The organisation's web site. */
  url: string;
  /** A logo URL. */
  image?: string;
}

/** What a credential says; the proof, issuer id and contexts are added by {@link issueOpenBadge}. */
export interface IssueInput {
  /** The credential's URL: `${publicUrl}/v1/credentials/${credentialId}`. */
  id: string;
  /** The issuing organisation. */
  issuer: IssuerInfo;
  /** The learner's stable `urn:uuid:…` subject id. */
  subjectId: string;
  /** The certification achieved. */
  achievement: {
    /** The achievement's URL (the certification's public URL). */
    id: string;
    name: string;
    description: string;
    /** The criteria, as a narrative (Markdown allowed by Open Badges). */
    criteria: string;
    /** An image URL. */
    image?: string;
    /** One alignment per certified skill: `targetUrl` is `${publicUrl}/v1/skills/{id}`. */
    alignments: { targetName: string; targetUrl: string; targetDescription?: string }[];
  };
  /** ISO 8601 date-time from which the credential is valid. */
  validFrom: string;
  /** ISO 8601 date-time after which the credential has expired. */
  validUntil?: string;
  /** The credential's entry in its issuer's revocation list. */
  status?: { statusListCredential: string; statusListIndex: number };
}

/** Entries in each revocation list: the Bitstring Status List minimum (16 KB), for herd privacy. */
export const STATUS_LIST_LENGTH = 131_072;

const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

const documentLoader = createDocumentLoader();

/** Key pairs rebuilt from records, by DID: rebuilding costs more than a signature. */
const keyPairs = new Map<string, { secretKeyMultibase: string; keyPair: Promise<Ed25519Multikey.Ed25519KeyPair> }>();

function keyPairOf(key: IssuerKeyRecord): Promise<Ed25519Multikey.Ed25519KeyPair> {
  const expectedDid = `did:key:${key.publicKeyMultibase}`;
  if (key.did !== expectedDid) {
    return Promise.reject(new Error(`Issuer key record is inconsistent: its did is not "${expectedDid}".`));
  }
  const cached = keyPairs.get(key.did);
  if (cached && cached.secretKeyMultibase === key.secretKeyMultibase) return cached.keyPair;
  // The key needs an id and a controller, or the suite has no verification method to sign with.
  const keyPair = Ed25519Multikey.from({
    type: 'Multikey',
    '@context': 'https://w3id.org/security/multikey/v1',
    id: `${key.did}#${key.publicKeyMultibase}`,
    controller: key.did,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
  });
  keyPair.catch(() => keyPairs.delete(key.did));
  keyPairs.set(key.did, { secretKeyMultibase: key.secretKeyMultibase, keyPair });
  return keyPair;
}

async function sign(key: IssuerKeyRecord, credential: Record<string, unknown>): Promise<Record<string, unknown>> {
  const keyPair = await keyPairOf(key);
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: eddsaRdfc2022 });
  return vc.issue({ credential, suite, documentLoader });
}

function image(url: string | undefined): { image?: { id: string; type: 'Image' } } {
  return url ? { image: { id: url, type: 'Image' } } : {};
}

/** Generates a new Ed25519 issuer key and its `did:key`. */
export async function generateIssuerKey(): Promise<IssuerKeyRecord> {
  const keyPair = await Ed25519Multikey.generate();
  const exported = await keyPair.export({ publicKey: true, secretKey: true, includeContext: false });
  if (!exported.secretKeyMultibase) throw new Error('Ed25519 key generation returned no secret key.');
  return {
    did: `did:key:${exported.publicKeyMultibase}`,
    publicKeyMultibase: exported.publicKeyMultibase,
    secretKeyMultibase: exported.secretKeyMultibase,
  };
}

/** The issuer Profile served at GET /v1/issuers/{id}: id = the did:key, type ['Profile'], name, url, image. */
export function issuerProfile(key: IssuerKeyRecord, info: IssuerInfo): Record<string, unknown> {
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    ...issuerObject(key, info),
  };
}

function issuerObject(key: IssuerKeyRecord, info: IssuerInfo): Record<string, unknown> {
  return { id: key.did, type: ['Profile'], name: info.name, url: info.url, ...image(info.image) };
}

/**
 * Builds and signs an `OpenBadgeCredential` (VC 2.0 + Open Badges 3.0.3 contexts) with an
 * `eddsa-rdfc-2022` DataIntegrityProof whose verification method is the issuer's `did:key`.
 *
 * @param key - The issuer's key; its `did` becomes the credential's issuer id.
 * @param input - What the credential says.
 * @returns The signed credential, ready to be stored and served as JSON-LD.
 */
export async function issueOpenBadge(key: IssuerKeyRecord, input: IssueInput): Promise<Record<string, unknown>> {
  const { achievement, status } = input;
  const credential: Record<string, unknown> = {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: issuerObject(key, input.issuer),
    name: achievement.name,
    validFrom: input.validFrom,
    ...(input.validUntil ? { validUntil: input.validUntil } : {}),
    credentialSubject: {
      id: input.subjectId,
      type: ['AchievementSubject'],
      achievement: {
        id: achievement.id,
        type: ['Achievement'],
        name: achievement.name,
        description: achievement.description,
        criteria: { narrative: achievement.criteria },
        ...image(achievement.image),
        alignment: achievement.alignments.map((alignment) => ({
          type: ['Alignment'],
          targetName: alignment.targetName,
          targetUrl: alignment.targetUrl,
          ...(alignment.targetDescription ? { targetDescription: alignment.targetDescription } : {}),
          targetType: 'ext:Skill',
        })),
      },
    },
  };
  if (status) {
    if (!Number.isInteger(status.statusListIndex) || status.statusListIndex < 0 || status.statusListIndex >= STATUS_LIST_LENGTH) {
      throw new RangeError(`statusListIndex must be an integer in 0..${STATUS_LIST_LENGTH - 1}, got ${status.statusListIndex}.`);
    }
    credential.credentialStatus = {
      id: `${status.statusListCredential}#${status.statusListIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(status.statusListIndex),
      statusListCredential: status.statusListCredential,
    };
  }
  return sign(key, credential);
}

/**
 * Builds and signs the issuer's revocation list: a `BitstringStatusListCredential` with
 * {@link STATUS_LIST_LENGTH} entries, `statusPurpose: 'revocation'`, and the bits of
 * `revokedIndices` set (`encodedList` is the GZIP-compressed list, multibase base64url).
 *
 * @param key - The issuer's key (the list must be signed by the credentials' issuer).
 * @param input - The list's URL (`${publicUrl}/v1/status-lists/{id}`), the issuer, the revoked
 *   indices, and `validFrom` (default: now).
 * @returns The signed status list credential.
 */
export async function signStatusList(
  key: IssuerKeyRecord,
  input: { id: string; issuer: IssuerInfo; revokedIndices: Iterable<number>; validFrom?: string },
): Promise<Record<string, unknown>> {
  const list = await createList({ length: STATUS_LIST_LENGTH });
  for (const index of input.revokedIndices) {
    if (!Number.isInteger(index) || index < 0 || index >= STATUS_LIST_LENGTH) {
      throw new RangeError(`Revoked index must be an integer in 0..${STATUS_LIST_LENGTH - 1}, got ${index}.`);
    }
    list.setStatus(index, true);
  }
  return sign(key, {
    '@context': [VC_V2_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    // Only VC 2.0 terms here: the Open Badges Profile type is not defined in this context.
    issuer: { id: key.did, name: input.issuer.name },
    validFrom: input.validFrom ?? new Date().toISOString(),
    credentialSubject: {
      id: `${input.id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: await list.encode(),
    },
  });
}
