import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { createClient, UpskillError } from '../src/index.js';
import { connectionReset, course, json, noDelay, problem, scriptedFetch } from './support.js';

const SECRET = 'sk_test_very_secret_key_0123456789';
const SESSION = 'ses_very_secret_session_token_42';

function assertNoSecret(error: unknown, secret: string) {
  assert.ok(error instanceof UpskillError, String(error));
  for (const text of [JSON.stringify(error), String(error), error.stack ?? '', inspect(error, { depth: 10, showHidden: true })]) {
    assert.ok(!text.includes(secret), `the error exposes the token: ${text.slice(0, 200)}`);
  }
}

test('no error holds the token: HTTP errors, validation, network, timeout, 401', async () => {
  const failures: Response[] = [
    problem(404, 'not_found'), problem(400, 'invalid_request', { errors: [{ path: '/x', message: 'bad' }] }),
    problem(401, 'unauthenticated'), problem(503, 'unavailable'), json({ ...course, durationMinutes: 'x' }),
    new Response('not json', { status: 200 }),
  ];
  for (const token of [SECRET, SESSION]) {
    for (const failure of failures) {
      const upskill = createClient({ baseUrl: 'http://localhost:4010', getToken: () => token, fetch: scriptedFetch([failure]).fetch, retry: 0 });
      assertNoSecret(await upskill.courses.get('crs_1').catch((e: unknown) => e), token);
    }
    const reset = createClient({ baseUrl: 'http://localhost:4010', token, fetch: scriptedFetch([() => connectionReset()]).fetch, retry: noDelay });
    assertNoSecret(await reset.enrollments.create({ learnerId: 'me', courseId: 'crs_1' }).catch((e: unknown) => e), token);
    const hanging = scriptedFetch([(request) => new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason as Error)))]);
    const slow = createClient({ baseUrl: 'http://localhost:4010', token, fetch: hanging.fetch, timeout: 5, retry: 0 });
    assertNoSecret(await slow.courses.list().catch((e: unknown) => e), token);
  }
});

// Simulates a browser in this test file's own process (node --test runs each file separately).
const globals = globalThis as { window?: unknown; document?: unknown };
after(() => {
  delete globals.window;
  delete globals.document;
});

test('in a browser, a secret key is refused, with advice and without the key', async () => {
  globals.window = {};
  globals.document = {};
  const error = (() => {
    try {
      createClient({ baseUrl: 'http://localhost:4010', token: SECRET });
    } catch (e) {
      return e;
    }
  })();
  assertNoSecret(error, SECRET);
  assert.match((error as Error).message, /session token on your server \(POST \/v1\/sessions\)/);

  // A secret key from getToken is refused at request time, before anything is sent.
  const { fetch, calls } = scriptedFetch([json(course)]);
  const fromGetToken = createClient({ baseUrl: 'http://localhost:4010', getToken: async () => SECRET, fetch, retry: noDelay });
  assertNoSecret(await fromGetToken.courses.get('crs_1').catch((e: unknown) => e), SECRET);
  assert.equal(calls.length, 0);

  // A session token is fine; so is a secret key with dangerouslyAllowBrowser.
  const session = createClient({ baseUrl: 'http://localhost:4010', token: SESSION, fetch });
  assert.equal((await session.courses.get('crs_1')).id, course.id);
  const allowed = createClient({ baseUrl: 'http://localhost:4010', token: SECRET, fetch, dangerouslyAllowBrowser: true });
  assert.equal((await allowed.courses.get('crs_1')).id, course.id);
});
