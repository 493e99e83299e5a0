// Hostile input, generated from the contract's operation table: every endpoint gets wrong
// types, missing and extra fields, 1 MB strings, deep nesting, invalid JSON, wrong content
// types, unicode edge cases, SQL and HTML payloads, bad limits, forged cursors and traversal
// ids. Never a 5xx, every 4xx is problem+json, and the sandbox is still healthy afterwards.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { endpoints, type Endpoint } from '@upskill/sdk/schemas';
import { closeAgent, pool, send, type RawAnswer, type RawRequest } from './http.js';
import {
  CONTENT_TYPES, HOSTILE_LIMITS, HOSTILE_PATH_IDS, INVALID_JSON, INVALID_UTF16, SQL_PAYLOADS, UNICODE_TEXTS,
  XSS_PAYLOADS, deepJson, forgedCursors, wrongTypes,
} from './payloads.js';
import { AMARA, DEMO_KEY, leaksIn, mintSession, problemIssues, startSandboxProcess, type SandboxProcess } from './support.js';

interface FuzzCase extends RawRequest {
  /** What the case attacks, for failure messages. */
  label: string;
}

let sandbox: SandboxProcess;
let session: string;
/** Valid ids per path template, discovered from the seeded sandbox. */
const ids = new Map<string, string>();
let lesson: { courseId: string; lessonId: string };
let fuzzLearner: string;
/** The learner DELETE erases (the first time). */
let doomedLearner: string;
const bodies: string[] = [];
const counts = { requests: 0, fiveXx: 0, notProblem: 0, noAnswer: 0, leaks: 0 };

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const json = { 'content-type': 'application/json' };

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${sandbox.url}${path}`, { headers: auth(DEMO_KEY) });
  assert.equal(res.status, 200, `${path} answered ${res.status}`);
  return (await res.json()) as T;
}

before(async () => {
  sandbox = await startSandboxProcess({ seedJobs: 50, rateLimit: 0 });
  const firstId = async (path: string) => (await getJson<{ data: { id: string }[] }>(path)).data[0]!.id;
  const course = await getJson<{ id: string; lessons: { id: string }[] }>('/v1/courses/crs_ai_at_work');
  lesson = { courseId: course.id, lessonId: course.lessons[0]!.id };
  const credential = await getJson<{ data: { id: string; credential: { issuer: { id: string } } }[] }>(`/v1/learners/${AMARA}/credentials`);
  const created = await fetch(`${sandbox.url}/v1/learners`, {
    method: 'POST', headers: { ...auth(DEMO_KEY), ...json }, body: JSON.stringify({ externalId: 'fuzz-target', name: 'Fuzz Target' }),
  });
  fuzzLearner = ((await created.json()) as { id: string }).id;
  const doomed = await fetch(`${sandbox.url}/v1/learners`, {
    method: 'POST', headers: { ...auth(DEMO_KEY), ...json }, body: JSON.stringify({ externalId: 'fuzz-doomed', name: 'Fuzz Doomed' }),
  });
  doomedLearner = ((await doomed.json()) as { id: string }).id;
  session = await mintSession(sandbox.url, DEMO_KEY, fuzzLearner);
  ids.set('/skills/{id}', await firstId('/v1/skills?limit=1'));
  ids.set('/courses/{id}', course.id);
  ids.set('/certifications/{id}', await firstId('/v1/certifications?limit=1'));
  ids.set('/jobs/{id}', await firstId('/v1/jobs?limit=1'));
  ids.set('/credentials/{id}', credential.data[0]!.id);
  ids.set('/issuers/{id}', credential.data[0]!.credential.issuer.id);
  ids.set('/status-lists/{id}', 'org_northwind');
});

after(async () => {
  closeAgent();
  await sandbox?.stop();
});

/** The valid id for a path template's `{id}`: learner paths use the fuzz learner. */
function validId(endpoint: Endpoint): string {
  if (endpoint.method === 'delete') return doomedLearner;
  const template = endpoint.path.replace(/^(\/[^/]+\/\{id\}).*$/, '$1');
  return ids.get(template) ?? fuzzLearner;
}

/** The token that reaches the endpoint's validation: the learner's own session where only it may call. */
function tokenFor(endpoint: Endpoint, i: number): string | undefined {
  if (endpoint.auth === 'learner') return session;
  if (endpoint.auth === 'public') return i % 2 ? DEMO_KEY : undefined;
  if (endpoint.auth === 'session') return i % 2 ? session : DEMO_KEY;
  return DEMO_KEY;
}

/** A valid body per operation; an operation added later gets an empty object and is still fuzzed. */
function validBody(endpoint: Endpoint, n: number): Record<string, unknown> {
  const learnerId = endpoint.auth === 'secret' ? fuzzLearner : 'me';
  switch (endpoint.operationId) {
    case 'createLearner': return { externalId: `fuzz-${n}`, name: 'Fuzz Learner', email: 'fuzz@example.com', locale: 'fr' };
    case 'updateLearner': return { skills: [{ id: 'skl_ai_literacy', level: 3 }], locale: 'es' };
    case 'setConsent': return { shareWithEmployers: true };
    case 'createEnrollment': return { learnerId: fuzzLearner, courseId: lesson.courseId };
    case 'recordProgress': return { events: [{ id: `fuzz-evt-${n}`, learnerId: fuzzLearner, courseId: lesson.courseId, lessonId: lesson.lessonId, verb: 'completed', occurredAt: new Date().toISOString() }] };
    case 'createSession': return { learnerId, ttlSeconds: 60 };
    default: return {};
  }
}

const shapeOf = (schema: unknown): string[] =>
  Object.keys((schema as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape ?? {});

/** Every hostile request for one endpoint. */
function casesFor(endpoint: Endpoint): FuzzCase[] {
  const out: FuzzCase[] = [];
  const method = endpoint.method.toUpperCase();
  const hasId = endpoint.path.includes('{id}');
  const pathWith = (id: string) => `/v1${endpoint.path.replace('{id}', id)}`;
  const path = pathWith(validId(endpoint));
  let n = 0;
  const add = (label: string, req: Partial<RawRequest> & { headers?: Record<string, string> }) => {
    const token = tokenFor(endpoint, n++);
    out.push({
      label: `${method} ${endpoint.path} ${label}`, method, path,
      ...req,
      headers: { ...(token ? auth(token) : {}), ...req.headers },
    });
  };
  const body = (b: unknown) => ({ headers: json, body: typeof b === 'string' ? b : JSON.stringify(b) });
  const valid = (): { headers?: Record<string, string>; body?: string } => (endpoint.body ? body(validBody(endpoint, out.length)) : {});

  add('valid', valid());
  if (hasId) for (const id of HOSTILE_PATH_IDS) add(`id=${id.slice(0, 40)}`, { path: pathWith(id), ...valid() });

  if (endpoint.query) {
    const sep = (q: string) => `${path}?${q}`;
    for (const limit of HOSTILE_LIMITS) add(`limit=${limit.slice(0, 30)}`, { path: sep(`limit=${limit}`) });
    for (const cursor of forgedCursors()) add(`cursor=${cursor.slice(0, 30)}`, { path: sep(`cursor=${cursor}`) });
    add('repeated limit', { path: sep('limit=1&limit=2') });
    add('limit[]', { path: sep('limit[]=1') });
    add('unknown parameter', { path: sep('debug=true&admin=1') });
    add('20 KB query', { path: sep(`q=${'a'.repeat(20_000)}`) });
    add('empty parameters', { path: sep('&&=&limit&cursor=') });
    for (const key of shapeOf(endpoint.query).filter((k) => k !== 'limit' && k !== 'cursor')) {
      const values = [...SQL_PAYLOADS, ...XSS_PAYLOADS.slice(0, 8), ...UNICODE_TEXTS.slice(0, 8), '', 'x'.repeat(300), '-1', 'true', '1e999', 'NaN'];
      for (const v of values) add(`${key}=${v.slice(0, 30)}`, { path: sep(`${key}=${encodeURIComponent(v)}`) });
      add(`${key} bad percent-encoding`, { path: sep(`${key}=%E0%A4%A`) });
    }
  }

  if (endpoint.body) {
    const base = validBody(endpoint, 0);
    const fields = [...new Set([...Object.keys(base), ...shapeOf(endpoint.body)])];
    for (const field of fields) {
      const { [field]: _dropped, ...rest } = base;
      add(`missing ${field}`, body(rest));
      for (const v of wrongTypes()) add(`${field}=${JSON.stringify(v).slice(0, 20)}`, body({ ...base, [field]: v }));
      for (const v of [...SQL_PAYLOADS.slice(0, 3), XSS_PAYLOADS[0]!, ...UNICODE_TEXTS.slice(0, 4), ...INVALID_UTF16]) {
        add(`${field} text ${v.slice(0, 20)}`, body({ ...base, [field]: v }));
      }
      // One level down: the first element of an array of objects (events[0]), each of its fields.
      const value = base[field];
      if (Array.isArray(value) && value[0] && typeof value[0] === 'object') {
        const item = value[0] as Record<string, unknown>;
        for (const key of Object.keys(item)) {
          const { [key]: _gone, ...itemRest } = item;
          add(`missing ${field}/0/${key}`, body({ ...base, [field]: [itemRest] }));
          for (const v of [null, 1, true, [], {}, '', 'x'.repeat(10_000), "' OR 1=1 --", '\u0000', '2026-13-45T99:99:99Z']) {
            add(`${field}/0/${key}=${JSON.stringify(v).slice(0, 20)}`, body({ ...base, [field]: [{ ...item, [key]: v }] }));
          }
        }
        add(`${field} with 501 items`, body({ ...base, [field]: Array.from({ length: 501 }, (_, i) => ({ ...item, id: `many-${i}` })) }));
        add(`${field} empty`, body({ ...base, [field]: [] }));
      }
    }
    add('extra field', body({ ...base, isAdmin: true }));
    add('__proto__ field', body(`{"__proto__":{"isAdmin":true},${JSON.stringify(base).slice(1)}`));
    add('constructor field', body({ ...base, constructor: { prototype: { isAdmin: true } } }));
    for (const text of INVALID_JSON) add(`invalid JSON ${JSON.stringify(text).slice(0, 20)}`, body(text));
    for (const type of CONTENT_TYPES) {
      add(`content-type ${type ?? 'none'}`, { headers: type ? { 'content-type': type } : {}, body: JSON.stringify(base) });
    }
    add('no body', { headers: json });
    add('deep arrays', body(deepJson(100_000, 'array')));
    add('deep objects', body(deepJson(20_000, 'object')));
    add('deep value', body(`{"${fields[0] ?? 'a'}":${deepJson(50_000, 'array')}}`));
    add('body of 1 MB + 1', body(`{"a":"${'x'.repeat(1_048_576)}"}`));
    add('field of 1 MB', body({ ...base, [fields[0] ?? 'a']: 'x'.repeat(1_048_000) }));
    add('top-level array', body([base]));
  } else if (method === 'GET') {
    add('GET with a JSON body', body({ a: 1 }));
  }

  // Headers a hostile client controls.
  add('Accept-Language junk', { ...valid(), headers: { ...valid().headers, 'accept-language': `*;q=abc, ${'fr-'.repeat(2000)}, ;;;, en;q=-1, es;q=1e999` } });
  add('X-Request-Id hostile', { ...valid(), headers: { ...valid().headers, 'x-request-id': `<script>${'a'.repeat(500)}` } });
  add('Accept text/html', { ...valid(), headers: { ...valid().headers, accept: 'text/html' } });
  if (method === 'POST') {
    add('Idempotency-Key hostile', { ...valid(), headers: { ...valid().headers, 'idempotency-key': `é${'k'.repeat(300)}` } });
    add('Idempotency-Key empty', { ...valid(), headers: { ...valid().headers, 'idempotency-key': '' } });
  }
  if (endpoint.auth !== 'public') {
    for (const header of ['Bearer', 'Bearer ', `Bearer ${'a'.repeat(8000)}`, 'Basic c2s6c2s=', `Bearer ${DEMO_KEY} extra`, `bearer ${session}x`, `Bearer ${session.replace('ust_', 'ust_x')}`, 'Bearer ust_.', 'Bearer ust_e30.', `Bearer sk_${"' OR 1=1"}`]) {
      out.push({ label: `${method} ${endpoint.path} authorization ${header.slice(0, 20)}`, method, path, headers: { ...valid().headers, authorization: header }, ...(valid().body ? { body: valid().body } : {}) });
    }
  }
  // Methods the contract does not define on this path (DELETE /learners/{id} exists: the doomed learner).
  for (const other of ['PUT', 'PATCH', 'DELETE', 'TRACE'].filter((m) => m !== method)) {
    out.push({ label: `${other} ${endpoint.path}`, method: other, path: path.replace(fuzzLearner, doomedLearner), headers: auth(DEMO_KEY) });
  }
  return out;
}

const tokenOf = (req: RawRequest) => /^Bearer\s+(\S+)/i.exec(req.headers?.authorization ?? '')?.[1];

test('a generated fuzz of every endpoint: never a 5xx, every 4xx problem+json', { timeout: 150_000 }, async () => {
  const cases = endpoints.flatMap(casesFor);
  // Path-level attacks outside the table: traversal into the static routes, unknown versions.
  for (const p of ['/v1/../../package.json', '/cdn/..%2F..%2F..%2Fpackage.json', '/portal/%2e%2e/%2e%2e/package.json', '/v2/courses', '/v1', '/v1/', '/v1/courses/', '//v1//courses', '/v1/courses%00', '/demo/session?learner=%00']) {
    cases.push({ label: `GET ${p}`, method: 'GET', path: p, headers: auth(DEMO_KEY) });
  }
  const failures: string[] = [];
  const answers = await pool(cases.map((c) => async (): Promise<[FuzzCase, RawAnswer]> => [c, await send(sandbox.url, c)]), 6);
  for (const [c, answer] of answers) {
    counts.requests++;
    if (answer.error) {
      counts.noAnswer++;
      failures.push(`${c.label}: no HTTP answer (${answer.error})`);
      continue;
    }
    bodies.push(answer.body);
    if (answer.status >= 500) {
      counts.fiveXx++;
      failures.push(`${c.label}: ${answer.status} ${answer.body.slice(0, 200)}`);
    } else if (answer.status >= 400 && c.path.startsWith('/v1')) {
      const issues = problemIssues(answer.status, String(answer.headers['content-type'] ?? ''), answer.body, String(answer.headers['x-request-id'] ?? '') || null);
      if (issues.length) {
        counts.notProblem++;
        failures.push(`${c.label}: ${answer.status} not problem+json (${issues.join(', ')})`);
      }
    }
    const token = tokenOf(c);
    if (answer.status >= 400 && token && token.length > 8 && !c.path.includes(token) && !String(c.body ?? '').includes(token) && answer.body.includes(token)) {
      counts.leaks++;
      failures.push(`${c.label}: the error body repeats the Authorization token`);
    }
  }
  assert.ok(counts.requests >= 1000, `only ${counts.requests} requests generated`);
  assert.deepEqual(failures.slice(0, 40), [], `${failures.length} hostile requests were mishandled`);
});

/** Writes raw bytes on a new connection and reads everything until the server closes it. */
function rawExchange(bytes: string): Promise<string> {
  const url = new URL(sandbox.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), '127.0.0.1', () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', reject);
  });
}

test('requests the HTTP parser itself refuses still get problem+json', async () => {
  const failures: string[] = [];
  for (const [label, bytes] of [
    ['garbage request line', 'GARBAGE\r\n\r\n'],
    ['bad header line', 'GET /v1/courses HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n'],
    ['headers over 16 KB', `GET /v1/courses HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`],
    ['bad chunked body', 'POST /v1/enrollments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n'],
    ['two content-lengths', 'POST /v1/enrollments HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}'],
  ] as const) {
    const answer = await rawExchange(bytes);
    counts.requests++;
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    if (!(status >= 400 && status < 500)) failures.push(`${label}: ${answer.slice(0, 80) || 'no answer'}`);
    else if (!/content-type: application\/problem\+json/i.test(head)) failures.push(`${label}: ${status} without problem+json`);
    else {
      const requestId = /x-request-id: (\S+)/i.exec(head)?.[1] ?? null;
      const issues = problemIssues(status, 'application/problem+json', body, requestId);
      if (issues.length) failures.push(`${label}: ${issues.join(', ')}`);
    }
    if (status >= 500) counts.fiveXx++;
  }
  assert.deepEqual(failures, []);
});

test('text stored through every writable field comes back byte for byte', async () => {
  // Names hold at most 200 characters (the contract); longer payloads are the fuzz's business.
  const texts = [...UNICODE_TEXTS, ...XSS_PAYLOADS, ...SQL_PAYLOADS, 'x'.repeat(200)].filter((t) => t.length <= 200);
  const mismatches: string[] = [];
  await pool(texts.map((text, i) => async () => {
    const externalId = `${text.slice(0, 180)}#${i}`;
    const res = await send(sandbox.url, { method: 'POST', path: '/v1/learners', headers: { ...auth(DEMO_KEY), ...json }, body: JSON.stringify({ externalId, name: text }) });
    counts.requests++;
    bodies.push(res.body);
    if (res.status !== 201) {
      mismatches.push(`POST /v1/learners with ${JSON.stringify(text.slice(0, 30))}: ${res.status} ${res.body.slice(0, 150)}`);
      return;
    }
    const created = JSON.parse(res.body) as { id: string; name: string; externalId: string };
    const read = await send(sandbox.url, { method: 'GET', path: `/v1/learners/${created.id}`, headers: auth(DEMO_KEY) });
    const listed = await send(sandbox.url, { method: 'GET', path: `/v1/learners?externalId=${encodeURIComponent(externalId)}`, headers: auth(DEMO_KEY) });
    counts.requests += 2;
    const fetched = JSON.parse(read.body) as { name: string; externalId: string };
    const found = (JSON.parse(listed.body) as { data: { id: string; name: string }[] }).data;
    for (const [where, value, expected] of [
      ['POST answer name', created.name, text], ['POST answer externalId', created.externalId, externalId],
      ['GET name', fetched.name, text], ['GET externalId', fetched.externalId, externalId],
    ] as const) {
      if (Buffer.compare(Buffer.from(value ?? ''), Buffer.from(expected)) !== 0) mismatches.push(`${where} changed ${JSON.stringify(expected.slice(0, 40))} into ${JSON.stringify(String(value).slice(0, 40))}`);
    }
    if (found.length !== 1 || found[0]!.id !== created.id) mismatches.push(`GET /v1/learners?externalId= found ${found.length} learners for ${JSON.stringify(externalId.slice(0, 40))}`);
  }), 4);
  // Not valid Unicode: refused as invalid, or kept exactly; never silently altered.
  for (const text of INVALID_UTF16) {
    const res = await send(sandbox.url, { method: 'POST', path: '/v1/learners', headers: { ...auth(DEMO_KEY), ...json }, body: JSON.stringify({ externalId: `bad-utf16-${text}`, name: text }) });
    counts.requests++;
    if (res.status === 400) continue;
    const created = JSON.parse(res.body) as { id: string; name: string };
    const read = JSON.parse((await send(sandbox.url, { method: 'GET', path: `/v1/learners/${created.id}`, headers: auth(DEMO_KEY) })).body) as { name: string };
    if (read.name !== text) mismatches.push(`a lone surrogate was accepted (${res.status}) and came back altered: ${JSON.stringify(read.name)}`);
  }
  // Event ids are text too: the same id is a duplicate; the NFC and NFD spellings are two ids.
  const events = ['évt-\u00e9', 'évt-e\u0301', 'evt-👩🏽‍💻', "evt-' OR 1=1 --"].map((id) => ({ id, learnerId: fuzzLearner, courseId: lesson.courseId, lessonId: lesson.lessonId, verb: 'completed', occurredAt: new Date().toISOString() }));
  const first = await send(sandbox.url, { method: 'POST', path: '/v1/progress-events', headers: { ...auth(DEMO_KEY), ...json }, body: JSON.stringify({ events }) });
  const again = await send(sandbox.url, { method: 'POST', path: '/v1/progress-events', headers: { ...auth(DEMO_KEY), ...json }, body: JSON.stringify({ events }) });
  counts.requests += 2;
  assert.equal(first.status, 200, first.body);
  assert.equal((JSON.parse(first.body) as { accepted: number }).accepted, events.length, 'every distinct event id is its own event');
  assert.equal((JSON.parse(again.body) as { duplicates: number }).duplicates, events.length, 'every event id is recognised byte for byte');
  assert.deepEqual(mismatches, []);
});

test('the sandbox is still healthy, and nothing it said holds a secret', async () => {
  assert.equal(sandbox.process.exitCode, null, 'the sandbox process is still running');
  const health = await fetch(`${sandbox.url}/healthz`);
  assert.equal(health.status, 200);
  const courses = await fetch(`${sandbox.url}/v1/courses?limit=5`, { headers: auth(DEMO_KEY) });
  assert.equal(courses.status, 200);
  assert.equal(((await courses.json()) as { data: unknown[] }).data.length, 5);
  const leaks = leaksIn(sandbox, bodies);
  counts.leaks += leaks.length;
  console.log(`fuzz: ${counts.requests} requests fuzzed, ${counts.fiveXx} 5xx seen, ${counts.notProblem} 4xx not problem+json, ${counts.noAnswer} without an answer, ${counts.leaks} leaks found`);
  assert.deepEqual(leaks, []);
});
