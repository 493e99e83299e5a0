// Faults between the SDK and the sandbox: a loopback proxy injects them, one scenario each. Every
// scenario ends in one typed outcome, no rejection goes unhandled, and no write is applied twice.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import {
  InternalServerError, NetworkError, RateLimitError, ResponseValidationError, TimeoutError, UpskillError, createClient,
} from '@upskill/sdk';
import { DEMO_KEY, leaksIn, mintSession, startSandboxProcess, type SandboxProcess } from './support.js';

/** What the proxy does with one request. */
type Fault =
  | { kind: 'forward' }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'reset-before' }
  | { kind: 'reset-after' }
  | { kind: 'slow'; ms: number }
  | { kind: 'rewrite'; rewrite: (body: string) => string }
  | { kind: 'cut' };

interface Seen { method: string; path: string; idempotencyKey: string | undefined; forwarded: boolean; upstreamStatus?: number }

let sandbox: SandboxProcess;
let proxy: Server;
let proxyUrl: string;
let session: string;
let lessons: string[];
const seen: Seen[] = [];
/** Faults for the next matching requests, consumed in order; then requests are forwarded. */
let faults: Fault[] = [];
let matches: (method: string, path: string) => boolean = () => true;
const unhandled: unknown[] = [];
const errorsSeen: unknown[] = [];
const counts = { scenarios: 0, requests: 0, duplicates: 0, unhandled: 0, leaks: 0 };

const onUnhandled = (reason: unknown) => unhandled.push(reason);

function forward(req: IncomingMessage, body: Buffer, done: (status: number, headers: Record<string, string | string[] | undefined>, body: Buffer) => void, onError: () => void) {
  const upstream = new URL(sandbox.url);
  const out = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } }, (answer) => {
    const chunks: Buffer[] = [];
    answer.on('data', (c: Buffer) => chunks.push(c));
    answer.on('end', () => done(answer.statusCode!, answer.headers, Buffer.concat(chunks)));
  });
  out.on('error', onError);
  out.end(body);
}

function handle(req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    counts.requests++;
    const record: Seen = { method: req.method!, path: req.url!, idempotencyKey: req.headers['idempotency-key'] as string | undefined, forwarded: false };
    seen.push(record);
    const fault: Fault = matches(req.method!, req.url!) ? (faults.shift() ?? { kind: 'forward' }) : { kind: 'forward' };
    if (fault.kind === 'status') {
      res.writeHead(fault.status, { 'content-type': 'application/problem+json', ...fault.headers });
      res.end(fault.body ?? JSON.stringify({ type: 'about:blank', title: 'Injected', status: fault.status, code: 'injected', detail: 'injected by the proxy' }));
      return;
    }
    if (fault.kind === 'reset-before') {
      req.socket.resetAndDestroy();
      return;
    }
    const body = Buffer.concat(chunks);
    record.forwarded = true;
    forward(req, body, (status, headers, upstreamBody) => {
      record.upstreamStatus = status;
      if (res.destroyed) return;
      switch (fault.kind) {
        case 'reset-after':
          req.socket.resetAndDestroy();
          return;
        case 'slow':
          setTimeout(() => {
            if (!res.destroyed) res.writeHead(status, headers).end(upstreamBody);
          }, fault.ms).unref();
          return;
        case 'rewrite': {
          const text = fault.rewrite(upstreamBody.toString());
          res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(text)) }).end(text);
          return;
        }
        case 'cut':
          // Promise the whole body, send half, drop the connection.
          res.writeHead(status, headers);
          res.write(upstreamBody.subarray(0, upstreamBody.length >> 1), () => req.socket.destroy());
          return;
        default:
          res.writeHead(status, headers).end(upstreamBody);
      }
    }, () => res.destroy());
  });
}

before(async () => {
  process.on('unhandledRejection', onUnhandled);
  sandbox = await startSandboxProcess({ seedJobs: 50 });
  proxy = createServer(handle);
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  const course = await (await fetch(`${sandbox.url}/v1/courses/crs_ai_at_work`, { headers: { authorization: `Bearer ${DEMO_KEY}` } })).json() as { lessons: { id: string }[] };
  lessons = course.lessons.map((l) => l.id);
});

beforeEach(() => {
  faults = [];
  matches = () => true;
  seen.length = 0;
  counts.scenarios++;
});

after(async () => {
  process.off('unhandledRejection', onUnhandled);
  proxy?.closeAllConnections();
  await new Promise((done) => proxy ? proxy.close(done) : done(undefined));
  await sandbox?.stop();
});

const direct = () => createClient({ baseUrl: sandbox.url, token: DEMO_KEY });
const viaProxy = (options: { retry?: number; timeout?: number; token?: string } = {}) =>
  createClient({ baseUrl: proxyUrl, token: options.token ?? DEMO_KEY, timeout: options.timeout ?? 2000, retry: { limit: options.retry ?? 2, delay: () => 10, maxRetryAfter: 2000 } });

async function newLearner(name: string): Promise<string> {
  return (await direct().learners.create({ externalId: `faults-${name}-${Date.now()}`, name })).id;
}

/** Runs `call` and returns what it threw, asserting it threw exactly `type`. */
async function outcome<E>(call: () => Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  try {
    await call();
  } catch (error) {
    errorsSeen.push(error);
    assert.ok(error instanceof type, `expected ${type.name}, got ${String(error)}`);
    assert.ok(error instanceof UpskillError, 'every SDK error is an UpskillError');
    return error;
  }
  assert.fail(`expected ${type.name}, the call succeeded`);
}

async function enrollmentsOf(learnerId: string) {
  const page = await direct().learners.enrollments(learnerId, { limit: 100 });
  return page.data;
}

const posts = (path: string) => seen.filter((s) => s.method === 'POST' && s.path === path);

test('503 with Retry-After: retried, then the answer; still 503: InternalServerError after the retries', async () => {
  faults = [{ kind: 'status', status: 503, headers: { 'retry-after': '1' } }];
  const course = await viaProxy().courses.get('crs_ai_at_work');
  assert.equal(course.id, 'crs_ai_at_work');
  assert.equal(seen.length, 2, 'one 503, then one retry after the Retry-After');

  seen.length = 0;
  faults = [0, 1, 2].map(() => ({ kind: 'status', status: 503, headers: { 'retry-after': '0' } }));
  const error = await outcome(() => viaProxy().courses.get('crs_ai_at_work'), InternalServerError);
  assert.equal(error.status, 503);
  assert.equal(seen.length, 3, 'the first attempt and two retries');
});

test('429: RateLimitError with retryAfter when retries are off; retried past it when on', async () => {
  faults = [{ kind: 'status', status: 429, headers: { 'retry-after': '1' }, body: JSON.stringify({ type: 'urn:upskill:problem:rate_limited', title: 'Rate limited', status: 429, code: 'rate_limited', detail: 'slow down', requestId: 'req_injected' }) }];
  const error = await outcome(() => viaProxy({ retry: 0 }).courses.get('crs_ai_at_work'), RateLimitError);
  assert.equal(error.retryAfter, 1);
  assert.equal(error.code, 'rate_limited');
  assert.equal(error.requestId, 'req_injected');

  seen.length = 0;
  faults = [{ kind: 'status', status: 429, headers: { 'retry-after': '1' } }];
  assert.equal((await viaProxy().courses.get('crs_ai_at_work')).id, 'crs_ai_at_work');
  assert.equal(seen.length, 2);
});

test('a reset before the sandbox saw a write: retried with the same key, applied once', async () => {
  const learnerId = await newLearner('reset-before');
  matches = (method) => method === 'POST';
  faults = [{ kind: 'reset-before' }];
  const enrollment = await viaProxy().enrollments.create({ learnerId, courseId: 'crs_ai_at_work' });
  const attempts = posts('/v1/enrollments');
  assert.equal(attempts.length, 2);
  assert.equal(attempts[0]!.forwarded, false, 'the first attempt never reached the sandbox');
  assert.equal(attempts[1]!.idempotencyKey, attempts[0]!.idempotencyKey);
  assert.deepEqual((await enrollmentsOf(learnerId)).map((e) => e.id), [enrollment.id]);

  // Without retries: a NetworkError, and nothing was written.
  const other = await newLearner('reset-before-no-retry');
  faults = [{ kind: 'reset-before' }];
  await outcome(() => viaProxy({ retry: 0 }).enrollments.create({ learnerId: other, courseId: 'crs_ai_at_work' }), NetworkError);
  assert.deepEqual(await enrollmentsOf(other), []);
});

test('a reset after the sandbox applied a write: the retry answers the applied write, nothing doubles', async () => {
  const learnerId = await newLearner('reset-after');
  matches = (method) => method === 'POST';
  faults = [{ kind: 'reset-after' }];
  const enrollment = await viaProxy().enrollments.create({ learnerId, courseId: 'crs_ai_at_work' });
  const attempts = posts('/v1/enrollments');
  assert.deepEqual(attempts.map((a) => a.upstreamStatus), [201, 201], 'the retry replays the first answer (201), it is not a second enrollment (200)');
  assert.equal(attempts[1]!.idempotencyKey, attempts[0]!.idempotencyKey);
  const stored = await enrollmentsOf(learnerId);
  assert.deepEqual(stored.map((e) => e.id), [enrollment.id]);

  // Progress events: the lost answer is retried; each lesson counts once.
  seen.length = 0;
  faults = [{ kind: 'reset-after' }];
  const client = viaProxy();
  const result = await client.progress.record(lessons.slice(0, 2).map((lessonId) => ({ learnerId, courseId: 'crs_ai_at_work', lessonId })));
  assert.equal(posts('/v1/progress-events').length, 2);
  assert.equal(result.accepted + result.duplicates, 2);
  assert.equal(result.duplicates, 2, 'the retry found both events already recorded');
  assert.deepEqual(await client.progress.pending(), []);
  const progress = (await direct().learners.progress(learnerId)).data.find((p) => p.courseId === 'crs_ai_at_work');
  assert.equal(progress?.completedLessons, 2);
  if (stored.length !== 1 || progress?.completedLessons !== 2) counts.duplicates++;
});

test('a response slower than the timeout: TimeoutError for a read; a slow write is retried and applied once', async () => {
  faults = [0, 1, 2].map(() => ({ kind: 'slow', ms: 1500 }));
  await outcome(() => viaProxy({ timeout: 300 }).courses.get('crs_ai_at_work'), TimeoutError);
  assert.equal(seen.length, 3, 'each attempt timed out');

  const learnerId = await newLearner('slow-write');
  seen.length = 0;
  matches = (method) => method === 'POST';
  faults = [{ kind: 'slow', ms: 1500 }];
  const enrollment = await viaProxy({ timeout: 500 }).enrollments.create({ learnerId, courseId: 'crs_ai_at_work' });
  const attempts = posts('/v1/enrollments');
  assert.equal(attempts.length, 2);
  assert.equal(attempts[1]!.idempotencyKey, attempts[0]!.idempotencyKey);
  assert.deepEqual((await enrollmentsOf(learnerId)).map((e) => e.id), [enrollment.id]);
});

test('a truncated body, malformed JSON and a wrong-typed field: ResponseValidationError naming the path', async () => {
  faults = [{ kind: 'rewrite', rewrite: (b) => b.slice(0, b.length >> 1) }];
  const truncated = await outcome(() => viaProxy().courses.get('crs_ai_at_work'), ResponseValidationError);
  assert.equal(truncated.path, '');
  assert.ok(truncated.requestId, 'the request id is kept');

  faults = [{ kind: 'rewrite', rewrite: (b) => b.replace(/^\{/, "{'") }];
  const malformed = await outcome(() => viaProxy().courses.get('crs_ai_at_work'), ResponseValidationError);
  assert.equal(malformed.path, '');

  faults = [{ kind: 'rewrite', rewrite: (b) => JSON.stringify({ ...JSON.parse(b) as object, durationMinutes: 'sixty' }) }];
  const wrongType = await outcome(() => viaProxy().courses.get('crs_ai_at_work'), ResponseValidationError);
  assert.equal(wrongType.path, '/durationMinutes');
  assert.match(wrongType.message, /\/durationMinutes/);

  faults = [{ kind: 'rewrite', rewrite: (b) => JSON.stringify({ ...JSON.parse(b) as object, data: [{ id: 42 }] }) }];
  const inList = await outcome(() => viaProxy().courses.list({ limit: 2 }), ResponseValidationError);
  assert.match(inList.path, /^\/data\/0\//);

  // The connection drops halfway through the body: no complete answer, a NetworkError.
  faults = [{ kind: 'cut' }];
  await outcome(() => viaProxy({ retry: 0 }).courses.get('crs_ai_at_work'), NetworkError);
});

test('a proxy error page (HTML 500, 502 without problem+json) is an InternalServerError with the status', async () => {
  faults = [{ kind: 'status', status: 500, headers: { 'content-type': 'text/html' }, body: '<html><body>Internal Server Error</body></html>' }];
  const html = await outcome(() => viaProxy().courses.get('crs_ai_at_work'), InternalServerError);
  assert.equal(html.status, 500);
  assert.equal(seen.length, 1, '500 is not retried');
  faults = [0, 1, 2].map(() => ({ kind: 'status', status: 502, headers: { 'content-type': 'text/plain' }, body: 'Bad Gateway' }));
  const gateway = await outcome(() => viaProxy().courses.get('crs_ai_at_work'), InternalServerError);
  assert.equal(gateway.status, 502);
});

test('a malformed answer that holds a session token: the SDK error does not carry the token', async () => {
  const learnerId = await newLearner('token-in-error');
  matches = (_method, path) => path === '/v1/sessions';
  // The session response with its token unquoted: V8's JSON.parse quotes the text around the
  // error in its message, so a parse error kept as `cause` can carry part of the body.
  let token = '';
  faults = [{ kind: 'rewrite', rewrite: (b) => b.replace(/"token":"([^"]+)"/, (_m, t: string) => `"token":${(token = t)}`) }];
  const error = await outcome(() => viaProxy().sessions.create({ learnerId }), ResponseValidationError);
  assert.ok(token.startsWith('ust_'), 'the proxy saw the minted token');
  const rendered = `${String(error)}\n${error.stack ?? ''}\n${inspect(error, { depth: 10, showHidden: true })}\n${JSON.stringify(error)}`;
  const secretPart = token.slice('ust_'.length);
  const fragments = Array.from({ length: secretPart.length - 9 }, (_, i) => secretPart.slice(i, i + 10)).filter((f) => rendered.includes(f));
  if (fragments.length) counts.leaks++;
  assert.deepEqual(fragments, [], 'the error carries part of the minted token');
});

test('errors never carry the token or key that was sent', async () => {
  session = await mintSession(sandbox.url, DEMO_KEY, 'lrn_demo_lucie');
  const client = viaProxy({ token: session, retry: 0 });
  await outcome(() => client.learners.get('lrn_demo_amara'), UpskillError);
  faults = [{ kind: 'reset-before' }];
  await outcome(() => client.learners.get('me'), NetworkError);
  faults = [{ kind: 'slow', ms: 1000 }];
  await outcome(() => viaProxy({ token: session, retry: 0, timeout: 200 }).learners.get('me'), TimeoutError);
  await outcome(() => createClient({ baseUrl: proxyUrl, token: `${DEMO_KEY}_wrong`, retry: 0 }).courses.get('crs_ai_at_work'), UpskillError);
  await outcome(() => createClient({ baseUrl: 'http://127.0.0.1:9', token: DEMO_KEY, retry: 0 }).courses.get('crs_ai_at_work'), NetworkError);
  const leaks: string[] = [];
  for (const error of errorsSeen) {
    const rendered = `${String(error)}\n${(error as Error).stack ?? ''}\n${inspect(error, { depth: 10, showHidden: true })}\n${JSON.stringify(error)}`;
    for (const secret of [session, DEMO_KEY, `${DEMO_KEY}_wrong`]) {
      if (rendered.includes(secret)) leaks.push(`${(error as Error).name}: ${(error as Error).message.slice(0, 80)} holds ${secret.slice(0, 8)}…`);
    }
    if (/ust_[A-Za-z0-9_-]{8,}/.test(rendered)) leaks.push(`${(error as Error).name} holds a session token`);
  }
  counts.leaks += leaks.length;
  assert.deepEqual(leaks, []);
});

test('no unhandled rejection, no duplicated write, nothing secret in the logs', async () => {
  // Let any straggling promise of the scenarios settle.
  await new Promise((r) => setImmediate(r));
  counts.unhandled = unhandled.length;
  const leaks = leaksIn(sandbox);
  counts.leaks += leaks.length;
  console.log(`faults: ${counts.scenarios - 1} scenarios, ${counts.requests} requests through the proxy, ${errorsSeen.length} typed errors, ${counts.unhandled} unhandled rejections, ${counts.duplicates} duplicated writes, ${counts.leaks} leaks found`);
  assert.deepEqual(unhandled.map(String), []);
  assert.deepEqual(leaks, []);
});
