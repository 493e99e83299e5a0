import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AbortError, AuthenticationError, BadRequestError, createClient, InternalServerError, NetworkError,
  NotFoundError, RateLimitError, TimeoutError, UnprocessableEntityError,
} from '../src/index.js';
import { connectionReset, course, enrollment, json, noDelay, problem, scriptedFetch } from './support.js';

const base = 'http://localhost:4010';
/** A timeout value no retry wait uses, to tell ky's timeout timer from its retry waits. */
const TIMEOUT = 12_345;

const realSetTimeout = globalThis.setTimeout;
const realRandom = Math.random;
afterEach(() => {
  globalThis.setTimeout = realSetTimeout;
  Math.random = realRandom;
});

/** Records the waits ky schedules between attempts, and skips them. */
function recordRetryWaits(): number[] {
  const waits: number[] = [];
  globalThis.setTimeout = ((callback: () => void, ms?: number, ...args: unknown[]) => {
    if (ms === TIMEOUT) return realSetTimeout(callback, ms, ...args);
    waits.push(ms ?? 0);
    return realSetTimeout(callback, 0, ...args);
  }) as typeof setTimeout;
  return waits;
}

test('503 with Retry-After: waits what the server asked, then succeeds', async () => {
  const waits = recordRetryWaits();
  const { fetch, calls } = scriptedFetch([problem(503, 'unavailable', {}, { 'retry-after': '2' }), json(course)]);
  const upskill = createClient({ baseUrl: base, token: 't', fetch, timeout: TIMEOUT });
  assert.equal((await upskill.courses.get('crs_ai_basics')).id, 'crs_ai_basics');
  assert.equal(calls.length, 2);
  assert.deepEqual(waits, [2000]);
});

test('an unreadable Retry-After is ignored: the backoff applies, not the whole cap', async () => {
  const waits = recordRetryWaits();
  Math.random = () => 0.5;
  const { fetch, calls } = scriptedFetch([
    problem(503, 'unavailable', {}, { 'retry-after': 'soon' }), problem(429, 'rate_limited', {}, { 'retry-after': 'later' }), json(course),
  ]);
  const upskill = createClient({ baseUrl: base, token: 't', fetch, timeout: TIMEOUT });
  assert.equal((await upskill.courses.get('crs_ai_basics')).id, 'crs_ai_basics');
  assert.equal(calls.length, 3);
  assert.deepEqual(waits, [250, 500]);
});

test('Retry-After is capped by maxRetryAfter', async () => {
  const waits = recordRetryWaits();
  const { fetch, calls } = scriptedFetch([problem(429, 'rate_limited', {}, { 'retry-after': '3600' }), json(course)]);
  const upskill = createClient({ baseUrl: base, token: 't', fetch, timeout: TIMEOUT, retry: { maxRetryAfter: 5000 } });
  await upskill.courses.get('crs_ai_basics');
  assert.equal(calls.length, 2);
  assert.deepEqual(waits, [5000]);
});

test('without Retry-After: exponential backoff with full jitter, capped by backoffLimit', async () => {
  const waits = recordRetryWaits();
  Math.random = () => 0.5;
  const { fetch, calls } = scriptedFetch([problem(502, 'bad_gateway'), problem(504, 'gateway_timeout'), json(course)]);
  const upskill = createClient({ baseUrl: base, token: 't', fetch, timeout: TIMEOUT, retry: { backoffLimit: 600 } });
  await upskill.courses.get('crs_ai_basics');
  assert.equal(calls.length, 3);
  // Backoff 500 ms then 1000 ms, each a uniform draw in [0, backoff) (here the middle), capped at 600.
  assert.deepEqual(waits, [250, 500]);
});

test('a persistent 503 gives up after 2 retries with InternalServerError', async () => {
  const { fetch, calls } = scriptedFetch([problem(503, 'unavailable', { detail: 'Down for maintenance' })]);
  const upskill = createClient({ baseUrl: base, token: 't', fetch, retry: noDelay });
  const error = await upskill.courses.get('crs_1').catch((e: unknown) => e);
  assert.ok(error instanceof InternalServerError);
  assert.equal(error.status, 503);
  assert.equal(error.requestId, 'req_problem_1');
  assert.match(error.message, /GET \/v1\/courses\/crs_1: 503 unavailable, Down for maintenance \(request id req_problem_1\)/);
  assert.equal(calls.length, 3);
});

test('500 and 4xx answers are not retried', async () => {
  for (const [status, code, ErrorClass] of [
    [500, 'internal_error', InternalServerError], [400, 'invalid_request', BadRequestError],
    [404, 'not_found', NotFoundError], [422, 'idempotency_key_reused', UnprocessableEntityError],
  ] as const) {
    const { fetch, calls } = scriptedFetch([problem(status, code)]);
    const upskill = createClient({ baseUrl: base, token: 't', fetch, retry: noDelay });
    await assert.rejects(upskill.courses.get('crs_1'), ErrorClass);
    assert.equal(calls.length, 1, `${status}`);
  }
});

test('a connection reset after the server applied a POST: the retry carries the same Idempotency-Key', async () => {
  const applied = new Map<string, string>();
  const { fetch, calls } = scriptedFetch([
    async (request) => {
      applied.set(request.headers.get('idempotency-key')!, await request.text());
      return connectionReset();
    },
    async (request) => {
      const key = request.headers.get('idempotency-key')!;
      // The server replays the stored answer for a key it already applied.
      return applied.has(key) ? json(enrollment, 201) : json({ ...enrollment, id: 'enr_duplicate' }, 201);
    },
  ]);
  const upskill = createClient({ baseUrl: base, token: 't', fetch, retry: noDelay });
  const result = await upskill.enrollments.create({ learnerId: 'lrn_1', courseId: 'crs_ai_basics' });
  assert.equal(result.id, 'enr_1');
  assert.equal(calls.length, 2);
  assert.equal(calls[0]!.method, 'POST');
  assert.ok(calls[0]!.headers.get('idempotency-key'));
  assert.equal(calls[1]!.headers.get('idempotency-key'), calls[0]!.headers.get('idempotency-key'));
  assert.equal(calls[1]!.body, calls[0]!.body);
});

test('network errors are retried, then surface as NetworkError', async () => {
  const { fetch, calls } = scriptedFetch([() => connectionReset()]);
  const upskill = createClient({ baseUrl: base, token: 't', fetch, retry: noDelay });
  const error = await upskill.courses.list().catch((e: unknown) => e);
  assert.ok(error instanceof NetworkError);
  assert.match(error.message, /GET \/v1\/courses got no HTTP answer: fetch failed/);
  assert.equal(calls.length, 3);
});

/** A fetch that never answers until its request is aborted. */
const hangingFetch = () =>
  scriptedFetch([
    (request) => new Promise<Response>((_, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason as Error));
    }),
  ]);

test('an attempt that takes longer than timeout is retried, then TimeoutError', async () => {
  const { fetch, calls } = hangingFetch();
  const upskill = createClient({ baseUrl: base, token: 't', fetch, timeout: 20, retry: noDelay });
  const error = await upskill.courses.get('crs_1').catch((e: unknown) => e);
  assert.ok(error instanceof TimeoutError, String(error));
  assert.match(error.message, /GET \/v1\/courses\/crs_1 timed out/);
  assert.equal(calls.length, 3);
});

test('an attempt that timed out is retried, and the retry can succeed', async () => {
  const { fetch, calls } = scriptedFetch([
    (request) => new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason as Error))),
    json(course),
  ]);
  const upskill = createClient({ baseUrl: base, token: 't', fetch, timeout: 20, retry: noDelay });
  assert.equal((await upskill.courses.get('crs_1')).id, 'crs_ai_basics');
  assert.equal(calls.length, 2);
});

test('a fetch answering with another Response class: each attempt is sent once', async () => {
  // Such as a polyfill's Response: only its public shape is the standard one.
  const foreign = (response: Response) => ({
    ok: response.ok, status: response.status, statusText: response.statusText, headers: response.headers,
    body: response.body, text: () => response.text(), json: () => response.json(), clone: () => response.clone(),
  }) as unknown as Response;
  const { fetch, calls } = scriptedFetch([() => foreign(problem(503, 'unavailable'))]);
  const upskill = createClient({ baseUrl: base, token: 't', fetch, retry: noDelay });
  await assert.rejects(upskill.courses.get('crs_1'), InternalServerError);
  assert.equal(calls.length, 3, 'the first attempt and 2 retries');
});

test('a per-call timeout overrides the client one', async () => {
  const { fetch, calls } = hangingFetch();
  const upskill = createClient({ baseUrl: base, token: 't', fetch, retry: 0 });
  await assert.rejects(upskill.courses.get('crs_1', { timeout: 10 }), TimeoutError);
  assert.equal(calls.length, 1);
});

test('aborting through the signal rejects with AbortError and stops retrying', async () => {
  const { fetch, calls } = hangingFetch();
  const upskill = createClient({ baseUrl: base, token: 't', fetch, retry: noDelay });
  const controller = new AbortController();
  const pending = upskill.courses.get('crs_1', { signal: controller.signal });
  setTimeout(() => controller.abort(), 5);
  const error = await pending.catch((e: unknown) => e);
  assert.ok(error instanceof AbortError, String(error));
  assert.equal(calls.length, 1);
});

test('an already aborted signal sends nothing', async () => {
  const { fetch, calls } = scriptedFetch([json(course)]);
  const upskill = createClient({ baseUrl: base, token: 't', fetch });
  await assert.rejects(upskill.courses.get('crs_1', { signal: AbortSignal.abort() }), AbortError);
  assert.equal(calls.length, 0);
});

test('a 401: getToken is called again once and the request retried once', async () => {
  const { fetch, calls } = scriptedFetch([problem(401, 'unauthenticated'), json(enrollment, 201)]);
  const tokens = ['tok_expired', 'tok_fresh'];
  let asked = 0;
  const upskill = createClient({ baseUrl: base, getToken: () => tokens[asked++]!, fetch, retry: noDelay });
  await upskill.enrollments.create({ learnerId: 'me', courseId: 'crs_1' });
  assert.equal(asked, 2);
  assert.deepEqual(calls.map((c) => c.headers.get('authorization')), ['Bearer tok_expired', 'Bearer tok_fresh']);
  assert.equal(calls[1]!.headers.get('idempotency-key'), calls[0]!.headers.get('idempotency-key'));
});

test('a second 401 is final: AuthenticationError, getToken asked twice in all', async () => {
  const { fetch, calls } = scriptedFetch([problem(401, 'unauthenticated', { detail: 'Token expired' })]);
  let asked = 0;
  const upskill = createClient({ baseUrl: base, getToken: () => `tok_${++asked}`, fetch, retry: noDelay });
  const error = await upskill.courses.get('crs_1').catch((e: unknown) => e);
  assert.ok(error instanceof AuthenticationError);
  assert.equal(error.code, 'unauthenticated');
  assert.equal(asked, 2);
  assert.equal(calls.length, 2);
});

test('a fixed token is not retried after a 401', async () => {
  const { fetch, calls } = scriptedFetch([problem(401, 'unauthenticated')]);
  const upskill = createClient({ baseUrl: base, token: 'tok', fetch, retry: noDelay });
  await assert.rejects(upskill.courses.get('crs_1'), AuthenticationError);
  assert.equal(calls.length, 1);
});

test('429 after the retries: RateLimitError with retryAfter in seconds', async () => {
  const { fetch } = scriptedFetch([problem(429, 'rate_limited', {}, { 'retry-after': '7' })]);
  const upskill = createClient({ baseUrl: base, token: 't', fetch, retry: 0 });
  const error = await upskill.courses.get('crs_1').catch((e: unknown) => e);
  assert.ok(error instanceof RateLimitError);
  assert.equal(error.retryAfter, 7);
  assert.equal(error.name, 'RateLimitError');
});
