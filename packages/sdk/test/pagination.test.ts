import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, Page, UpskillError } from '../src/index.js';
import { course, json, scriptedFetch } from './support.js';

const courses = (ids: string[]) => ids.map((id) => ({ ...course, id }));

/** Three pages: a, b | c, d | e; each request's cursor picks the page. */
function threePages() {
  return scriptedFetch([
    (request) => {
      const cursor = new URL(request.url).searchParams.get('cursor');
      if (cursor === null) return json({ data: courses(['crs_a', 'crs_b']), nextCursor: 'cur_2' });
      if (cursor === 'cur_2') return json({ data: courses(['crs_c', 'crs_d']), nextCursor: 'cur_3' });
      return json({ data: courses(['crs_e']), nextCursor: null });
    },
  ]);
}

test('for await walks every item of every page, keeping the filters', async () => {
  const { fetch, calls } = threePages();
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch });
  const ids: string[] = [];
  for await (const item of upskill.courses.list({ level: 'foundation', limit: 2 })) ids.push(item.id);
  assert.deepEqual(ids, ['crs_a', 'crs_b', 'crs_c', 'crs_d', 'crs_e']);
  assert.deepEqual(calls.map((c) => new URL(c.url).search), [
    '?level=foundation&limit=2', '?level=foundation&limit=2&cursor=cur_2', '?level=foundation&limit=2&cursor=cur_3',
  ]);
});

test('await gives the first page: data, nextCursor, hasNextPage, getNextPage', async () => {
  const { fetch } = threePages();
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch });
  const first = await upskill.courses.list();
  assert.ok(first instanceof Page);
  assert.deepEqual(first.data.map((c) => c.id), ['crs_a', 'crs_b']);
  assert.equal(first.nextCursor, 'cur_2');
  assert.equal(first.hasNextPage(), true);
  const second = await first.getNextPage();
  const last = await second.getNextPage();
  assert.deepEqual(last.data.map((c) => c.id), ['crs_e']);
  assert.equal(last.hasNextPage(), false);
  await assert.rejects(last.getNextPage(), UpskillError);
});

test('a page iterates its own items and the following pages', async () => {
  const { fetch } = threePages();
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch });
  const second = await (await upskill.courses.list()).getNextPage();
  const ids: string[] = [];
  for await (const item of second) ids.push(item.id);
  assert.deepEqual(ids, ['crs_c', 'crs_d', 'crs_e']);
});

test('a list sends nothing until awaited or iterated, and only once', async () => {
  const { fetch, calls } = threePages();
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch });
  const list = upskill.courses.list();
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(calls.length, 0);
  const [a, b] = await Promise.all([list, list]);
  assert.equal(a, b);
  assert.equal(calls.length, 1);
});

test('a failing first page rejects the await and the loop', async () => {
  const { fetch } = scriptedFetch([json({ data: 'oops', nextCursor: null })]);
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch });
  await assert.rejects(upskill.courses.list(), /\/data expected array/);
  await assert.rejects(async () => {
    for await (const item of upskill.courses.list()) assert.fail(item.id);
  }, /\/data expected array/);
  assert.equal(await upskill.courses.list().catch(() => 'caught'), 'caught');
});

test('learner sub-lists page the same way', async () => {
  const { fetch, calls } = scriptedFetch([json({ data: [], nextCursor: null })]);
  const upskill = createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch });
  for await (const match of upskill.learners.jobMatches('me', { minScore: 0.5, remote: false })) assert.fail(match.job.id);
  assert.equal(calls[0]!.url, 'http://localhost:4010/v1/learners/me/job-matches?minScore=0.5&remote=false');
});
