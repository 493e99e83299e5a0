import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { after, before, describe, test } from 'node:test';
import { Learner, Session } from '@upskill/sdk/schemas';
import { AMARA, DEMO_KEY, LUCIE, MATEO, OTHER_KEY, isProblem, startTestSandbox, type Reply, type TestSandbox } from './helpers.js';

let sb: TestSandbox;
before(async () => {
  sb = await startTestSandbox();
});
after(() => sb.close());

/** Every learner-scoped read, for one learner id. */
const learnerReads = (id: string) => [
  `/v1/learners/${id}`, `/v1/learners/${id}/enrollments`, `/v1/learners/${id}/progress`,
  `/v1/learners/${id}/credentials`, `/v1/learners/${id}/job-matches`,
];

describe('tokens', () => {
  for (const [name, header] of [
    ['missing', undefined], ['not Bearer', 'Basic abc'], ['empty Bearer', 'Bearer '], ['unknown key', 'Bearer sk_test_nope'],
    ['garbage', 'Bearer 12345'], ['forged session', 'Bearer ust_eyJvIjoib3JnX25vcnRod2luZCJ9.AAAA'],
  ] as const) {
    test(`${name} → 401 unauthenticated`, async () => {
      const res = await sb.call('GET', '/v1/courses', { token: null, headers: header ? { authorization: header } : {} });
      assert.ok(isProblem(res, 401, 'unauthenticated'), JSON.stringify(res.body));
      assert.ok(!JSON.stringify(res.body).includes('sk_test_nope'), 'the token never appears in an error');
    });
  }

  test('sessions: minted by a secret key, default 15 min, at most 1 h', async () => {
    const res = await sb.call('POST', '/v1/sessions', { body: { learnerId: AMARA } });
    assert.equal(res.status, 201);
    assert.ok(Session.safeParse(res.body).success);
    assert.equal(res.body.learnerId, AMARA);
    const ttl = Date.parse(res.body.expiresAt) - Date.now();
    assert.ok(ttl > 890_000 && ttl <= 900_000, String(ttl));
    const long = await sb.call('POST', '/v1/sessions', { body: { learnerId: AMARA, ttlSeconds: 3601 } });
    assert.ok(isProblem(long, 400, 'invalid_request'));
    assert.equal(long.body.errors[0].path, '/ttlSeconds');
    const other = await sb.call('POST', '/v1/sessions', { token: OTHER_KEY, body: { learnerId: AMARA } });
    assert.ok(isProblem(other, 404, 'not_found'), 'another organisation cannot mint a session for our learner');
    const bySession = await sb.call('POST', '/v1/sessions', { token: res.body.token, body: { learnerId: AMARA } });
    assert.ok(isProblem(bySession, 403, 'forbidden'));
  });

  test('a tampered or expired session token is refused', async () => {
    const token = await sb.session(AMARA);
    const [payload, sig] = token.slice(4).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const tampered = 'ust_' + Buffer.from(JSON.stringify({ ...claims, l: LUCIE })).toString('base64url') + '.' + sig;
    assert.ok(isProblem(await sb.call('GET', '/v1/learners/me', { token: tampered }), 401, 'unauthenticated'));
    const expired = await sb.call('POST', '/v1/sessions', { body: { learnerId: AMARA, ttlSeconds: 1 } });
    await new Promise((r) => setTimeout(r, 1100));
    assert.ok(isProblem(await sb.call('GET', '/v1/learners/me', { token: expired.body.token }), 401, 'unauthenticated'));
  });
});

describe('isolation', () => {
  test("a learner's session reads only their own data; `me` is the session's learner", async () => {
    const token = await sb.session(AMARA);
    const me = await sb.call('GET', '/v1/learners/me', { token });
    assert.equal(me.status, 200);
    assert.ok(Learner.safeParse(me.body).success);
    assert.equal(me.body.id, AMARA);
    assert.equal((await sb.call('GET', `/v1/learners/${AMARA}/progress`, { token })).status, 200);
    let leaks = 0;
    for (const other of [LUCIE, MATEO]) {
      for (const path of learnerReads(other)) {
        const res = await sb.call('GET', path, { token });
        if (res.status !== 404) leaks++;
        assert.ok(isProblem(res, 404, 'not_found'), path);
      }
      const writes = [
        await sb.call('PATCH', `/v1/learners/${other}`, { token, body: { locale: 'fr' } }),
        await sb.call('PUT', `/v1/learners/${other}/consent`, { token, body: { shareWithEmployers: true } }),
        await sb.call('POST', '/v1/enrollments', { token, body: { learnerId: other, courseId: 'crs_ai_at_work' } }),
      ];
      for (const w of writes) if (w.status !== 404) leaks++;
    }
    assert.equal(leaks, 0);
    assert.ok(isProblem(await sb.call('GET', '/v1/learners', { token }), 403, 'forbidden'));
    assert.ok(isProblem(await sb.call('POST', '/v1/learners', { token, body: { externalId: 'x', name: 'X' } }), 403, 'forbidden'));
  });

  test('one organisation never reads or changes another organisation’s learners', async () => {
    const demo = await sb.call('GET', '/v1/learners?limit=100', { token: DEMO_KEY });
    const other = await sb.call('GET', '/v1/learners?limit=100', { token: OTHER_KEY });
    assert.ok(demo.body.data.length >= 3 && other.body.data.length >= 1);
    const demoIds = new Set(demo.body.data.map((l: { id: string }) => l.id));
    assert.ok(other.body.data.every((l: { id: string }) => !demoIds.has(l.id)));
    let leaks = 0;
    for (const learner of demo.body.data.slice(0, 10)) {
      for (const path of learnerReads(learner.id)) {
        const res = await sb.call('GET', path, { token: OTHER_KEY });
        if (res.status !== 404) leaks++;
      }
      const del = await sb.call('DELETE', `/v1/learners/${learner.id}`, { token: OTHER_KEY });
      if (del.status !== 404) leaks++;
    }
    const byExternal = await sb.call('GET', `/v1/learners?externalId=${demo.body.data[0].externalId}`, { token: OTHER_KEY });
    leaks += byExternal.body.data.length;
    assert.equal(leaks, 0);
  });

  test('the same externalId in two organisations makes two learners', async () => {
    const a = await sb.call('POST', '/v1/learners', { token: DEMO_KEY, body: { externalId: 'shared-ext', name: 'A' } });
    const b = await sb.call('POST', '/v1/learners', { token: OTHER_KEY, body: { externalId: 'shared-ext', name: 'B' } });
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.notEqual(a.body.id, b.body.id);
  });

  test('`me` with a secret key is a 400 that says why', async () => {
    const res = await sb.call('GET', '/v1/learners/me');
    assert.ok(isProblem(res, 400, 'invalid_request'));
    assert.match(res.body.detail, /session/);
  });
});

describe('learners', () => {
  test('provision: 201 new, 200 for the same externalId; validation paths', async () => {
    const body = { externalId: 'hr-42', name: 'Kim Doe', email: 'kim@example.com', locale: 'es' };
    const created = await sb.call('POST', '/v1/learners', { body });
    assert.equal(created.status, 201);
    assert.ok(Learner.safeParse(created.body).success);
    assert.match(created.body.id, /^lrn_/);
    assert.deepEqual(created.body.consent, { shareWithEmployers: false, updatedAt: null });
    const again = await sb.call('POST', '/v1/learners', { body: { ...body, name: 'Other name' } });
    assert.equal(again.status, 200);
    assert.equal(again.body.id, created.body.id);
    const bad = await sb.call('POST', '/v1/learners', { body: { externalId: '', name: 'x', email: 'nope', extra: 1 } });
    assert.ok(isProblem(bad, 400, 'invalid_request'));
    const paths = bad.body.errors.map((e: { path: string }) => e.path).sort();
    assert.deepEqual(paths, ['/email', '/externalId', '/extra']);
    const found = await sb.call('GET', '/v1/learners?externalId=hr-42');
    assert.deepEqual(found.body.data.map((l: { id: string }) => l.id), [created.body.id]);
  });

  test('learners list walks every page once', async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Reply = await sb.call('GET', `/v1/learners?limit=9${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(res.status, 200);
      ids.push(...res.body.data.map((l: { id: string }) => l.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.includes(AMARA) && ids.length >= 43);
  });

  test('PATCH: self-declared skills (evidence self) and locale, by the session or the key', async () => {
    const created = await sb.call('POST', '/v1/learners', { body: { externalId: 'patch-1', name: 'Pat' } });
    const skills = (await sb.call('GET', '/v1/skills?limit=2', { token: null })).body.data;
    const token = await sb.session(created.body.id);
    const res = await sb.call('PATCH', '/v1/learners/me', {
      token, body: { skills: [{ id: skills[0].id, level: 3 }, { id: skills[1].id, level: 1 }], locale: 'fr' },
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.locale, 'fr');
    assert.deepEqual(res.body.skills.map((s: { id: string; level: number; evidence: unknown }) => [s.id, s.level, s.evidence]),
      [[skills[0].id, 3, { type: 'self' }], [skills[1].id, 1, { type: 'self' }]]);
    const replaced = await sb.call('PATCH', `/v1/learners/${created.body.id}`, { body: { skills: [] } });
    assert.deepEqual(replaced.body.skills, []);
    const bad = await sb.call('PATCH', '/v1/learners/me', { token, body: { skills: [{ id: 'skl_nope', level: 2 }, { id: skills[0].id, level: 9 }] } });
    assert.ok(isProblem(bad, 400, 'invalid_request'));
    assert.deepEqual(bad.body.errors.map((e: { path: string }) => e.path), ['/skills/1/level']);
    const unknown = await sb.call('PATCH', '/v1/learners/me', { token, body: { skills: [{ id: 'skl_nope', level: 2 }] } });
    assert.deepEqual(unknown.body.errors.map((e: { path: string }) => e.path), ['/skills/0/id']);
  });

  test('consent: only by the learner, through their own session', async () => {
    const token = await sb.session(LUCIE);
    const byKey = await sb.call('PUT', `/v1/learners/${LUCIE}/consent`, { body: { shareWithEmployers: true } });
    assert.ok(isProblem(byKey, 403, 'forbidden'));
    const bySelf = await sb.call('PUT', '/v1/learners/me/consent', { token, body: { shareWithEmployers: true } });
    assert.equal(bySelf.status, 200);
    assert.equal(bySelf.body.shareWithEmployers, true);
    assert.ok(Date.parse(bySelf.body.updatedAt) > 0);
    const profile = await sb.call('GET', `/v1/learners/${LUCIE}`);
    assert.deepEqual(profile.body.consent, bySelf.body);
    const bad = await sb.call('PUT', '/v1/learners/me/consent', { token, body: { shareWithEmployers: 'yes' } });
    assert.equal(bad.body.errors[0].path, '/shareWithEmployers');
  });

  test('erasure: data gone, sessions die, credentials stay valid and public', async () => {
    const created = await sb.call('POST', '/v1/learners', { body: { externalId: 'erase-me', name: 'Eve' } });
    const id = created.body.id;
    const token = await sb.session(id);
    const courses = (await sb.call('GET', '/v1/courses?limit=100')).body.data;
    await sb.call('POST', '/v1/enrollments', { token, body: { learnerId: 'me', courseId: courses[0].id } });
    // Complete a whole certification to hold a credential.
    const cert = (await sb.call('GET', '/v1/certifications?limit=100')).body.data[0];
    const events = cert.courseIds.flatMap((courseId: string) => {
      const course = courses.find((c: { id: string }) => c.id === courseId);
      return course.lessons.map((l: { id: string }) => ({ id: `erase-${courseId}-${l.id}`, learnerId: 'me', courseId, lessonId: l.id, verb: 'completed', occurredAt: new Date().toISOString() }));
    });
    const progress = await sb.call('POST', '/v1/progress-events', { token, body: { events } });
    assert.equal(progress.status, 200);
    const creds = await sb.call('GET', `/v1/learners/${id}/credentials`, { token });
    assert.equal(creds.body.data.length, 1);
    const credentialId = creds.body.data[0].id;

    assert.ok(isProblem(await sb.call('DELETE', `/v1/learners/${id}`, { token }), 403, 'forbidden'));
    const del = await sb.call('DELETE', `/v1/learners/${id}`);
    assert.equal(del.status, 204);
    assert.ok(isProblem(await sb.call('GET', `/v1/learners/${id}`), 404, 'not_found'));
    assert.ok(isProblem(await sb.call('GET', '/v1/learners/me', { token }), 401, 'unauthenticated'));
    assert.ok(isProblem(await sb.call('DELETE', `/v1/learners/${id}`), 404, 'not_found'));
    const again = await sb.call('POST', '/v1/learners', { body: { externalId: 'erase-me', name: 'Eve' } });
    assert.equal(again.status, 201, 'the externalId is free again');
    assert.notEqual(again.body.id, id);
    const againToken = await sb.session(again.body.id);
    assert.deepEqual((await sb.call('GET', '/v1/learners/me/enrollments', { token: againToken })).body.data, []);
    const publicCred = await sb.call('GET', `/v1/credentials/${credentialId}`, { token: null });
    assert.equal(publicCred.status, 200);
    assert.equal(publicCred.body.id, `${sb.url}/v1/credentials/${credentialId}`);
  });
});

describe('demo sessions', () => {
  test('loopback clients get a session for a demo learner', async () => {
    const res = await sb.call('GET', `/demo/session?learner=${MATEO}`, { token: null });
    assert.equal(res.status, 200);
    assert.equal(res.body.learnerId, MATEO);
    const me = await sb.call('GET', '/v1/learners/me', { token: res.body.token });
    assert.equal(me.body.id, MATEO);
    assert.ok(isProblem(await sb.call('GET', '/demo/session', { token: null }), 400, 'invalid_request'));
    const otherOrg = (await sb.call('GET', '/v1/learners?limit=1', { token: OTHER_KEY })).body.data[0].id;
    assert.ok(isProblem(await sb.call('GET', `/demo/session?learner=${otherOrg}`, { token: null }), 404, 'not_found'));
  });

  test('a non-loopback client is refused', async (t) => {
    const external = Object.values(networkInterfaces()).flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    if (!external) return t.skip('no non-loopback interface on this machine');
    const port = new URL(sb.url).port;
    const res = await fetch(`http://${external}:${port}/demo/session?learner=${MATEO}`);
    assert.equal(res.status, 403);
    assert.equal((await res.json() as { code: string }).code, 'forbidden');
  });
});
