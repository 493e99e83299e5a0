// A loopback proxy that drops the connection after the sandbox applied a write: the SDK's retry
// must carry the same Idempotency-Key, so the write exists once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '@upskill/sdk';
import { startSandboxProcess, type SandboxProcess } from '../support/sandbox.js';

const SECRET = 'sk_test_upskill_demo';
let sandbox: SandboxProcess;
let proxy: Server;
let proxyUrl: string;
/** Requests the proxy forwarded, and how many it should answer by resetting the connection. */
const seen: { method: string; path: string; idempotencyKey: string | undefined; upstreamStatus: number; upstreamBody: string }[] = [];
let resetsLeft = 0;

before(async () => {
  sandbox = await startSandboxProcess({ seedJobs: 50 });
  const upstream = new URL(sandbox.url);
  proxy = createServer((req, res) => {
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          seen.push({
            method: req.method!, path: req.url!, idempotencyKey: req.headers['idempotency-key'] as string | undefined,
            upstreamStatus: answer.statusCode!, upstreamBody: body.toString(),
          });
          if (req.method === 'POST' && req.url === '/v1/enrollments' && resetsLeft > 0) {
            resetsLeft--;
            // The sandbox has applied the write; the client never hears about it.
            req.socket.resetAndDestroy();
            return;
          }
          res.writeHead(answer.statusCode!, answer.headers);
          res.end(body);
        });
      },
    );
    req.pipe(forward);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise((done) => proxy?.close(done));
  proxy?.closeAllConnections();
  await sandbox?.stop();
});

test('a reset after the sandbox applied POST /v1/enrollments: retried with the same key, one enrollment', async () => {
  const direct = createClient({ baseUrl: sandbox.url, token: SECRET });
  const learner = await direct.learners.create({ externalId: `it-reset-${Date.now()}`, name: 'Reset Example' });
  const throughProxy = createClient({ baseUrl: proxyUrl, token: SECRET, retry: { limit: 2, delay: () => 10 } });
  resetsLeft = 1;

  const enrollment = await throughProxy.enrollments.create({ learnerId: learner.id, courseId: 'crs_ai_at_work' });

  const posts = seen.filter((s) => s.method === 'POST' && s.path === '/v1/enrollments');
  assert.equal(posts.length, 2, 'the first attempt reached the sandbox, then the SDK retried');
  assert.ok(posts[0]!.idempotencyKey);
  assert.equal(posts[1]!.idempotencyKey, posts[0]!.idempotencyKey);
  assert.equal(posts[0]!.upstreamStatus, 201, 'the first attempt was applied');
  assert.equal(enrollment.id, (JSON.parse(posts[0]!.upstreamBody) as { id: string }).id, 'the retry answers the applied write');

  const enrollments = [];
  for await (const e of direct.learners.enrollments(learner.id)) enrollments.push(e);
  assert.deepEqual(enrollments.map((e) => e.id), [enrollment.id]);
});

test('progress events whose answer was lost are not counted twice', async () => {
  const direct = createClient({ baseUrl: sandbox.url, token: SECRET });
  const learner = await direct.learners.create({ externalId: `it-lost-${Date.now()}`, name: 'Lost Answer' });
  const course = await direct.courses.get('crs_ai_at_work');
  // No retries: the flush fails and the events stay queued, although the sandbox has them.
  const flaky = createClient({
    baseUrl: sandbox.url, token: SECRET, retry: 0,
    fetch: async (input, init) => {
      await fetch(input, init);
      throw new TypeError('fetch failed');
    },
  });
  const events = course.lessons.slice(0, 3).map((l) => ({ learnerId: learner.id, courseId: course.id, lessonId: l.id }));
  await assert.rejects(flaky.progress.record(events), /no HTTP answer/);
  const pending = await flaky.progress.pending();
  assert.equal(pending.length, 3);

  const online = createClient({ baseUrl: sandbox.url, token: SECRET });
  const resent = await online.progress.record(pending);
  assert.equal(resent.accepted, 0);
  assert.equal(resent.duplicates, 3, 'the sandbox already had every event');
  const page = await direct.learners.progress(learner.id);
  assert.equal(page.data.find((p) => p.courseId === course.id)?.completedLessons, 3);
});
