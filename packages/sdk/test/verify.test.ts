import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createDocumentLoader, verifyCredential, type VerificationResult } from '../src/verify/index.js';
import {
  didKeyIssuer, httpsIssuer, openBadge, sign, statusEntry, statusList, type TestIssuer,
} from './fixtures/credentials.js';

const LIST_URL = 'https://academy.example/v1/status-lists/sl_1';

// No test may reach the network: the default fetch is replaced by one that refuses.
globalThis.fetch = (input) => Promise.reject(new Error(`Unexpected network request in a test: ${urlOf(input)}`));

function urlOf(input: RequestInfo | URL): string {
  return input instanceof Request ? input.url : input.toString();
}

/** A fetch that must never be called: the verification is expected to need no network. */
function forbiddenFetch(calls: string[]): typeof fetch {
  return (input) => {
    calls.push(urlOf(input));
    return Promise.reject(new Error('network is not allowed in this test'));
  };
}

/** A fetch answering from a fixed set of JSON documents, 404 otherwise. */
function scriptedFetch(documents: Record<string, unknown>, calls: string[] = []): typeof fetch {
  return (input) => {
    const url = urlOf(input);
    calls.push(url);
    const body = documents[url];
    return Promise.resolve(body === undefined
      ? new Response('not found', { status: 404 })
      : new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
  };
}

function assertChecks(result: VerificationResult, expected: Partial<VerificationResult['checks']>) {
  for (const [check, state] of Object.entries(expected)) {
    assert.equal(result.checks[check as keyof VerificationResult['checks']], state,
      `${check} should be ${state}: ${JSON.stringify(result.errors)}`);
  }
}

describe('verifyCredential', () => {
  let issuer: TestIssuer;
  let credential: Record<string, unknown>;
  let list: Record<string, unknown>;

  before(async () => {
    issuer = await didKeyIssuer();
    credential = await sign(issuer, openBadge(issuer.id, { credentialStatus: statusEntry(LIST_URL, 7) }));
    list = await statusList(issuer, LIST_URL, [3]);
  });

  it('verifies a valid did:key credential offline, with its status list supplied', async () => {
    const calls: string[] = [];
    const result = await verifyCredential(credential, {
      documents: { [LIST_URL]: list }, now: '2026-06-01T00:00:00Z', fetch: forbiddenFetch(calls),
    });
    assert.deepEqual(result, {
      verified: true, checks: { proof: 'ok', expiry: 'ok', revocation: 'ok', issuer: 'ok' }, errors: [],
    });
    assert.deepEqual(calls, [], 'nothing is fetched: contexts are bundled and did:key resolves offline');
  });

  it('fetches the status list with the given fetch when it is not supplied', async () => {
    const calls: string[] = [];
    const result = await verifyCredential(credential, {
      now: '2026-06-01T00:00:00Z', fetch: scriptedFetch({ [LIST_URL]: list }, calls),
    });
    assert.equal(result.verified, true, JSON.stringify(result.errors));
    assert.deepEqual(calls, [LIST_URL]);
  });

  it('fails the proof of a tampered credential', async () => {
    const tampered = structuredClone(credential);
    (tampered.credentialSubject as { achievement: { name: string } }).achievement.name = 'AI Grandmaster';
    const result = await verifyCredential(tampered, { documents: { [LIST_URL]: list }, now: '2026-06-01T00:00:00Z' });
    assert.equal(result.verified, false);
    assertChecks(result, { proof: 'failed', expiry: 'ok', revocation: 'ok', issuer: 'ok' });
    assert.match(result.errors.find((e) => e.check === 'proof')?.message ?? '', /signature/i);
  });

  it('fails expiry after validUntil, and before validFrom', async () => {
    const late = await verifyCredential(credential, { documents: { [LIST_URL]: list }, now: new Date('2031-01-01T00:00:00Z') });
    assert.equal(late.verified, false);
    assertChecks(late, { proof: 'ok', expiry: 'failed', revocation: 'ok', issuer: 'ok' });
    assert.match(late.errors[0]?.message ?? '', /expired on 2030-01-01T00:00:00Z/);

    const early = await verifyCredential(credential, { documents: { [LIST_URL]: list }, now: '2024-12-01T00:00:00Z' });
    assertChecks(early, { proof: 'ok', expiry: 'failed' });
    assert.match(early.errors[0]?.message ?? '', /not valid before 2025-01-01T00:00:00Z/);
  });

  it('fails revocation when the credential\'s bit is set in its status list', async () => {
    const revokedList = await statusList(issuer, LIST_URL, [3, 7]);
    const result = await verifyCredential(credential, { documents: { [LIST_URL]: revokedList }, now: '2026-06-01T00:00:00Z' });
    assert.equal(result.verified, false);
    assertChecks(result, { proof: 'ok', expiry: 'ok', revocation: 'failed', issuer: 'ok' });
    assert.deepEqual(result.errors.map((e) => e.check), ['revocation']);
    assert.match(result.errors[0]?.message ?? '', /revoked.*index 7/);
  });

  it('reports revocation unknown, and still verifies, when the status list cannot be fetched', async () => {
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const result = await verifyCredential(credential, { now: '2026-06-01T00:00:00Z', fetch: offline });
    // Unknown is not failed: the proof, dates and issuer all check out, so the credential verifies.
    assert.equal(result.verified, true);
    assertChecks(result, { proof: 'ok', expiry: 'ok', revocation: 'unknown', issuer: 'ok' });
    assert.equal(result.errors[0]?.check, 'revocation');
    assert.ok(result.errors[0]?.message.includes(LIST_URL), 'the error names the status list URL');

    const missing = await verifyCredential(credential, { now: '2026-06-01T00:00:00Z', fetch: scriptedFetch({}) });
    assertChecks(missing, { revocation: 'unknown' });
    assert.match(missing.errors[0]?.message ?? '', /HTTP 404/);
  });

  it('fails revocation when the status list is tampered with or signed by someone else', async () => {
    // A list whose bits were swapped for another list's, keeping the original proof.
    const otherList = await statusList(issuer, LIST_URL, [9]);
    const tamperedList = { ...list, credentialSubject: otherList.credentialSubject };
    const tampered = await verifyCredential(credential, { documents: { [LIST_URL]: tamperedList }, now: '2026-06-01T00:00:00Z' });
    assertChecks(tampered, { proof: 'ok', revocation: 'failed' });
    assert.equal(tampered.verified, false);

    const stranger = await didKeyIssuer();
    const foreignList = await statusList(stranger, LIST_URL, []);
    const foreign = await verifyCredential(credential, { documents: { [LIST_URL]: foreignList }, now: '2026-06-01T00:00:00Z' });
    assertChecks(foreign, { proof: 'ok', revocation: 'failed' });
    assert.match(foreign.errors[0]?.message ?? '', /not issued by the credential's issuer/);
  });

  it('reads revocation as ok when the credential has no credentialStatus', async () => {
    const plain = await sign(issuer, openBadge(issuer.id));
    const result = await verifyCredential(plain, { now: '2026-06-01T00:00:00Z', fetch: forbiddenFetch([]) });
    assert.deepEqual(result.checks, { proof: 'ok', expiry: 'ok', revocation: 'ok', issuer: 'ok' });
    assert.equal(result.verified, true);
  });

  it('fails the issuer check when the signing key is not the issuer\'s', async () => {
    const impostor = await didKeyIssuer();
    const forged = await sign(impostor, openBadge(issuer.id));
    const result = await verifyCredential(forged, { now: '2026-06-01T00:00:00Z' });
    assert.equal(result.verified, false);
    assertChecks(result, { proof: 'ok', issuer: 'failed' });
    assert.ok(result.errors.find((e) => e.check === 'issuer')?.message.includes(impostor.id));
  });

  it('never throws for garbage input', async () => {
    const inputs: unknown[] = [
      null, undefined, {}, 'a string', 42, [], [credential],
      { ...credential, proof: 'nope' },
      { ...credential, proof: { ...(credential.proof as object), verificationMethod: 42 } },
      { ...credential, proof: { ...(credential.proof as object), cryptosuite: 'ecdsa-rdfc-2019' } },
      { ...credential, proof: { ...(credential.proof as object), verificationMethod: 'did:key:zNotAKey#zNotAKey' } },
      { ...credential, '@context': ['https://unknown.example/context.json'] },
      { ...credential, validUntil: 'tomorrow', credentialStatus: [42] },
      { ...credential, credentialStatus: { type: 'StatusList2021Entry' } },
    ];
    for (const input of inputs) {
      const result = await verifyCredential(input, { fetch: forbiddenFetch([]) });
      assert.equal(result.verified, false, `${JSON.stringify(input)?.slice(0, 80)} must not verify`);
      assert.ok(result.errors.length > 0, 'the reason is given');
      for (const error of result.errors) assert.equal(typeof error.message, 'string');
    }
    // A credential without credentialStatus, so that null options (default fetch) need no network.
    const badOptions = await verifyCredential(await sign(issuer, openBadge(issuer.id)), null as unknown as undefined);
    assert.equal(badOptions.checks.proof, 'ok', 'null options are treated as none');
    const nothing = await verifyCredential(null);
    assert.deepEqual(nothing.errors, [{ check: 'proof', message: 'The credential is not a JSON object.' }]);
  });

  it('never fetches a JSON-LD context', async () => {
    const calls: string[] = [];
    const unknownContext = { ...credential, '@context': [...(credential['@context'] as string[]), 'https://unknown.example/ctx.json'] };
    const result = await verifyCredential(unknownContext, { documents: { [LIST_URL]: list }, fetch: forbiddenFetch(calls) });
    assertChecks(result, { proof: 'failed' });
    assert.deepEqual(calls, []);
  });
});

describe('verifyCredential with another issuer\'s https verification method', () => {
  let issuer: TestIssuer;
  let credential: Record<string, unknown>;
  const listUrl = 'https://issuer.example/status/1';

  before(async () => {
    issuer = await httpsIssuer();
    credential = await sign(issuer, openBadge(issuer.id, { credentialStatus: statusEntry(listUrl, 1) }));
  });

  it('verifies with the key documents supplied in options.documents', async () => {
    const list = await statusList(issuer, listUrl, []);
    const calls: string[] = [];
    const result = await verifyCredential(credential, {
      documents: { ...issuer.documents, [listUrl]: list }, now: '2026-06-01T00:00:00Z', fetch: forbiddenFetch(calls),
    });
    assert.deepEqual(result.checks, { proof: 'ok', expiry: 'ok', revocation: 'ok', issuer: 'ok' }, JSON.stringify(result.errors));
    assert.equal(result.verified, true);
    assert.deepEqual(calls, []);
  });

  it('fetches the verification method and controller document when not supplied', async () => {
    const list = await statusList(issuer, listUrl, [1]);
    const calls: string[] = [];
    const result = await verifyCredential(credential, {
      now: '2026-06-01T00:00:00Z', fetch: scriptedFetch({ ...issuer.documents, [listUrl]: list }, calls),
    });
    assertChecks(result, { proof: 'ok', issuer: 'ok', revocation: 'failed' });
    assert.deepEqual([...new Set(calls)].sort(), [...Object.keys(issuer.documents), listUrl].sort());
  });

  it('reports the proof unknown, and does not verify, when the key cannot be fetched', async () => {
    const result = await verifyCredential(credential, { now: '2026-06-01T00:00:00Z', fetch: scriptedFetch({}) });
    assert.equal(result.verified, false);
    assertChecks(result, { proof: 'unknown', issuer: 'unknown', revocation: 'unknown' });
    assert.ok(result.errors.find((e) => e.check === 'proof')?.message.includes('https://issuer.example/keys/1'));
  });
});

describe('createDocumentLoader', () => {
  it('answers bundled contexts, did:key documents and supplied documents, and nothing else', async () => {
    const loader = createDocumentLoader({ 'https://example.com/doc': { hello: 'world' } });
    const ob = await loader('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json');
    assert.ok((ob.document as Record<string, unknown>)['@context']);
    assert.deepEqual((await loader('https://example.com/doc')).document, { hello: 'world' });

    const { id: did } = await didKeyIssuer();
    const key = did.slice('did:key:'.length);
    const controller = (await loader(did)).document as Record<string, unknown>;
    assert.deepEqual(controller['@context'], ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1']);
    assert.deepEqual(controller.assertionMethod, [`${did}#${key}`]);
    const method = (await loader(`${did}#${key}`)).document as Record<string, unknown>;
    assert.equal(method.publicKeyMultibase, key);
    assert.equal(method.controller, did);

    await assert.rejects(loader('https://unknown.example/ctx.json'), /"https:\/\/unknown\.example\/ctx\.json" is not bundled/);
    await assert.rejects(loader('did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme'), /only Ed25519/);
  });
});
