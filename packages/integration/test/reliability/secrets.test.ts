// Secrets: session tokens, secret keys, the session HMAC secret and the issuers' signing keys
// never appear in the sandbox's logs, in any response, or in the SDK's errors. The start banner
// may name the two well-known demo keys, and nothing else.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { createClient } from '@upskill/sdk';
import { closeAgent, send } from './http.js';
import {
  AMARA, DEMO_KEY, OTHER_KEY, credentialsIn, forgeSessionToken, leaksIn, logsAfterBanner, mintSession, readSecrets,
  secretsIn, startSandboxProcess, type SandboxProcess,
} from './support.js';

let sandbox: SandboxProcess;
let session: string;
const bodies: string[] = [];
const counts = { requests: 0, leaks: 0 };

before(async () => {
  sandbox = await startSandboxProcess({ seedJobs: 20 });
  session = await mintSession(sandbox.url, DEMO_KEY, AMARA);
});

after(async () => {
  closeAgent();
  await sandbox?.stop();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const answer = await send(sandbox.url, { method: 'GET', path, headers });
  counts.requests++;
  bodies.push(answer.body);
  return answer;
}

test('the start banner names the two demo keys and no other secret', () => {
  const output = sandbox.output();
  assert.ok(output.includes(DEMO_KEY) && output.includes(OTHER_KEY), 'the banner prints the demo keys');
  assert.deepEqual(credentialsIn(output.replaceAll(DEMO_KEY, '').replaceAll(OTHER_KEY, '')), []);
  assert.deepEqual(secretsIn(output, readSecrets(sandbox.db)), []);
});

test('public documents (issuer, credentials, status lists, OpenAPI) never hold a signing key', async () => {
  const headers = { authorization: `Bearer ${DEMO_KEY}` };
  const credentials = JSON.parse((await get(`/v1/learners/${AMARA}/credentials`, headers)).body) as { data: { id: string; credential: { issuer: { id: string } } }[] };
  const credential = credentials.data[0]!;
  for (const path of [
    `/v1/credentials/${credential.id}`, `/v1/issuers/${encodeURIComponent(credential.credential.issuer.id)}`, '/v1/issuers/org_northwind',
    '/v1/status-lists/org_northwind', '/v1/status-lists/org_harbourline', '/v1/openapi.json', '/', '/healthz',
  ]) {
    const answer = await get(path);
    assert.ok(answer.status < 500, `${path}: ${answer.status}`);
  }
  assert.deepEqual(leaksIn(sandbox, bodies), []);
});

test('the database file cannot be fetched through the static routes', async () => {
  const secrets = readSecrets(sandbox.db);
  const cdn = resolve(fileURLToPath(import.meta.url), '../../../../elements/dist/cdn');
  const portal = resolve(fileURLToPath(import.meta.url), '../../../../sandbox/portal');
  for (const [prefix, root] of [['/cdn/', cdn], ['/portal/', portal]] as const) {
    const rel = relative(root, sandbox.db);
    for (const path of [
      prefix + rel.split('/').map(encodeURIComponent).join('/'),
      prefix + encodeURIComponent(rel),
      prefix + rel.replaceAll('.', '%2e').replaceAll('/', '%2f'),
      prefix + encodeURIComponent(sandbox.db),
      prefix + rel.replaceAll('/', '%5c'),
    ]) {
      const answer = await get(path);
      assert.notEqual(answer.status, 200, `${path} served a file`);
      assert.deepEqual(secretsIn(answer.body, secrets), [], `${path} answered with a secret`);
    }
  }
});

test('hostile credentials in every place a token can go are never repeated in errors or logs', async () => {
  const secrets = readSecrets(sandbox.db);
  const forged = forgeSessionToken({ o: 'org_northwind', l: AMARA, e: Math.floor(Date.now() / 1000) + 600 });
  const expired = forgeSessionToken({ o: 'org_northwind', l: AMARA, e: 1 }, secrets.sessionSecret);
  const sent = [session, forged, expired, `${session}x`, 'sk_test_not_a_real_key', `${DEMO_KEY}x`];
  const authorizations = sent.flatMap((t) => [`Bearer ${t}`, `Bearer ${t} ${t}`, `Token ${t}`, `bearer  ${t}`, t]);
  const errorBodies: string[] = [];
  for (const authorization of authorizations) {
    for (const path of ['/v1/learners/me', `/v1/learners/${AMARA}/credentials`, '/v1/learners']) {
      const answer = await get(path, { authorization });
      if (answer.status >= 400) errorBodies.push(answer.body);
    }
    const post = await send(sandbox.url, { method: 'POST', path: '/v1/enrollments', headers: { authorization, 'content-type': 'application/json' }, body: '{"learnerId":"me","courseId":"crs_ai_at_work"' });
    counts.requests++;
    bodies.push(post.body);
    if (post.status >= 400) errorBodies.push(post.body);
  }
  const repeated = sent.filter((t) => errorBodies.some((b) => b.includes(t)));
  counts.leaks += repeated.length;
  assert.deepEqual(repeated.map((t) => `${t.slice(0, 8)}…`), [], 'an error body repeats the credential sent');
  // Nothing past the banner names a key or token, even after all these failures.
  const later = logsAfterBanner(sandbox);
  for (const t of [...sent, DEMO_KEY, OTHER_KEY]) assert.ok(!later.includes(t), `the log names ${t.slice(0, 8)}…`);
});

test('SDK errors for bad, expired and forged tokens hold no token', async () => {
  const secrets = readSecrets(sandbox.db);
  const expired = forgeSessionToken({ o: 'org_northwind', l: AMARA, e: 1 }, secrets.sessionSecret);
  const rendered: string[] = [];
  for (const token of [expired, `${session}x`, `${DEMO_KEY}x`, session]) {
    const client = createClient({ baseUrl: sandbox.url, token, retry: 0 });
    for (const call of [() => client.learners.get('lrn_demo_lucie'), () => client.learners.list(), () => client.learners.delete(AMARA)]) {
      try {
        await call();
      } catch (error) {
        rendered.push(`${String(error)}\n${(error as Error).stack ?? ''}\n${inspect(error, { depth: 10, showHidden: true })}\n${JSON.stringify(error)}`);
      }
    }
    const found = rendered.filter((r) => r.includes(token) || credentialsIn(r).length > 0);
    counts.leaks += found.length;
    assert.deepEqual(found, [], `an SDK error holds the token ${token.slice(0, 8)}…`);
  }
  assert.ok(rendered.length >= 10);
});

test('nothing collected holds a secret; the summary', () => {
  const leaks = leaksIn(sandbox, bodies);
  counts.leaks += leaks.length;
  console.log(`secrets: ${counts.requests} requests, ${bodies.length} bodies and ${sandbox.output().length} log characters searched, ${counts.leaks} leaks found`);
  assert.deepEqual(leaks, []);
});
