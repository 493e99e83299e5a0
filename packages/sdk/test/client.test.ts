import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, UpskillError } from '../src/index.js';
import { course, json, scriptedFetch } from './support.js';

const page = (data: unknown[], nextCursor: string | null = null) => json({ data, nextCursor });

test('requests go to <baseUrl>/v1 with auth, client, language and custom headers', async () => {
  const { fetch, calls } = scriptedFetch([page([course])]);
  const upskill = createClient({
    baseUrl: 'http://127.0.0.1:4010/upskill/', token: 'tok_session', fetch, locale: 'fr', headers: { 'x-partner': 'northwind' },
  });
  await upskill.courses.list({ level: 'foundation', q: undefined, limit: 5 }, { headers: { 'x-request-id': 'req_mine' } });
  const [call] = calls;
  assert.equal(call!.method, 'GET');
  assert.equal(call!.url, 'http://127.0.0.1:4010/upskill/v1/courses?level=foundation&limit=5');
  assert.equal(call!.headers.get('authorization'), 'Bearer tok_session');
  assert.match(call!.headers.get('x-upskill-client') ?? '', /^sdk\/\d+\.\d+\.\d+/);
  assert.equal(call!.headers.get('accept-language'), 'fr');
  assert.equal(call!.headers.get('x-partner'), 'northwind');
  assert.equal(call!.headers.get('x-request-id'), 'req_mine');
  assert.equal(call!.headers.get('idempotency-key'), null, 'a GET carries no Idempotency-Key');
});

test('a header given per call replaces the client one whatever its case, and a bad timeout sends nothing', async () => {
  const { fetch, calls } = scriptedFetch([page([course])]);
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch, headers: { 'X-Partner': 'northwind' } });
  await upskill.courses.list({}, { headers: { 'x-partner': 'contoso', Accept: 'application/json; charset=utf-8' } });
  assert.equal(calls[0]!.headers.get('x-partner'), 'contoso');
  assert.equal(calls[0]!.headers.get('accept'), 'application/json; charset=utf-8');
  await assert.rejects(upskill.courses.get('crs_1', { timeout: 2 ** 31 }), (error: unknown) =>
    error instanceof UpskillError && /timeout must be between 1 and 2147483647 ms/.test(error.message));
  assert.equal(calls.length, 1);
});

test('ids are escaped into the path and booleans written as true/false', async () => {
  const { fetch, calls } = scriptedFetch([json(course), json({ data: [], nextCursor: null })]);
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch });
  await upskill.courses.get('crs_a/../b');
  await upskill.jobs.list({ remote: true });
  assert.equal(calls[0]!.url, 'http://localhost:4010/v1/courses/crs_a%2F..%2Fb');
  assert.equal(calls[1]!.url, 'http://localhost:4010/v1/jobs?remote=true');
});

test('every POST carries an Idempotency-Key: a UUID by default, or the one given', async () => {
  const { fetch, calls } = scriptedFetch([json({ id: 'enr_1', learnerId: 'lrn_1', courseId: 'crs_1', createdAt: 'now' }, 201)]);
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch });
  await upskill.enrollments.create({ learnerId: 'me', courseId: 'crs_1' });
  await upskill.enrollments.create({ learnerId: 'me', courseId: 'crs_1' }, { idempotencyKey: 'enroll-lrn_1-crs_1' });
  assert.match(calls[0]!.headers.get('idempotency-key') ?? '', /^[0-9a-f-]{36}$/);
  assert.equal(calls[1]!.headers.get('idempotency-key'), 'enroll-lrn_1-crs_1');
  assert.deepEqual(JSON.parse(calls[0]!.body), { learnerId: 'me', courseId: 'crs_1' });
  assert.equal(calls[0]!.headers.get('content-type'), 'application/json');
});

test('delete resolves with nothing on 204', async () => {
  const { fetch, calls } = scriptedFetch([new Response(null, { status: 204 })]);
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch });
  assert.equal(await upskill.learners.delete('lrn_1'), undefined);
  assert.equal(calls[0]!.method, 'DELETE');
});

test('createClient refuses a bad baseUrl without echoing it', () => {
  for (const baseUrl of ['localhost:4011', 'ftp://example.com', 'not a url', 'http://user:sk_test_x@example.com', 'http://x.test/?a=1', '']) {
    assert.throws(
      () => createClient({ baseUrl, token: 't' }),
      (error: unknown) => error instanceof UpskillError && /baseUrl must be an http\(s\) URL/.test(error.message) && (baseUrl === '' || !error.message.includes(baseUrl)),
      baseUrl,
    );
  }
});

test('createClient needs a token or getToken', () => {
  assert.throws(() => createClient({ baseUrl: 'http://localhost:4010' }), /give a `token` or a `getToken`/);
  assert.throws(() => createClient({ baseUrl: 'http://localhost:4010', token: '' }), UpskillError);
});

test('getToken is called on first use only, then reused', async () => {
  const { fetch } = scriptedFetch([json(course)]);
  let calls = 0;
  const upskill = createClient({ baseUrl: 'http://localhost:4010', getToken: async () => `tok_${++calls}`, fetch });
  const created = calls;
  await Promise.all([upskill.courses.get('crs_1'), upskill.courses.get('crs_2')]);
  await upskill.courses.get('crs_3');
  assert.equal(created, 0, 'not called by createClient');
  assert.equal(calls, 1);
});

test('a failing getToken is asked again on the next call', async () => {
  const { fetch } = scriptedFetch([json(course)]);
  let calls = 0;
  const upskill = createClient({
    baseUrl: 'http://localhost:4010', fetch,
    getToken: async () => {
      if (++calls === 1) throw new Error('session endpoint down');
      return 'tok';
    },
  });
  await assert.rejects(upskill.courses.get('crs_1'), /session endpoint down/);
  assert.equal((await upskill.courses.get('crs_1')).id, course.id);
});

test('without crypto.randomUUID (pages served over plain http), keys are still random', async () => {
  const { fetch, calls } = scriptedFetch([json({ id: 'enr_1', learnerId: 'lrn_1', courseId: 'crs_1', createdAt: 'now' }, 201)]);
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch });
  const randomUUID = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(crypto), 'randomUUID')!;
  Object.defineProperty(Object.getPrototypeOf(crypto), 'randomUUID', { value: undefined, configurable: true });
  try {
    await upskill.enrollments.create({ learnerId: 'me', courseId: 'crs_1' });
    await upskill.enrollments.create({ learnerId: 'me', courseId: 'crs_1' });
  } finally {
    Object.defineProperty(Object.getPrototypeOf(crypto), 'randomUUID', randomUUID);
  }
  const [first, second] = calls.map((c) => c.headers.get('idempotency-key'));
  assert.match(first ?? '', /^[0-9a-f]{32}$/);
  assert.notEqual(first, second);
});

test('composeClient builds a client with only the resources given, with the same auth and validation', async () => {
  const { composeClient, courses, enrollments } = await import('../src/index.js');
  const { fetch, calls } = scriptedFetch([json(course), json({ ...course, durationMinutes: 'long' })]);
  const lean = composeClient({ baseUrl: 'http://localhost:4010', token: 'tok_session', fetch }, { courses, enrollments });
  assert.deepEqual(Object.keys(lean), ['courses', 'enrollments']);
  assert.equal((lean as Record<string, unknown>).learners, undefined);
  assert.equal((await lean.courses.get('crs_1')).id, course.id);
  assert.equal(calls[0]!.headers.get('authorization'), 'Bearer tok_session');
  await assert.rejects(lean.courses.get('crs_1'), (error: Error) => error.name === 'ResponseValidationError' && /durationMinutes/.test(error.message));
  assert.throws(() => composeClient({ baseUrl: 'ftp://x', token: 't' }, { courses }), UpskillError);
});
