// The SDK, as built (`@upskill/sdk` from dist), against a real sandbox process.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BadRequestError, createClient, NotFoundError, PermissionDeniedError, type UpskillClient,
} from '@upskill/sdk';
import { verifyCredential } from '@upskill/sdk/verify';
import { startSandboxProcess, type SandboxProcess } from '../support/sandbox.js';

const SECRET = 'sk_test_upskill_demo';
let sandbox: SandboxProcess;
let server: UpskillClient;

before(async () => {
  sandbox = await startSandboxProcess({ seedJobs: 200 });
  server = createClient({ baseUrl: sandbox.url, token: SECRET });
});
after(() => sandbox?.stop());

/** A learner of its own for a test, provisioned with the secret key. */
const newLearner = (name: string) => server.learners.create({ externalId: `it-${name}-${Date.now()}`, name: `Test ${name}` });

/** A client acting as one learner, with session tokens minted by the partner server. */
function learnerClient(learnerId: string, locale?: string) {
  let minted = 0;
  const client = createClient({
    baseUrl: sandbox.url,
    ...(locale ? { locale } : {}),
    getToken: async () => {
      minted++;
      return (await server.sessions.create({ learnerId })).token;
    },
  });
  return { client, minted: () => minted };
}

test('for await walks the whole catalog across pages', async () => {
  const ids: string[] = [];
  for await (const course of server.courses.list({ limit: 7 })) ids.push(course.id);
  assert.ok(ids.length >= 40, `${ids.length} courses`);
  assert.equal(new Set(ids).size, ids.length, 'no course twice');

  const first = await server.courses.list({ limit: 7 });
  assert.equal(first.data.length, 7);
  assert.equal(first.hasNextPage(), true);
  const second = await first.getNextPage();
  assert.deepEqual(second.data.map((c) => c.id), ids.slice(7, 14));
});

test('filters reach the server: every foundation course, and only those', async () => {
  let count = 0;
  for await (const course of server.courses.list({ level: 'foundation', limit: 100 })) {
    assert.equal(course.level, 'foundation');
    count++;
  }
  assert.ok(count > 0);
});

test('locale fr: courses come in French where a French version exists', async () => {
  const french = createClient({ baseUrl: sandbox.url, token: SECRET, locale: 'fr' });
  let translated;
  for await (const course of server.courses.list({ limit: 100 })) {
    if (course.languages.includes('fr') && course.language === 'en') {
      translated = course;
      break;
    }
  }
  assert.ok(translated, 'the seed has a course with a French version');
  const inFrench = await french.courses.get(translated.id);
  assert.equal(inFrench.language, 'fr');
  assert.notEqual(inFrench.title, translated.title);
});

test('creating a learner twice with the same externalId answers the same learner', async () => {
  const externalId = `it-same-${Date.now()}`;
  const first = await server.learners.create({ externalId, name: 'Ada Example' });
  const again = await server.learners.create({ externalId, name: 'Ada Example' });
  assert.equal(again.id, first.id);
  assert.match(first.id, /^lrn_/);
  const listed = await server.learners.list({ externalId });
  assert.deepEqual(listed.data.map((l) => l.id), [first.id]);
});

test('session token flow: minted with the secret key, used for "me", refused elsewhere', async () => {
  const learner = await newLearner('session');
  const { client, minted } = learnerClient(learner.id);
  const me = await client.learners.get('me');
  assert.equal(me.id, learner.id);
  assert.equal(minted(), 1);
  await assert.rejects(client.learners.list(), PermissionDeniedError);
  const consent = await client.learners.setConsent('me', { shareWithEmployers: true });
  assert.equal(consent.shareWithEmployers, true);
});

test('enrolling twice with one idempotency key gives the same enrollment', async () => {
  const learner = await newLearner('enroll');
  const idempotencyKey = `enroll-${learner.id}`;
  const body = { learnerId: learner.id, courseId: 'crs_ai_at_work' };
  const first = await server.enrollments.create(body, { idempotencyKey });
  const second = await server.enrollments.create(body, { idempotencyKey });
  assert.equal(second.id, first.id);
  const enrollments = [];
  for await (const e of server.learners.enrollments(learner.id)) enrollments.push(e);
  assert.deepEqual(enrollments.map((e) => e.id), [first.id]);
});

test('progress.record sends the events; re-sending the same ids counts nothing twice', async () => {
  const learner = await newLearner('progress');
  const { client } = learnerClient(learner.id);
  const course = await client.courses.get('crs_ai_at_work');
  const events = course.lessons.slice(0, 2).map((lesson) => ({ learnerId: 'me', courseId: course.id, lessonId: lesson.id }));
  const recorded = await client.progress.record(events);
  assert.equal(recorded.accepted, 2);
  assert.deepEqual(await client.progress.pending(), []);

  const again = await client.progress.record(recorded.events);
  assert.equal(again.accepted, 0);
  assert.equal(again.duplicates, 2);

  const progress = [];
  for await (const p of client.learners.progress('me')) progress.push(p);
  const entry = progress.find((p) => p.courseId === course.id);
  assert.equal(entry?.completedLessons, 2);
  assert.equal(entry?.status, 'in_progress');
});

test('job matches are ranked and explained', async () => {
  const page = await server.learners.jobMatches('lrn_demo_amara', { limit: 10 });
  assert.ok(page.data.length > 0);
  const scores = page.data.map((m) => m.score);
  assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
  for (const match of page.data) {
    assert.ok(match.score >= 0.2 && match.score <= 1);
    assert.ok(match.matchedSkills.length > 0, 'a match shares at least one skill');
    for (const skill of match.matchedSkills) assert.ok(['credential', 'course', 'self'].includes(skill.evidence.type));
  }
});

test("a learner's credentials verify with @upskill/sdk/verify", async () => {
  const records = [];
  for await (const record of server.learners.credentials('lrn_demo_amara')) records.push(record);
  const active = records.find((r) => r.status === 'active');
  assert.ok(active, 'the certified demo learner holds an active credential');
  const result = await verifyCredential(active.credential);
  assert.equal(result.verified, true, JSON.stringify(result.errors));

  const byId = await server.credentials.get(active.id);
  assert.equal(byId.id, active.credential.id);
  const issuer = typeof byId.issuer === 'string' ? byId.issuer : byId.issuer.id;
  assert.match(issuer, /^did:key:/);
});

test('NotFoundError carries the request id', async () => {
  const error = await server.courses.get('crs_does_not_exist').catch((e: unknown) => e);
  assert.ok(error instanceof NotFoundError);
  assert.equal(error.status, 404);
  assert.equal(error.code, 'not_found');
  assert.match(error.requestId ?? '', /^req_/);
  assert.ok(error.message.includes(error.requestId!));
});

test('BadRequestError names the invalid field', async () => {
  const error = await server.courses.list({ limit: 0 }).catch((e: unknown) => e);
  assert.ok(error instanceof BadRequestError);
  assert.deepEqual(error.errors.map((e) => e.path), ['/limit']);
  const badBody = await server.enrollments.create({ learnerId: 'me', courseId: 'nope' }).catch((e: unknown) => e);
  assert.ok(badBody instanceof BadRequestError);
  assert.ok(badBody.errors.some((e) => e.path === '/courseId'), JSON.stringify(badBody.errors));
});

test('erasing a learner: later reads answer NotFoundError', async () => {
  const learner = await newLearner('erase');
  await server.learners.delete(learner.id);
  await assert.rejects(server.learners.get(learner.id), NotFoundError);
});
