// Concurrency: the same write sent 50 times at once is applied once, and every sender gets the
// same answer.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createClient } from '@upskill/sdk';
import { DEMO_KEY, leaksIn, mintSession, startSandboxProcess, type SandboxProcess } from './support.js';

const N = 50;
let sandbox: SandboxProcess;
let lessons: string[];
const counts = { requests: 0, fiveXx: 0, duplicates: 0 };

before(async () => {
  sandbox = await startSandboxProcess({ seedJobs: 20 });
  const course = await (await fetch(`${sandbox.url}/v1/courses/crs_ai_at_work`, { headers: { authorization: `Bearer ${DEMO_KEY}` } })).json() as { lessons: { id: string }[] };
  lessons = course.lessons.map((l) => l.id);
});

after(async () => {
  await sandbox?.stop();
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}, token = DEMO_KEY): Promise<{ status: number; body: string }> {
  const res = await fetch(`${sandbox.url}${path}`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
  });
  counts.requests++;
  if (res.status >= 500) counts.fiveXx++;
  return { status: res.status, body: await res.text() };
}

async function newLearner(name: string): Promise<string> {
  const { body } = await post('/v1/learners', { externalId: `concurrency-${name}-${randomUUID()}`, name });
  return (JSON.parse(body) as { id: string }).id;
}

async function enrollmentsOf(learnerId: string): Promise<{ id: string; courseId: string }[]> {
  const res = await fetch(`${sandbox.url}/v1/learners/${learnerId}/enrollments?limit=100`, { headers: { authorization: `Bearer ${DEMO_KEY}` } });
  return ((await res.json()) as { data: { id: string; courseId: string }[] }).data;
}

test(`${N} concurrent enrollments with the same Idempotency-Key: one enrollment, ${N} identical answers`, async () => {
  const learnerId = await newLearner('same-key');
  const key = randomUUID();
  const answers = await Promise.all(Array.from({ length: N }, () => post('/v1/enrollments', { learnerId, courseId: 'crs_ai_at_work' }, { 'idempotency-key': key })));
  assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([201]), 'every sender sees the creation');
  assert.equal(new Set(answers.map((a) => a.body)).size, 1, 'every sender gets the same body');
  const stored = await enrollmentsOf(learnerId);
  if (stored.length !== 1) counts.duplicates += stored.length - 1;
  assert.deepEqual(stored.map((e) => e.id), [(JSON.parse(answers[0]!.body) as { id: string }).id]);
});

test(`${N} concurrent enrollments through the SDK with one idempotency key, from a learner session`, async () => {
  const learnerId = await newLearner('sdk-same-key');
  const token = await mintSession(sandbox.url, DEMO_KEY, learnerId);
  const client = createClient({ baseUrl: sandbox.url, token });
  const key = randomUUID();
  const answers = await Promise.all(Array.from({ length: N }, () => client.enrollments.create({ learnerId: 'me', courseId: 'crs_prompt_writing_basics' }, { idempotencyKey: key })));
  counts.requests += N;
  assert.equal(new Set(answers.map((a) => JSON.stringify(a))).size, 1);
  assert.equal((await enrollmentsOf(learnerId)).length, 1);
});

test(`${N} concurrent enrollments with different keys: one enrollment, one 201 and ${N - 1} answers of it`, async () => {
  const learnerId = await newLearner('different-keys');
  const answers = await Promise.all(Array.from({ length: N }, () => post('/v1/enrollments', { learnerId, courseId: 'crs_ai_at_work' }, { 'idempotency-key': randomUUID() })));
  assert.equal(answers.filter((a) => a.status === 201).length, 1);
  assert.equal(answers.filter((a) => a.status === 200).length, N - 1);
  assert.equal(new Set(answers.map((a) => (JSON.parse(a.body) as { id: string }).id)).size, 1);
  const stored = await enrollmentsOf(learnerId);
  if (stored.length !== 1) counts.duplicates += stored.length - 1;
  assert.equal(stored.length, 1);
});

test('one Idempotency-Key sent concurrently with two different bodies: one is applied, the other is a 422', async () => {
  const learnerId = await newLearner('key-reuse');
  const key = randomUUID();
  const answers = await Promise.all(Array.from({ length: N }, (_, i) =>
    post('/v1/enrollments', { learnerId, courseId: i % 2 ? 'crs_ai_at_work' : 'crs_prompt_writing_basics' }, { 'idempotency-key': key })));
  const applied = answers.filter((a) => a.status === 201);
  const refused = answers.filter((a) => a.status === 422);
  assert.equal(applied.length + refused.length, N, `statuses: ${[...new Set(answers.map((a) => a.status))].join(', ')}`);
  assert.equal(new Set(applied.map((a) => a.body)).size, 1, 'every sender of the applied body gets the same answer');
  assert.ok(refused.every((a) => (JSON.parse(a.body) as { code: string }).code === 'idempotency_key_reused'));
  assert.equal((await enrollmentsOf(learnerId)).length, 1);
});

test(`${N} concurrent provisionings of one externalId: one learner`, async () => {
  const externalId = `concurrent-${randomUUID()}`;
  const answers = await Promise.all(Array.from({ length: N }, () => post('/v1/learners', { externalId, name: 'Concurrent Learner' })));
  assert.equal(answers.filter((a) => a.status === 201).length, 1);
  assert.equal(answers.filter((a) => a.status === 200).length, N - 1);
  assert.equal(new Set(answers.map((a) => (JSON.parse(a.body) as { id: string }).id)).size, 1);
  const list = await fetch(`${sandbox.url}/v1/learners?externalId=${encodeURIComponent(externalId)}`, { headers: { authorization: `Bearer ${DEMO_KEY}` } });
  assert.equal(((await list.json()) as { data: unknown[] }).data.length, 1);
});

test('overlapping progress batches sent at once, in any order: each event counted once, progress never goes backwards', async () => {
  const learnerId = await newLearner('progress');
  const events = lessons.map((lessonId, i) => ({ id: `conc-${learnerId}-${i}`, learnerId, courseId: 'crs_ai_at_work', lessonId, verb: 'completed', occurredAt: new Date(Date.now() - i * 1000).toISOString() }));
  // Every batch is a shuffled, overlapping subset of the same events.
  const batches = Array.from({ length: N }, (_, b) => {
    const subset = events.filter((_e, i) => (i + b) % 3 !== 0);
    return b % 2 ? subset.reverse() : subset;
  });
  const answers = await Promise.all(batches.map((batch) => post('/v1/progress-events', { events: batch })));
  assert.ok(answers.every((a) => a.status === 200), answers.find((a) => a.status !== 200)?.body);
  const results = answers.map((a) => JSON.parse(a.body) as { accepted: number; duplicates: number; progress: { completedLessons: number }[] });
  const accepted = results.reduce((sum, r) => sum + r.accepted, 0);
  const covered = new Set(batches.flat().map((e) => e.id)).size;
  if (accepted !== covered) counts.duplicates += accepted - covered;
  assert.equal(accepted, covered, 'each event id accepted exactly once across all batches');
  const final = await fetch(`${sandbox.url}/v1/learners/${learnerId}/progress`, { headers: { authorization: `Bearer ${DEMO_KEY}` } });
  const entry = ((await final.json()) as { data: { courseId: string; completedLessons: number }[] }).data.find((p) => p.courseId === 'crs_ai_at_work');
  assert.equal(entry?.completedLessons, Math.min(lessons.length, covered));
  // Older events sent last change nothing.
  const replay = await post('/v1/progress-events', { events: [...events].reverse().map((e) => ({ ...e, id: `${e.id}-late`, occurredAt: '2001-01-01T00:00:00Z' })) });
  const after = (JSON.parse(replay.body) as { progress: { completedLessons: number }[] }).progress[0]!;
  assert.equal(after.completedLessons, lessons.length);
});

test('summary', () => {
  const leaks = leaksIn(sandbox);
  console.log(`concurrency: ${counts.requests} requests, ${counts.fiveXx} 5xx seen, ${counts.duplicates} duplicated writes, ${leaks.length} leaks found`);
  assert.equal(counts.fiveXx, 0);
  assert.deepEqual(leaks, []);
});
