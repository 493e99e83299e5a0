// The rate limit itself (the fuzz runs with it off): past the limit a token gets 429
// problem+json with Retry-After; other tokens and other clients are not affected.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { RateLimitError, createClient } from '@upskill/sdk';
import { DEMO_KEY, OTHER_KEY, leaksIn, problemIssues, startSandboxProcess, type SandboxProcess } from './support.js';

const LIMIT = 20;
let sandbox: SandboxProcess;
const counts = { requests: 0, limited: 0 };

before(async () => {
  sandbox = await startSandboxProcess({ seedJobs: 20, rateLimit: LIMIT });
});
after(async () => {
  await sandbox?.stop();
});

async function get(path: string, token?: string) {
  const res = await fetch(`${sandbox.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  counts.requests++;
  return { status: res.status, headers: res.headers, body: await res.text() };
}

test(`past ${LIMIT} requests a minute a token gets 429 problem+json with Retry-After; another token does not`, async () => {
  // Windows are fixed minutes: if one ends during the burst, the count restarts, so send enough
  // for two windows and look at where the first 429 falls.
  const answers = [];
  for (let i = 0; i < 2 * LIMIT + 2; i++) answers.push(await get('/v1/courses?limit=1', DEMO_KEY));
  const first429 = answers.findIndex((a) => a.status === 429);
  assert.ok(first429 >= LIMIT, `the first 429 came after ${first429} requests, before the limit of ${LIMIT}`);
  for (const a of answers.slice(0, LIMIT)) {
    assert.equal(a.status, 200);
    assert.equal(a.headers.get('ratelimit-limit'), String(LIMIT));
    assert.ok(a.headers.get('ratelimit-remaining') !== null && a.headers.get('ratelimit-reset') !== null);
  }
  const limited = answers[first429]!;
  counts.limited = answers.filter((a) => a.status === 429).length;
  assert.deepEqual(problemIssues(429, limited.headers.get('content-type'), limited.body, limited.headers.get('x-request-id')), []);
  assert.equal((JSON.parse(limited.body) as { code: string }).code, 'rate_limited');
  const retryAfter = Number(limited.headers.get('retry-after'));
  assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `Retry-After ${limited.headers.get('retry-after')}`);

  // Another organisation's key has its own budget.
  assert.equal((await get('/v1/courses?limit=1', OTHER_KEY)).status, 200);
  // The health check is never limited.
  assert.equal((await get('/healthz')).status, 200);
});

test('the SDK turns the 429 into a RateLimitError carrying retryAfter', async () => {
  const client = createClient({ baseUrl: sandbox.url, token: DEMO_KEY, retry: 0 });
  let error: unknown;
  try {
    // The first test used this token's budget; a new window may have begun, so spend it again.
    for (let i = 0; i <= 2 * LIMIT; i++) await client.courses.get('crs_ai_at_work');
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof RateLimitError, `expected RateLimitError, got ${String(error)}`);
  assert.equal(error.status, 429);
  assert.ok(error.retryAfter !== null && error.retryAfter >= 1);
  assert.ok(!error.message.includes(DEMO_KEY));
});

test('an unknown key is limited like any other token', async () => {
  const answers = [];
  for (let i = 0; i < 2 * LIMIT + 2; i++) answers.push(await get('/v1/courses', 'sk_test_guess'));
  assert.ok(answers.some((a) => a.status === 429), 'a flood with one bad key is throttled');
  assert.ok(answers.every((a) => a.status === 401 || a.status === 429));
  const leaks = leaksIn(sandbox);
  console.log(`rate limit: ${counts.requests} requests, ${counts.limited} limited by the first burst, ${leaks.length} leaks found`);
  assert.deepEqual(leaks, []);
});
