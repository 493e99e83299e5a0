import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from '../src/index.js';
import { endpoints } from '../src/schemas/endpoints.js';
import { problem, scriptedFetch } from './support.js';

test('every SDK method calls an operation of the contract, and every operation has a method', async () => {
  const { fetch, calls } = scriptedFetch([problem(500, 'internal_error')]);
  const u = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch, retry: 0 });
  const id = 'ID';
  const body = {} as never;
  const attempts: Promise<unknown>[] = [
    u.courses.list(), u.courses.get(id), u.skills.list(), u.skills.get(id), u.certifications.list(), u.certifications.get(id),
    u.learners.create(body), u.learners.list(), u.learners.get(id), u.learners.update(id, body), u.learners.delete(id),
    u.learners.setConsent(id, body), u.learners.enrollments(id), u.learners.progress(id), u.learners.credentials(id),
    u.learners.jobMatches(id), u.enrollments.create(body), u.progress.flush(), u.credentials.get(id), u.credentials.revoke(id),
    u.issuers.get(id), u.jobs.list(), u.jobs.get(id), u.sessions.create(body),
  ];
  await u.progress.record({ learnerId: 'me', courseId: 'crs_1', lessonId: 'les_1' }).catch(() => undefined);
  await Promise.allSettled(attempts.map((a) => Promise.resolve(a)));
  const called = new Set(calls.map((c) => `${c.method} ${new URL(c.url).pathname.replace('/v1', '').replace('/ID', '/{id}')}`));
  const contract = new Set(endpoints.map((e) => `${e.method.toUpperCase()} ${e.path}`));
  // Status lists are read by `@upskill/sdk/verify`, not by the client.
  contract.delete('GET /status-lists/{id}');
  assert.deepEqual([...called].sort(), [...contract].sort());
});
