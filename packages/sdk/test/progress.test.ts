import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, localStorageStorage, memoryStorage, NetworkError, UpskillError, type ProgressStorage } from '../src/index.js';
import { connectionReset, json, problem, scriptedFetch, type Recorded } from './support.js';

interface SentEvent { id: string; learnerId: string; courseId: string; lessonId: string; verb: string; occurredAt: string }

const sentIds = (call: Recorded) => (JSON.parse(call.body) as { events: SentEvent[] }).events.map((e) => e.id);

/** The server's answer to a batch: every event accepted. */
const accept = async (request: Request) => {
  const { events } = (await request.json()) as { events: SentEvent[] };
  return json({
    accepted: events.length, duplicates: 0,
    progress: [{ learnerId: 'lrn_1', courseId: 'crs_1', completedLessons: 1, totalLessons: 4, percent: 25, status: 'in_progress', updatedAt: '2026-01-01T00:00:00Z' }],
  });
};

const event = (lessonId: string) => ({ learnerId: 'me', courseId: 'crs_1', lessonId });

test('record: ids given at creation, sent, then removed from the queue', async () => {
  const { fetch, calls } = scriptedFetch([accept]);
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch });
  const result = await upskill.progress.record([event('les_1'), { ...event('les_2'), occurredAt: new Date('2026-02-01T10:00:00Z') }]);
  assert.equal(result.accepted, 2);
  assert.equal(result.events.length, 2);
  for (const e of result.events) assert.match(e.id, /^[0-9a-f-]{36}$/);
  assert.equal(result.events[0]!.verb, 'completed');
  assert.equal(result.events[1]!.occurredAt, '2026-02-01T10:00:00.000Z');
  assert.deepEqual(sentIds(calls[0]!), result.events.map((e) => e.id));
  assert.equal(calls[0]!.url, 'http://localhost:4010/v1/progress-events');
  assert.deepEqual(await upskill.progress.pending(), []);
  assert.equal(result.progress[0]!.percent, 25);
});

test('a failed flush keeps the events; the next flush sends the same ids once', async () => {
  const { fetch, calls } = scriptedFetch([() => connectionReset(), accept]);
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch, retry: 0 });
  await assert.rejects(upskill.progress.record([event('les_1'), event('les_2')]), NetworkError);
  const pending = await upskill.progress.pending();
  assert.equal(pending.length, 2);
  assert.deepEqual(sentIds(calls[0]!), pending.map((e) => e.id));

  const flushed = await upskill.progress.flush();
  assert.equal(flushed.accepted, 2);
  assert.deepEqual(sentIds(calls[1]!), pending.map((e) => e.id), 'same ids, so the server cannot count them twice');
  assert.notEqual(calls[1]!.headers.get('idempotency-key'), null);
  assert.deepEqual(await upskill.progress.pending(), []);
  assert.deepEqual(await upskill.progress.flush(), { accepted: 0, duplicates: 0, progress: [] });
  assert.equal(calls.length, 2, 'an empty queue sends nothing');
});

test('recording an event already queued (same id) does not queue it twice', async () => {
  const { fetch } = scriptedFetch([() => connectionReset()]);
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch, retry: 0 });
  await upskill.progress.record({ ...event('les_1'), id: 'evt_fixed' }).catch(() => undefined);
  await upskill.progress.record({ ...event('les_1'), id: 'evt_fixed' }).catch(() => undefined);
  assert.deepEqual((await upskill.progress.pending()).map((e) => e.id), ['evt_fixed']);
});

test('batches of at most 500; a failing batch keeps itself and the rest queued', async () => {
  const { fetch, calls } = scriptedFetch([accept, problem(503, 'unavailable'), accept]);
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch, retry: 0 });
  const events = Array.from({ length: 1203 }, (_, i) => event(`les_${i}`));
  await assert.rejects(upskill.progress.record(events), /503/);
  assert.equal(sentIds(calls[0]!).length, 500);
  assert.equal((await upskill.progress.pending()).length, 703);
  const flushed = await upskill.progress.flush();
  assert.deepEqual(calls.slice(1).map((c) => sentIds(c).length), [500, 500, 203]);
  assert.equal(flushed.accepted, 703);
  assert.deepEqual(await upskill.progress.pending(), []);
});

test('an event missing its lesson is refused at once and nothing is queued', async () => {
  const { fetch, calls } = scriptedFetch([accept]);
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch });
  await assert.rejects(upskill.progress.record([event('les_1'), event('')]), (e: unknown) => e instanceof UpskillError && /\/1\/lessonId is missing/.test(e.message));
  assert.deepEqual(await upskill.progress.pending(), []);
  assert.equal(calls.length, 0);
});

test('localStorageStorage: events survive a reload and are sent by the next client', async () => {
  const store = new Map<string, string>();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  };
  try {
    const offline = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch: scriptedFetch([() => connectionReset()]).fetch, retry: 0, progressStorage: localStorageStorage('upskill.test') });
    const recorded = await offline.progress.record(event('les_1')).catch(() => null);
    assert.equal(recorded, null);
    const queued = JSON.parse(store.get('upskill.test')!) as SentEvent[];
    assert.equal(queued.length, 1);

    // "Reload": a new client on the same storage.
    const { fetch, calls } = scriptedFetch([accept]);
    const online = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch, progressStorage: localStorageStorage('upskill.test') });
    assert.deepEqual(await online.progress.pending(), queued);
    await online.progress.flush();
    assert.deepEqual(sentIds(calls[0]!), [queued[0]!.id]);
    assert.equal(store.has('upskill.test'), false);

    store.set('upskill.test', '{corrupt');
    assert.deepEqual(await localStorageStorage('upskill.test').load(), []);
  } finally {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  }
});

test('a custom async storage works the same', async () => {
  const inner = memoryStorage();
  const storage: ProgressStorage = { load: async () => inner.load(), save: async (e) => inner.save(e) };
  const { fetch } = scriptedFetch([accept]);
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch, progressStorage: storage });
  assert.equal((await upskill.progress.record(event('les_1'))).accepted, 1);
  assert.deepEqual(await storage.load(), []);
});
