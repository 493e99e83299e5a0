import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Problem } from '@upskill/sdk/schemas';
import { createApp } from '../src/app.js';
import { DEMO_KEY, isProblem, startTestSandbox, type TestSandbox } from './helpers.js';

let sb: TestSandbox;
before(async () => {
  sb = await startTestSandbox();
});
after(() => sb.close());

describe('problem+json', () => {
  test('malformed JSON', async () => {
    const res = await sb.call('POST', '/v1/learners', { rawBody: '{"externalId": ', headers: { 'content-type': 'application/json' } });
    assert.ok(isProblem(res, 400, 'invalid_request'));
    assert.ok(Problem.safeParse(res.body).success);
    assert.match(res.body.detail, /Malformed JSON/);
    assert.deepEqual(res.body.errors, [{ path: '', message: 'is not valid JSON' }]);
  });

  test('wrong or missing content type', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      const res = await sb.call('POST', '/v1/learners', { rawBody: '{"externalId":"a","name":"b"}', headers: type ? { 'content-type': type } : {} });
      assert.ok(isProblem(res, 400, 'invalid_request'), String(type));
      assert.match(res.body.detail, /Content-Type/);
    }
    const withCharset = await sb.call('POST', '/v1/learners', { rawBody: '{"externalId":"cs","name":"b"}', headers: { 'content-type': 'application/json; charset=utf-8' } });
    assert.equal(withCharset.status, 201);
  });

  test('schema violations name every field with a JSON Pointer', async () => {
    const res = await sb.call('POST', '/v1/progress-events', { body: { events: [{ id: 1, learnerId: 'me', courseId: 'nope', lessonId: '', verb: 'completed', occurredAt: '2026-01-01T00:00:00Z' }] } });
    assert.ok(isProblem(res, 400, 'invalid_request'));
    assert.deepEqual(res.body.errors.map((e: { path: string }) => e.path).sort(), ['/events/0/courseId', '/events/0/id', '/events/0/lessonId']);
    const notObject = await sb.call('POST', '/v1/enrollments', { body: [1, 2] });
    assert.deepEqual(notObject.body.errors, [{ path: '', message: 'expected object' }]);
  });

  test('no 5xx for any malformed request', async () => {
    const bodies = ['', 'null', '1', '"x"', '[]', '{}', '{"a":', '\u0000', '{"events":null}', '{"events":[null]}', '{"learnerId":{},"courseId":[]}', 'x'.repeat(2000)];
    const paths = ['/v1/learners', '/v1/enrollments', '/v1/progress-events', '/v1/sessions', '/v1/learners/me/consent', '/v1/credentials/cred_x/revoke'];
    let fiveHundreds = 0;
    for (const path of paths) {
      for (const rawBody of bodies) {
        for (const method of ['POST', 'PUT', 'PATCH']) {
          const res = await sb.call(method, path, { rawBody, headers: { 'content-type': 'application/json' } });
          if (res.status >= 500) fiveHundreds++;
        }
      }
    }
    for (const path of ['/v1/learners/%', '/v1/learners/%ff', '/v1/courses/' + 'a'.repeat(5000), '/v1/jobs?limit=%', '/v1/learners/me/job-matches?minScore=abc', '/v1/learners/lrn_demo_amara/job-matches?minScore=2', '/v1/learners/lrn_demo_amara/job-matches?cursor=WzEsMl0', '/portal/../../package.json', '/cdn/%2e%2e/package.json']) {
      const res = await sb.call('GET', path);
      if (res.status >= 500) fiveHundreds++;
      assert.ok(res.status >= 400 && res.status < 500, `${path} → ${res.status}`);
    }
    assert.equal(fiveHundreds, 0);
  });

  test('a body over 1 MB is refused', async () => {
    const res = await sb.call('POST', '/v1/learners', { rawBody: JSON.stringify({ externalId: 'x', name: 'y'.repeat(1_100_000) }), headers: { 'content-type': 'application/json' } });
    assert.equal(res.status, 413);
    assert.equal(res.body.code, 'invalid_request');
  });
});

describe('request ids', () => {
  test('echoed when sane, generated otherwise, on every response', async () => {
    const mine = await sb.call('GET', '/v1/courses?limit=1', { headers: { 'x-request-id': 'partner-req-123' } });
    assert.equal(mine.headers.get('x-request-id'), 'partner-req-123');
    const bad = await sb.call('GET', '/v1/courses/crs_nope', { headers: { 'x-request-id': 'bad id with spaces <script>' } });
    const generated = bad.headers.get('x-request-id')!;
    assert.match(generated, /^req_[0-9a-f]{32}$/);
    assert.equal(bad.body.requestId, generated);
    const health = await sb.call('GET', '/healthz', { token: null });
    assert.ok(health.headers.get('x-request-id'));
  });
});

describe('CORS', () => {
  const preflight = (path: string, origin: string, method = 'GET') =>
    fetch(sb.url + path, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'authorization, idempotency-key' } });

  test('authenticated endpoints allow localhost origins', async () => {
    const res = await preflight('/v1/enrollments', 'http://localhost:5173', 'POST');
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    const allowed = res.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const h of ['authorization', 'content-type', 'idempotency-key', 'accept-language', 'x-request-id', 'x-upskill-client']) assert.ok(allowed.includes(h), h);
    const real = await fetch(`${sb.url}/v1/courses?limit=1`, { headers: { origin: 'http://127.0.0.1:8080', authorization: `Bearer ${DEMO_KEY}` } });
    assert.equal(real.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8080');
    const exposed = real.headers.get('access-control-expose-headers')!.toLowerCase();
    for (const h of ['x-request-id', 'retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']) assert.ok(exposed.includes(h), h);
  });

  test('authenticated endpoints refuse other origins; public ones allow any', async () => {
    const refused = await preflight('/v1/learners/me', 'https://evil.example');
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    const real = await fetch(`${sb.url}/v1/courses?limit=1`, { headers: { origin: 'https://evil.example', authorization: `Bearer ${DEMO_KEY}` } });
    assert.equal(real.headers.get('access-control-allow-origin'), null);
    for (const path of ['/v1/skills', '/v1/credentials/cred_x', '/v1/issuers/org_northwind', '/v1/status-lists/org_northwind', '/v1/openapi.json', '/healthz']) {
      const res = await preflight(path, 'https://any-verifier.example');
      assert.equal(res.headers.get('access-control-allow-origin'), 'https://any-verifier.example', path);
    }
    const revoke = await preflight('/v1/credentials/cred_x/revoke', 'https://evil.example', 'POST');
    assert.equal(revoke.headers.get('access-control-allow-origin'), null);
  });

  test('configured origins replace the localhost default', async () => {
    const custom = await startTestSandbox({ allowedOrigins: ['https://portal.partner.example'] });
    try {
      const ok = await fetch(`${custom.url}/v1/courses`, { method: 'OPTIONS', headers: { origin: 'https://portal.partner.example', 'access-control-request-method': 'GET' } });
      assert.equal(ok.headers.get('access-control-allow-origin'), 'https://portal.partner.example');
      const local = await fetch(`${custom.url}/v1/courses`, { method: 'OPTIONS', headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'GET' } });
      assert.equal(local.headers.get('access-control-allow-origin'), null);
    } finally {
      await custom.close();
    }
  });
});

describe('rate limit', () => {
  test('per token: RateLimit-* headers, then 429 with Retry-After', async () => {
    const limited = await startTestSandbox({ rateLimit: 5 });
    try {
      const replies = [];
      for (let i = 0; i < 6; i++) replies.push(await limited.call('GET', '/v1/courses?limit=1'));
      assert.deepEqual(replies.map((r) => r.status), [200, 200, 200, 200, 200, 429]);
      assert.equal(replies[0]!.headers.get('ratelimit-limit'), '5');
      assert.equal(replies[0]!.headers.get('ratelimit-remaining'), '4');
      assert.ok(Number(replies[0]!.headers.get('ratelimit-reset')) >= 1);
      const last = replies[5]!;
      assert.ok(isProblem(last, 429, 'rate_limited'));
      const retryAfter = Number(last.headers.get('retry-after'));
      assert.ok(retryAfter >= 1 && retryAfter <= 60);
      assert.equal(last.headers.get('ratelimit-remaining'), '0');
      // Another token has its own budget.
      assert.equal((await limited.call('GET', '/v1/courses?limit=1', { token: 'sk_test_upskill_other' })).status, 200);
    } finally {
      await limited.close();
    }
  });

  test('made-up tokens do not buy a fresh budget: failed authentications count per address', async () => {
    const limited = await startTestSandbox({ rateLimit: 5 });
    try {
      const statuses = [];
      for (let i = 0; i < 7; i++) statuses.push((await limited.call('GET', '/v1/courses?limit=1', { token: `sk_test_guess_${i}` })).status);
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('unexpected failures', () => {
  test('a 500 internal_error with the request id and no internals; the log line has the id', async () => {
    const logged: string[] = [];
    const failing = Promise.reject(new Error('database file is corrupt at /var/secret/path'));
    failing.catch(() => {});
    const app = createApp({ services: failing, rateLimit: 0, logger: { info: () => {}, error: (m) => logged.push(m) } });
    const res = await app.request('/v1/courses', { headers: { 'x-request-id': 'trace-500', authorization: `Bearer ${DEMO_KEY}` } });
    assert.equal(res.status, 500);
    assert.equal(res.headers.get('content-type'), 'application/problem+json');
    const body = (await res.json()) as Record<string, unknown>;
    assert.equal(body.code, 'internal_error');
    assert.equal(body.requestId, 'trace-500');
    assert.ok(!JSON.stringify(body).includes('corrupt'));
    assert.equal(logged.length, 1);
    assert.ok(logged[0]!.includes('trace-500') && !logged[0]!.includes(DEMO_KEY));
  });
});
