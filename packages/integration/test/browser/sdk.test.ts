/// <reference types="mocha" />
// The built browser entry of @upskill/sdk in Chromium, under a CSP without 'unsafe-eval'.
import { expect } from '@open-wc/testing';

/** Every CSP violation of the page, recorded from before the SDK is loaded. */
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
/** Violation reports are dispatched as tasks: let them arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

// Loaded after the listener exists, so whatever it does at load time is observed too.
const sdk = await import('@upskill/sdk');

const course = {
  id: 'crs_1', title: 'AI at work', summary: 'Basics', language: 'en', languages: ['en', 'fr'], level: 'foundation',
  durationMinutes: 45, lessons: [{ id: 'les_1', title: 'Intro' }], skills: [{ id: 'skl_1', name: 'Prompting' }], imageUrl: '/i.svg',
};
const credential = {
  '@context': ['https://www.w3.org/ns/credentials/v2', { extra: 'x' }], id: 'urn:uuid:1', type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'did:key:z6Mk', type: ['Profile'], name: 'Northwind Retail' }, validFrom: '2026-01-01T00:00:00Z',
  credentialSubject: { id: 'urn:uuid:2', achievement: { id: 'urn:a', type: ['Achievement'], name: 'Ops', description: 'd', criteria: { narrative: 'n' } } },
  proof: { type: 'DataIntegrityProof' },
};

/** A scripted fetch answering by path, counting requests. */
function scripted(answers: Record<string, unknown>) {
  const calls: string[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push(url.pathname);
    const body = answers[url.pathname];
    return new Response(JSON.stringify(body ?? { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found', requestId: 'req_b' }), {
      status: body ? 200 : 404,
      headers: { 'content-type': 'application/json', 'x-request-id': 'req_browser' },
    });
  };
  return { fetch, calls };
}

describe('@upskill/sdk in a browser', () => {
  it('is the browser build, which sets zod jitless before any schema', () => {
    // zod keeps its global configuration on globalThis; only the browser entry sets jitless.
    expect((globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig?.jitless).to.equal(true);
  });

  it('refuses a secret key, with advice and without echoing it', () => {
    let error: unknown;
    try {
      sdk.createClient({ baseUrl: 'http://localhost:4010', token: 'sk_test_browser_secret' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(sdk.UpskillError);
    expect((error as Error).message).to.contain('POST /v1/sessions');
    expect(String(error)).not.to.contain('sk_test_browser_secret');
  });

  it('refuses a secret key coming from getToken before sending anything', async () => {
    const { fetch, calls } = scripted({ '/v1/courses/crs_1': course });
    const client = sdk.createClient({ baseUrl: 'http://localhost:4010', getToken: async () => 'sk_test_from_gettoken', fetch });
    const error = await client.courses.get('crs_1').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(sdk.UpskillError);
    expect(String(error)).not.to.contain('sk_test_from_gettoken');
    expect(calls).to.deep.equal([]);
  });

  it('accepts a secret key only with dangerouslyAllowBrowser', async () => {
    const { fetch } = scripted({ '/v1/courses/crs_1': course });
    const client = sdk.createClient({ baseUrl: 'http://localhost:4010', token: 'sk_test_x', fetch, dangerouslyAllowBrowser: true });
    expect((await client.courses.get('crs_1')).id).to.equal('crs_1');
  });

  it('validates responses with no CSP violation (zod runs jitless)', async () => {
    const { fetch } = scripted({
      '/v1/courses': { data: [course, { ...course, id: 'crs_2' }], nextCursor: null },
      '/v1/credentials/cred_1': credential,
      '/v1/courses/crs_bad': { ...course, durationMinutes: 'long' },
    });
    const client = sdk.createClient({ baseUrl: 'http://localhost:4010', token: 'ses_token', fetch });
    const ids: string[] = [];
    for await (const c of client.courses.list()) ids.push(c.id);
    expect(ids).to.deep.equal(['crs_1', 'crs_2']);
    expect((await client.credentials.get('cred_1')).credentialSubject.achievement.name).to.equal('Ops');
    const invalid = await client.courses.get('crs_bad').catch((e: unknown) => e);
    expect(invalid).to.be.instanceOf(sdk.ResponseValidationError);
    expect((invalid as InstanceType<typeof sdk.ResponseValidationError>).path).to.equal('/durationMinutes');
    const missing = await client.courses.get('crs_none').catch((e: unknown) => e);
    expect(missing).to.be.instanceOf(sdk.NotFoundError);
    await settle();
    expect(violations).to.deep.equal([]);
  });

  it('the page really enforces the policy (control: eval is reported)', async () => {
    try {
      (0, eval)('1');
    } catch {
      // blocked, as expected
    }
    await settle();
    expect(violations.some((v) => v.startsWith('script-src'))).to.equal(true);
  });
});
