// Durability: progress events stream in from several clients, the sandbox is killed with SIGKILL
// mid-stream and restarted on the same database. Every event acknowledged before the kill is
// still there (sending it again is a duplicate), and no progress went backwards.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { closeAgent, send } from './http.js';
import { DEMO_KEY, leaksIn, mintSession, startSandboxProcess, waitFor, type SandboxProcess } from './support.js';

interface Event { id: string; learnerId: string; courseId: string; lessonId: string; verb: 'completed'; occurredAt: string }
interface ProgressEntry { learnerId: string; courseId: string; completedLessons: number }

const STREAMS = 6;
const ACKS_BEFORE_KILL = 300;

let first: SandboxProcess;
let second: SandboxProcess | undefined;
let courses: { id: string; lessons: string[] }[] = [];
const learners: { id: string; token: string }[] = [];
const acknowledged: Event[] = [];
/** The highest completedLessons acknowledged per learner and course. */
const ackedProgress = new Map<string, number>();
const counts = { sent: 0, acknowledged: 0, lostInFlight: 0, missingAfterRestart: 0, wentBackwards: 0 };

before(async () => {
  first = await startSandboxProcess({ seedJobs: 20 });
  const headers = { authorization: `Bearer ${DEMO_KEY}` };
  const list = await (await fetch(`${first.url}/v1/courses?limit=100`, { headers })).json() as { data: { id: string; lessons: { id: string }[] }[] };
  courses = list.data.map((c) => ({ id: c.id, lessons: c.lessons.map((l) => l.id) }));
  for (let i = 0; i < STREAMS; i++) {
    const res = await fetch(`${first.url}/v1/learners`, {
      method: 'POST', headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ externalId: `durability-${i}`, name: `Durability ${i}` }),
    });
    const { id } = await res.json() as { id: string };
    // Half the streams write with the learner's own session, half with the secret key.
    learners.push({ id, token: i % 2 ? await mintSession(first.url, DEMO_KEY, id, 3600) : DEMO_KEY });
  }
});

after(async () => {
  closeAgent();
  await first?.kill9();
  await second?.stop();
  if (first) rmSync(dirname(first.db), { recursive: true, force: true });
});

/** One client: lesson after lesson, course after course, one or a few events per request, until the sandbox dies. */
async function stream(index: number, url: string, dead: () => boolean): Promise<void> {
  const learner = learners[index]!;
  let n = 0;
  for (const course of courses.slice(index * 3)) {
    for (let at = 0; at < course.lessons.length && !dead();) {
      const size = 1 + (n % 3);
      const events: Event[] = course.lessons.slice(at, at + size).map((lessonId) => ({
        id: `dur-${index}-${n++}`, learnerId: learner.id, courseId: course.id, lessonId, verb: 'completed', occurredAt: new Date().toISOString(),
      }));
      at += events.length;
      counts.sent += events.length;
      const answer = await send(url, {
        method: 'POST', path: '/v1/progress-events',
        headers: { authorization: `Bearer ${learner.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ events }),
      }, 10_000);
      if (answer.status !== 200) {
        if (answer.error && dead()) {
          counts.lostInFlight += events.length;
          return;
        }
        throw new Error(`progress-events answered ${answer.status} ${answer.error ?? answer.body.slice(0, 200)}`);
      }
      acknowledged.push(...events);
      counts.acknowledged += events.length;
      for (const p of (JSON.parse(answer.body) as { progress: ProgressEntry[] }).progress) {
        const key = `${p.learnerId} ${p.courseId}`;
        ackedProgress.set(key, Math.max(ackedProgress.get(key) ?? 0, p.completedLessons));
      }
    }
    if (dead()) return;
  }
}

test('every event acknowledged before kill -9 is still reflected after a restart', { timeout: 90_000 }, async () => {
  let killed = false;
  const streams = learners.map((_, i) => stream(i, first.url, () => killed));
  await waitFor(() => counts.acknowledged >= ACKS_BEFORE_KILL, `${ACKS_BEFORE_KILL} acknowledged events`, 60_000);
  // SIGKILL while the other streams have requests in flight.
  killed = true;
  await first.kill9();
  await Promise.all(streams);
  assert.ok(counts.acknowledged >= ACKS_BEFORE_KILL);

  second = await startSandboxProcess({ db: first.db });
  // Every acknowledged event id is known: sending them all again only finds duplicates.
  let duplicates = 0;
  let accepted = 0;
  for (let i = 0; i < acknowledged.length; i += 500) {
    const batch = acknowledged.slice(i, i + 500);
    const answer = await send(second.url, {
      method: 'POST', path: '/v1/progress-events',
      headers: { authorization: `Bearer ${DEMO_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ events: batch }),
    });
    assert.equal(answer.status, 200, answer.body.slice(0, 300));
    const result = JSON.parse(answer.body) as { accepted: number; duplicates: number };
    duplicates += result.duplicates;
    accepted += result.accepted;
  }
  counts.missingAfterRestart = accepted;
  // Progress never went backwards: each course is at least where its last acknowledgement said.
  for (const learner of learners) {
    const page = await send(second.url, { method: 'GET', path: `/v1/learners/${learner.id}/progress?limit=100`, headers: { authorization: `Bearer ${DEMO_KEY}` } });
    assert.equal(page.status, 200);
    const entries = (JSON.parse(page.body) as { data: ProgressEntry[] }).data;
    for (const [key, completed] of ackedProgress) {
      if (!key.startsWith(`${learner.id} `)) continue;
      const now = entries.find((p) => `${p.learnerId} ${p.courseId}` === key)?.completedLessons ?? 0;
      if (now < completed) counts.wentBackwards++;
    }
  }
  // The sessions minted before the crash still work: the signing secret persisted with the database.
  const me = await send(second.url, { method: 'GET', path: '/v1/learners/me', headers: { authorization: `Bearer ${learners[1]!.token}` } });
  assert.equal(me.status, 200, 'a session minted before the crash is still valid');

  console.log(`durability: ${counts.sent} events sent, ${counts.acknowledged} acknowledged before kill -9, ${counts.lostInFlight} in flight at the kill, ${counts.missingAfterRestart} acknowledged events missing after restart, ${counts.wentBackwards} progress entries went backwards`);
  assert.equal(accepted, 0, `${accepted} acknowledged events were lost by the crash`);
  assert.equal(duplicates, acknowledged.length);
  assert.equal(counts.wentBackwards, 0);
});

test('nothing secret in the logs of either run', () => {
  const leaks = [...leaksIn(first), ...(second ? leaksIn(second) : [])];
  console.log(`durability: ${leaks.length} leaks found`);
  assert.deepEqual(leaks, []);
});
