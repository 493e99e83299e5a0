// Isolation: an authorization matrix over every learner-scoped operation of the contract's table
// (paths below /learners/{id}, and bodies naming a learner), each called by every kind of caller.
// 2xx only where the contract allows it, and not one byte of another learner's data.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { endpoints, type Endpoint } from '@upskill/sdk/schemas';
import { closeAgent, send } from './http.js';
import {
  AMARA, DEMO_KEY, LUCIE, OTHER_KEY, forgeSessionToken, leaksIn, mintSession, problemIssues, readSecrets,
  startSandboxProcess, waitFor, type SandboxProcess,
} from './support.js';

/** Who calls: the target learner's own session, everyone else, and broken credentials. */
type Caller =
  | 'own session' | 'own organisation key' | 'other learner session' | 'other organisation key'
  | 'other organisation learner session' | 'no token' | 'malformed token' | 'expired token'
  | 'token signed with the wrong key' | 'tampered token';

let sandbox: SandboxProcess;
const tokens = new Map<Caller, string | undefined>();
/** Texts that belong to the target learner only (its id is left out: a 404 may repeat the id the caller sent). */
let targetMarkers: string[] = [];
let lessonId: string;
/** Texts of the other learner, which the target's own answers must not hold either. */
const otherMarkers = ['Lucie Marchand', 'nw-1002', 'lucie.marchand@'];
const bodies: string[] = [];
const counts = { requests: 0, allowed: 0, denied: 0, leaks: 0 };

const json = { 'content-type': 'application/json' };

before(async () => {
  sandbox = await startSandboxProcess({ seedJobs: 50 });
  const headers = { authorization: `Bearer ${DEMO_KEY}` };
  const amara = await (await fetch(`${sandbox.url}/v1/learners/${AMARA}`, { headers })).json() as { externalId: string; name: string; email: string };
  const credentials = await (await fetch(`${sandbox.url}/v1/learners/${AMARA}/credentials`, { headers })).json() as { data: { id: string; credential: { credentialSubject: { id: string } } }[] };
  assert.ok(credentials.data.length > 0, 'the certified demo learner holds a credential');
  targetMarkers = [amara.externalId, amara.name, amara.email, ...credentials.data.map((c) => c.id), credentials.data[0]!.credential.credentialSubject.id];
  const otherOrgLearners = await (await fetch(`${sandbox.url}/v1/learners?limit=1`, { headers: { authorization: `Bearer ${OTHER_KEY}` } })).json() as { data: { id: string }[] };

  lessonId = (await (await fetch(`${sandbox.url}/v1/courses/crs_ai_at_work`, { headers })).json() as { lessons: { id: string }[] }).lessons[0]!.id;
  const secrets = readSecrets(sandbox.db);
  const own = await mintSession(sandbox.url, DEMO_KEY, AMARA);
  const other = await mintSession(sandbox.url, DEMO_KEY, LUCIE);
  const shortLived = await mintSession(sandbox.url, DEMO_KEY, AMARA, 1);
  const [otherPayload = '', otherSignature = ''] = other.slice('ust_'.length).split('.');
  const claims = JSON.parse(Buffer.from(otherPayload, 'base64url').toString()) as { o: string; l: string; e: number };
  tokens.set('own session', own);
  tokens.set('own organisation key', DEMO_KEY);
  tokens.set('other learner session', other);
  tokens.set('other organisation key', OTHER_KEY);
  tokens.set('other organisation learner session', await mintSession(sandbox.url, OTHER_KEY, otherOrgLearners.data[0]!.id));
  tokens.set('no token', undefined);
  tokens.set('malformed token', 'not.a-token');
  tokens.set('expired token', shortLived);
  tokens.set('token signed with the wrong key', forgeSessionToken({ o: 'org_northwind', l: AMARA, e: Math.floor(Date.now() / 1000) + 600 }));
  // The other learner's signature on a payload rewritten to name the target.
  tokens.set('tampered token', `ust_${Buffer.from(JSON.stringify({ ...claims, l: AMARA })).toString('base64url')}.${otherSignature}`);
  // Correctly signed, past its expiry: the session secret comes from the database.
  const forgedExpired = forgeSessionToken({ o: 'org_northwind', l: AMARA, e: Math.floor(Date.now() / 1000) - 60 }, secrets.sessionSecret);
  const check = await send(sandbox.url, { method: 'GET', path: '/v1/learners/me', headers: { authorization: `Bearer ${forgedExpired}` } });
  assert.equal(check.status, 401, 'a correctly signed but expired token is refused');
  await waitFor(async () => (await send(sandbox.url, { method: 'GET', path: '/v1/learners/me', headers: { authorization: `Bearer ${shortLived}` } })).status === 401, 'the 1-second session to expire', 5000);
});

after(async () => {
  closeAgent();
  await sandbox?.stop();
});

/** Whether a schema (or any object inside it) has a `learnerId` field. */
function namesLearner(schema: unknown, depth = 0): boolean {
  const def = (schema as { _zod?: { def?: { shape?: Record<string, unknown>; element?: unknown; innerType?: unknown } } } | undefined)?._zod?.def;
  if (!def || depth > 4) return false;
  if (def.shape && 'learnerId' in def.shape) return true;
  return [...Object.values(def.shape ?? {}), def.element, def.innerType].some((s) => s !== undefined && namesLearner(s, depth + 1));
}

const learnerScoped = endpoints.filter((e) => e.path.startsWith('/learners') || namesLearner(e.body));

/** The contract's answer for a caller: 'allowed', or the only acceptable error statuses. */
function expected(endpoint: Endpoint, caller: Caller): 'allowed' | number[] {
  if (['no token', 'malformed token', 'expired token', 'token signed with the wrong key', 'tampered token'].includes(caller)) return [401];
  if (caller === 'own session') return endpoint.auth === 'secret' ? [403] : 'allowed';
  if (caller === 'own organisation key') return endpoint.auth === 'learner' ? [403] : 'allowed';
  // Someone else: refused (a 404 hides whether the learner exists; a 403 for the wrong kind of token).
  // Organisation-wide operations: another organisation's key acts on its own organisation only.
  if (endpoint.operationId === 'listLearners' || endpoint.operationId === 'createLearner') return caller === 'other organisation key' ? 'allowed' : [403];
  // A batch is validated as a whole: an event naming a learner the caller may not see is a 400 at its path.
  if (endpoint.operationId === 'recordProgress') return [400, 403, 404];
  return [403, 404];
}

/** A request body that targets the learner explicitly (never `me`, which is the caller's own). */
function bodyFor(endpoint: Endpoint, n: number): unknown {
  switch (endpoint.operationId) {
    // The target's externalId: another organisation must get a learner of its own, not the target.
    case 'createLearner': return { externalId: 'nw-1001', name: 'Same External Id' };
    case 'updateLearner': return { locale: 'en' };
    case 'setConsent': return { shareWithEmployers: true };
    case 'createEnrollment': return { learnerId: AMARA, courseId: 'crs_ai_at_work' };
    case 'recordProgress': return { events: [{ id: `authz-${n}`, learnerId: AMARA, courseId: 'crs_ai_at_work', lessonId, verb: 'completed', occurredAt: new Date().toISOString() }] };
    case 'createSession': return { learnerId: AMARA };
    default: return endpoint.body ? { learnerId: AMARA } : undefined;
  }
}

async function snapshot(): Promise<string> {
  const headers = { authorization: `Bearer ${DEMO_KEY}` };
  const parts = await Promise.all(['', '/enrollments', '/progress', '/credentials'].map(async (p) =>
    (await send(sandbox.url, { method: 'GET', path: `/v1/learners/${AMARA}${p}?${p ? 'limit=100' : ''}`, headers })).body));
  return parts.join('\n');
}

test('every learner-scoped endpoint × every caller: 2xx only where the contract allows, zero leaks', { timeout: 60_000 }, async () => {
  assert.ok(learnerScoped.length >= 12, `the table names ${learnerScoped.length} learner-scoped operations`);
  const callers = [...tokens.keys()];
  // Callers who must be refused run first, and must change nothing.
  const order = [...callers.filter((c) => c !== 'own session' && c !== 'own organisation key'), 'own session', 'own organisation key'] as Caller[];
  const failures: string[] = [];
  const matrix: Partial<Record<Caller, Record<string, number>>> = {};
  const before = await snapshot();
  let n = 0;
  for (const caller of order) {
    if (caller === 'own session') {
      assert.equal(await snapshot(), before, 'the refused calls changed nothing of the target learner');
    }
    const row: Record<string, number> = (matrix[caller] = {});
    for (const endpoint of learnerScoped) {
      // Erasure by the organisation runs last, on its own (below).
      if (endpoint.operationId === 'deleteLearner' && caller === 'own organisation key') continue;
      const token = tokens.get(caller);
      const body = bodyFor(endpoint, n++);
      const answer = await send(sandbox.url, {
        method: endpoint.method.toUpperCase(),
        path: `/v1${endpoint.path.replace('{id}', AMARA)}`,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? json : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      counts.requests++;
      bodies.push(answer.body);
      row[endpoint.operationId] = answer.status;
      const want = expected(endpoint, caller);
      const where = `${caller} → ${endpoint.method.toUpperCase()} ${endpoint.path}`;
      const ok = answer.status >= 200 && answer.status < 300;
      if (want === 'allowed') {
        counts.allowed++;
        if (!ok) failures.push(`${where}: ${answer.status}, the contract allows it (${answer.body.slice(0, 120)})`);
        // The organisation's own key sees all its learners; anyone else sees none of the target's data.
        const markers = caller === 'own session' ? otherMarkers : caller === 'other organisation key' ? targetMarkers.filter((m) => m !== 'nw-1001') : [];
        const foreign = markers.filter((m) => answer.body.includes(m));
        if (foreign.length) {
          counts.leaks++;
          failures.push(`LEAK ${where}: the answer holds ${foreign.join(', ')}`);
        }
      } else {
        counts.denied++;
        if (ok) {
          counts.leaks++;
          failures.push(`LEAK ${where}: ${answer.status} ${answer.body.slice(0, 120)}`);
        } else if (!want.includes(answer.status)) {
          failures.push(`${where}: ${answer.status}, expected ${want.join(' or ')}`);
        }
        const leaked = targetMarkers.filter((m) => answer.body.includes(m));
        if (leaked.length) {
          counts.leaks++;
          failures.push(`LEAK ${where}: the error holds ${leaked.join(', ')}`);
        }
        const issues = problemIssues(answer.status, String(answer.headers['content-type'] ?? ''), answer.body, String(answer.headers['x-request-id'] ?? '') || null);
        if (!ok && issues.length) failures.push(`${where}: not problem+json (${issues.join(', ')})`);
      }
    }
  }
  // Erasure: the organisation's key deletes the learner, and the learner's sessions die with them.
  const erased = await send(sandbox.url, { method: 'DELETE', path: `/v1/learners/${AMARA}`, headers: { authorization: `Bearer ${DEMO_KEY}` } });
  counts.requests++;
  assert.equal(erased.status, 204, erased.body);
  const afterErasure = await send(sandbox.url, { method: 'GET', path: '/v1/learners/me', headers: { authorization: `Bearer ${tokens.get('own session')!}` } });
  assert.equal(afterErasure.status, 401, "an erased learner's session no longer works");

  matrix['own organisation key']!.deleteLearner = erased.status;
  const rows = Object.entries(matrix).map(([caller, statuses]) => `  ${caller.padEnd(36)} ${learnerScoped.map((e) => statuses[e.operationId] ?? '-').join(' ')}`);
  console.log(`authorization matrix (statuses in table order: ${learnerScoped.map((e) => e.operationId).join(', ')}):\n${rows.join('\n')}`);
  assert.deepEqual(failures, []);
});

test('a session token reads only its own learner through "me", lists and filters', async () => {
  const lucie = tokens.get('other learner session')!;
  const headers = { authorization: `Bearer ${lucie}` };
  for (const path of ['/v1/learners/me', '/v1/learners/me/enrollments?limit=100', '/v1/learners/me/progress?limit=100', '/v1/learners/me/credentials?limit=100', '/v1/learners/me/job-matches?limit=100']) {
    const answer = await send(sandbox.url, { method: 'GET', path, headers });
    counts.requests++;
    bodies.push(answer.body);
    assert.equal(answer.status, 200, `${path}: ${answer.body.slice(0, 200)}`);
    const leaked = targetMarkers.filter((m) => answer.body.includes(m));
    if (leaked.length) counts.leaks++;
    assert.deepEqual(leaked, [], `${path} holds another learner's data`);
    const data = (JSON.parse(answer.body) as { data?: { learnerId?: string }[] }).data ?? [];
    assert.ok(data.every((item) => item.learnerId === undefined || item.learnerId === LUCIE), `${path} lists another learner's items`);
  }
});

test('nothing collected holds a secret; the summary', () => {
  const leaks = leaksIn(sandbox, bodies);
  counts.leaks += leaks.length;
  console.log(`authz: ${counts.requests} requests, ${counts.allowed} allowed cells, ${counts.denied} refused cells, ${counts.leaks} leaks found`);
  assert.deepEqual(leaks, []);
});
