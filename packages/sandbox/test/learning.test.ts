import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CredentialRecord, Enrollment, OpenBadgeCredential, ProgressBatchResult, StatusListCredential, page } from '@upskill/sdk/schemas';
import { AMARA, DEMO_KEY, OTHER_KEY, isProblem, startTestSandbox, statusBit, type TestSandbox } from './helpers.js';

interface CourseLite { id: string; lessons: { id: string }[] }
interface CertLite { id: string; courseIds: string[] }

let sb: TestSandbox;
let courses: CourseLite[];
let certifications: CertLite[];
before(async () => {
  sb = await startTestSandbox();
  courses = (await sb.call('GET', '/v1/courses?limit=100')).body.data;
  certifications = (await sb.call('GET', '/v1/certifications?limit=100')).body.data;
});
after(() => sb.close());

let counter = 0;
async function newLearner(key = DEMO_KEY): Promise<{ id: string; token: string }> {
  const res = await sb.call('POST', '/v1/learners', { token: key, body: { externalId: `learning-${++counter}`, name: `Learner ${counter}` } });
  return { id: res.body.id, token: await sb.session(res.body.id, key) };
}
const event = (id: string, courseId: string, lessonId: string, learnerId = 'me') =>
  ({ id, learnerId, courseId, lessonId, verb: 'completed', occurredAt: '2026-11-20T10:00:00Z' });

describe('enrollments', () => {
  test('201 new, 200 when already enrolled; listed once', async () => {
    const { id, token } = await newLearner();
    const courseId = courses[0]!.id;
    const first = await sb.call('POST', '/v1/enrollments', { token, body: { learnerId: 'me', courseId } });
    assert.equal(first.status, 201);
    assert.ok(Enrollment.safeParse(first.body).success);
    assert.equal(first.body.learnerId, id);
    const second = await sb.call('POST', '/v1/enrollments', { body: { learnerId: id, courseId } });
    assert.equal(second.status, 200);
    assert.deepEqual(second.body, first.body);
    const list = await sb.call('GET', `/v1/learners/${id}/enrollments`);
    assert.ok(page(Enrollment).safeParse(list.body).success);
    assert.deepEqual(list.body.data, [first.body]);
    assert.ok(isProblem(await sb.call('POST', '/v1/enrollments', { token, body: { learnerId: 'me', courseId: 'crs_missing' } }), 404, 'not_found'));
  });

  test('50 concurrent identical requests with one Idempotency-Key: applied once, same answer', async () => {
    const { id, token } = await newLearner();
    const body = { learnerId: id, courseId: courses[1]!.id };
    const replies = await Promise.all(Array.from({ length: 50 }, () =>
      sb.call('POST', '/v1/enrollments', { token, body, headers: { 'idempotency-key': 'enroll-once-1' } })));
    assert.deepEqual(new Set(replies.map((r) => r.status)), new Set([201]));
    assert.equal(new Set(replies.map((r) => JSON.stringify(r.body))).size, 1);
    const list = await sb.call('GET', `/v1/learners/${id}/enrollments`);
    assert.equal(list.body.data.length, 1);
    // Without a key, concurrent duplicates still make one enrollment (201 once, 200 after).
    const other = { learnerId: id, courseId: courses[2]!.id };
    const plain = await Promise.all(Array.from({ length: 20 }, () => sb.call('POST', '/v1/enrollments', { token, body: other })));
    assert.equal(plain.filter((r) => r.status === 201).length, 1);
    assert.equal(plain.filter((r) => r.status === 200).length, 19);
  });

  test('same key, different body → 422; keys are scoped to the organisation', async () => {
    const a = await newLearner();
    const key = { 'idempotency-key': 'reused-key' };
    const first = await sb.call('POST', '/v1/enrollments', { token: a.token, body: { learnerId: 'me', courseId: courses[0]!.id }, headers: key });
    assert.equal(first.status, 201);
    const reused = await sb.call('POST', '/v1/enrollments', { token: a.token, body: { learnerId: 'me', courseId: courses[3]!.id }, headers: key });
    assert.ok(isProblem(reused, 422, 'idempotency_key_reused'));
    const replay = await sb.call('POST', '/v1/enrollments', { token: a.token, body: { courseId: courses[0]!.id, learnerId: 'me' }, headers: key });
    assert.equal(replay.status, 201, 'key order does not change the body');
    assert.deepEqual(replay.body, first.body);
    const b = await newLearner(OTHER_KEY);
    const otherOrg = await sb.call('POST', '/v1/enrollments', { token: b.token, body: { learnerId: 'me', courseId: courses[3]!.id }, headers: key });
    assert.equal(otherOrg.status, 201);
    const bad = await sb.call('POST', '/v1/enrollments', { token: a.token, body: { learnerId: 'me', courseId: courses[0]!.id }, headers: { 'idempotency-key': 'x'.repeat(300) } });
    assert.ok(isProblem(bad, 400, 'invalid_request'));
  });
});

describe('progress events', () => {
  test('never goes backwards, whatever the order or repetition; idempotent by event id', async () => {
    const { id, token } = await newLearner();
    const course = courses.find((c) => c.lessons.length >= 4)!;
    const [l0, l1, l2, l3] = course.lessons.map((l) => l.id);
    const first = await sb.call('POST', '/v1/progress-events', { token, body: { events: [event('p-3', course.id, l3!), event('p-1', course.id, l1!)] } });
    assert.equal(first.status, 200);
    assert.ok(ProgressBatchResult.safeParse(first.body).success);
    assert.equal(first.body.accepted, 2);
    assert.equal(first.body.duplicates, 0);
    assert.equal(first.body.progress[0].completedLessons, 2);
    assert.equal(first.body.progress[0].status, 'in_progress');
    // The same batch again: nothing changes.
    const again = await sb.call('POST', '/v1/progress-events', { token, body: { events: [event('p-3', course.id, l3!), event('p-1', course.id, l1!)] } });
    assert.deepEqual([again.body.accepted, again.body.duplicates], [0, 2]);
    assert.equal(again.body.progress[0].completedLessons, 2);
    // A new event id for a lesson already completed: accepted, but progress stays.
    const repeat = await sb.call('POST', '/v1/progress-events', { token, body: { events: [event('p-1b', course.id, l1!), event('p-0', course.id, l0!), event('p-0', course.id, l0!)] } });
    assert.deepEqual([repeat.body.accepted, repeat.body.duplicates], [2, 1]);
    assert.equal(repeat.body.progress[0].completedLessons, 3);
    const list = await sb.call('GET', `/v1/learners/${id}/progress`, { token });
    assert.equal(list.body.data[0].completedLessons, 3);
    assert.equal(list.body.data[0].totalLessons, course.lessons.length);
    assert.equal(list.body.data[0].percent, Math.round((300) / course.lessons.length));
    void l2;
    // Enrolled by the event.
    const enrollments = await sb.call('GET', `/v1/learners/${id}/enrollments`, { token });
    assert.deepEqual(enrollments.body.data.map((e: { courseId: string }) => e.courseId), [course.id]);
  });

  test('a batch is validated as a whole: one bad event rejects it, with its path', async () => {
    const { id, token } = await newLearner();
    const course = courses[0]!;
    const res = await sb.call('POST', '/v1/progress-events', {
      token, body: { events: [event('v-1', course.id, course.lessons[0]!.id), event('v-2', course.id, 'les_not_in_course')] },
    });
    assert.ok(isProblem(res, 400, 'invalid_request'));
    assert.deepEqual(res.body.errors.map((e: { path: string }) => e.path), ['/events/1/lessonId']);
    const progress = await sb.call('GET', `/v1/learners/${id}/progress`, { token });
    assert.deepEqual(progress.body.data, [], 'nothing applied');

    const schema = await sb.call('POST', '/v1/progress-events', {
      token, body: { events: [event('v-3', course.id, course.lessons[0]!.id), { ...event('v-4', course.id, 'x'), verb: 'started', occurredAt: 'yesterday' }] },
    });
    assert.deepEqual(schema.body.errors.map((e: { path: string }) => e.path).sort(), ['/events/1/occurredAt', '/events/1/verb']);
    const empty = await sb.call('POST', '/v1/progress-events', { token, body: { events: [] } });
    assert.equal(empty.body.errors[0].path, '/events');
    const tooMany = await sb.call('POST', '/v1/progress-events', { token, body: { events: Array.from({ length: 501 }, (_, i) => event(`m-${i}`, course.id, course.lessons[0]!.id)) } });
    assert.equal(tooMany.body.errors[0].path, '/events');
    const otherLearner = await sb.call('POST', '/v1/progress-events', { token, body: { events: [event('v-5', course.id, course.lessons[0]!.id, AMARA)] } });
    assert.deepEqual(otherLearner.body.errors.map((e: { path: string }) => e.path), ['/events/0/learnerId']);
    const otherOrg = await sb.call('POST', '/v1/progress-events', { token: OTHER_KEY, body: { events: [event('v-6', course.id, course.lessons[0]!.id, id)] } });
    assert.deepEqual(otherOrg.body.errors.map((e: { path: string }) => e.path), ['/events/0/learnerId']);
    const unknownCourse = await sb.call('POST', '/v1/progress-events', { token, body: { events: [event('v-7', 'crs_nope', 'les_x')] } });
    assert.deepEqual(unknownCourse.body.errors.map((e: { path: string }) => e.path), ['/events/0/courseId']);
  });

  test('a secret key records events for any learner of its organisation', async () => {
    const { id } = await newLearner();
    const course = courses[0]!;
    const res = await sb.call('POST', '/v1/progress-events', { body: { events: [event('k-1', course.id, course.lessons[0]!.id, id)] } });
    assert.equal(res.status, 200);
    assert.equal(res.body.progress[0].learnerId, id);
  });
});

describe('credentials', () => {
  test('completing a certification issues its credential once; revocation shows in the status list', async () => {
    const { id, token } = await newLearner();
    const cert = certifications.find((c) => c.courseIds.length >= 2)!;
    const events = cert.courseIds.flatMap((courseId) =>
      courses.find((c) => c.id === courseId)!.lessons.map((l) => event(`c-${courseId}-${l.id}`, courseId, l.id)));
    // Last lesson first, in two concurrent halves, then everything again.
    const reversed = [...events].reverse();
    const half = Math.ceil(reversed.length / 2);
    const replies = await Promise.all([
      sb.call('POST', '/v1/progress-events', { token, body: { events: reversed.slice(0, half) } }),
      sb.call('POST', '/v1/progress-events', { token, body: { events: reversed.slice(half) } }),
    ]);
    assert.deepEqual(replies.map((r) => r.status), [200, 200]);
    const repeat = await sb.call('POST', '/v1/progress-events', { token, body: { events } });
    assert.equal(repeat.body.duplicates, events.length);
    assert.ok(repeat.body.progress.every((p: { status: string; percent: number }) => p.status === 'completed' && p.percent === 100));

    const list = await sb.call('GET', '/v1/learners/me/credentials', { token });
    assert.ok(page(CredentialRecord).safeParse(list.body).success);
    const mine = list.body.data.filter((c: { certificationId: string }) => c.certificationId === cert.id);
    assert.equal(mine.length, 1, 'issued exactly once');
    const record = mine[0];
    assert.equal(record.status, 'active');
    assert.equal(record.learnerId, id);
    assert.equal(record.url, `${sb.url}/v1/credentials/${record.id}`);

    const doc = await sb.call('GET', `/v1/credentials/${record.id}`, { token: null, headers: { origin: 'https://verifier.example' } });
    assert.equal(doc.status, 200);
    assert.equal(doc.headers.get('access-control-allow-origin'), 'https://verifier.example');
    assert.ok(OpenBadgeCredential.safeParse(doc.body).success);
    assert.deepEqual(doc.body, record.credential);
    assert.ok(doc.body.type.includes('OpenBadgeCredential'));
    assert.match(doc.body.credentialSubject.id, /^urn:uuid:/);
    assert.equal(doc.body.proof.cryptosuite, 'eddsa-rdfc-2022');
    assert.ok(doc.body.credentialSubject.achievement.alignment.every((a: { targetUrl: string }) => a.targetUrl.startsWith(`${sb.url}/v1/skills/skl_`)));
    const issuer = await sb.call('GET', '/v1/issuers/org_northwind', { token: null });
    assert.equal(issuer.body.id, doc.body.issuer.id);
    assert.match(issuer.body.id, /^did:key:z6Mk/);
    assert.ok(!JSON.stringify(issuer.body).includes('secretKey'));
    assert.equal(doc.body.proof.verificationMethod.split('#')[0], issuer.body.id);

    const statusUrl = doc.body.credentialStatus.statusListCredential as string;
    const index = Number(doc.body.credentialStatus.statusListIndex);
    assert.match(doc.body.credentialStatus.statusListIndex, /^\d+$/);
    const before = await fetch(statusUrl).then((r) => r.json() as Promise<{ credentialSubject: { encodedList: string } }>);
    assert.ok(StatusListCredential.safeParse(before).success);
    assert.equal(statusBit(before.credentialSubject.encodedList, index), false);

    assert.ok(isProblem(await sb.call('POST', `/v1/credentials/${record.id}/revoke`, { token }), 403, 'forbidden'));
    assert.ok(isProblem(await sb.call('POST', `/v1/credentials/${record.id}/revoke`, { token: OTHER_KEY }), 404, 'not_found'));
    const revoked = await sb.call('POST', `/v1/credentials/${record.id}/revoke`);
    assert.equal(revoked.status, 200);
    assert.ok(CredentialRecord.safeParse(revoked.body).success);
    assert.equal(revoked.body.status, 'revoked');
    assert.equal((await sb.call('POST', `/v1/credentials/${record.id}/revoke`)).body.status, 'revoked', 'idempotent');
    const afterList = await fetch(statusUrl).then((r) => r.json() as Promise<{ credentialSubject: { encodedList: string } }>);
    assert.equal(statusBit(afterList.credentialSubject.encodedList, index), true);
    const listed = await sb.call('GET', '/v1/learners/me/credentials', { token });
    assert.equal(listed.body.data.find((c: { id: string }) => c.id === record.id).status, 'revoked');
  });

  test('the seeded personas show every badge state', async () => {
    const amara = await sb.call('GET', `/v1/learners/${AMARA}/credentials`);
    const states = new Set(amara.body.data.map((c: { status: string }) => c.status));
    assert.ok(states.has('active') && states.has('expired'));
    const lucie = await sb.call('GET', '/v1/learners/lrn_demo_lucie/credentials');
    assert.ok(lucie.body.data.some((c: { status: string }) => c.status === 'revoked'));
    const revoked = lucie.body.data.find((c: { status: string }) => c.status === 'revoked');
    const list = await fetch(revoked.credential.credentialStatus.statusListCredential).then((r) => r.json() as Promise<{ credentialSubject: { encodedList: string } }>);
    assert.equal(statusBit(list.credentialSubject.encodedList, Number(revoked.credential.credentialStatus.statusListIndex)), true);
  });

  test('issued credentials verify offline, and the revoked one shows revoked', async () => {
    const { verifyCredential } = await import('@upskill/sdk/verify');
    const amara = (await sb.call('GET', `/v1/learners/${AMARA}/credentials`)).body.data;
    const active = amara.find((c: { status: string }) => c.status === 'active');
    const expired = amara.find((c: { status: string }) => c.status === 'expired');
    const good = await verifyCredential(active.credential);
    assert.equal(good.verified, true, JSON.stringify(good.errors));
    assert.deepEqual(good.checks, { proof: 'ok', expiry: 'ok', revocation: 'ok', issuer: 'ok' });
    const old = await verifyCredential(expired.credential);
    assert.equal(old.checks.proof, 'ok');
    assert.equal(old.checks.expiry, 'failed');
    const revoked = (await sb.call('GET', '/v1/learners/lrn_demo_lucie/credentials')).body.data.find((c: { status: string }) => c.status === 'revoked');
    const bad = await verifyCredential(revoked.credential);
    assert.equal(bad.checks.proof, 'ok');
    assert.equal(bad.checks.revocation, 'failed');
    const tampered = structuredClone(active.credential);
    tampered.credentialSubject.achievement.name = 'Something else';
    assert.equal((await verifyCredential(tampered)).checks.proof, 'failed');
  });

  test('unknown credential, issuer or status list is 404', async () => {
    assert.ok(isProblem(await sb.call('GET', '/v1/credentials/cred_nope', { token: null }), 404, 'not_found'));
    assert.ok(isProblem(await sb.call('GET', '/v1/issuers/org_nope', { token: null }), 404, 'not_found'));
    assert.ok(isProblem(await sb.call('GET', '/v1/status-lists/org_nope', { token: null }), 404, 'not_found'));
  });
});
