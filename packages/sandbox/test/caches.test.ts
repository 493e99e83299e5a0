import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Catalog } from '../src/services/catalog.js';
import { PageCache } from '../src/services/page-cache.js';
import { seedIfEmpty } from '../src/services/seed-runner.js';
import { openStore } from '../src/store/index.js';
import { AMARA, isProblem, startTestSandbox, type TestSandbox } from './helpers.js';

let sb: TestSandbox;
before(async () => {
  sb = await startTestSandbox();
});
after(() => sb.close());

interface CourseLite { id: string; title: string; language: string; level: string; languages: string[]; skills: { id: string; name: string }[] }

/** Every variant twice, interleaved, so that the second round is answered from the cache. */
async function twice<T>(requests: (() => Promise<T>)[]): Promise<[T[], T[]]> {
  const first: T[] = [];
  for (const request of requests) first.push(await request());
  const second: T[] = [];
  for (const request of requests) second.push(await request());
  return [first, second];
}

describe('cached catalog pages', () => {
  test('each language preference gets its own localized page, the same on every request', async () => {
    const languages = ['fr', 'es', 'en', 'fr-CA, es;q=0.5'];
    const [first, second] = await twice(languages.map((lang) => () =>
      sb.call<{ data: CourseLite[] }>('GET', '/v1/courses?limit=100', { headers: { 'accept-language': lang } })));
    assert.deepEqual(second.map((r) => r.body), first.map((r) => r.body));
    for (const [i, lang] of languages.entries()) {
      const res = second[i]!;
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/json');
      const want = lang.slice(0, 2);
      const translated = res.body.data.filter((c) => c.languages.includes(want));
      assert.ok(translated.length > 0, `some courses are in ${want}`);
      for (const course of translated) assert.equal(course.language, want, `${course.id} in ${lang}`);
      // A page entry is what the single-course endpoint says in the same language.
      const one = await sb.call('GET', `/v1/courses/${translated[0]!.id}`, { headers: { 'accept-language': lang } });
      assert.deepEqual(one.body, translated[0]);
    }
    assert.notDeepEqual(first[0]!.body, first[1]!.body);
  });

  test('filters, page sizes and cursors each get the right page', async () => {
    const queries = ['level=foundation&limit=100', 'level=specialist&limit=100', 'language=fr&limit=100', 'limit=3', 'limit=5'];
    const [first, second] = await twice(queries.map((q) => () => sb.call<{ data: CourseLite[]; nextCursor: string | null }>('GET', `/v1/courses?${q}`)));
    assert.deepEqual(second.map((r) => r.body), first.map((r) => r.body));
    const [foundation, specialist, french, three, five] = second.map((r) => r.body);
    assert.ok(foundation!.data.length > 0 && foundation!.data.every((c) => c.level === 'foundation'));
    assert.ok(specialist!.data.length > 0 && specialist!.data.every((c) => c.level === 'specialist'));
    assert.ok(french!.data.length > 0 && french!.data.every((c) => c.languages.includes('fr')));
    assert.equal(three!.data.length, 3);
    assert.deepEqual(five!.data.slice(0, 3), three!.data);
    const next = await sb.call<{ data: CourseLite[] }>('GET', `/v1/courses?limit=2&cursor=${three!.nextCursor!}`);
    assert.deepEqual(next.body.data, five!.data.slice(3, 5));
  });

  test('skills and certifications are cached per language too', async () => {
    const [first, second] = await twice(['fr', 'en'].flatMap((lang) => [
      () => sb.call('GET', '/v1/skills?limit=5', { token: null, headers: { 'accept-language': lang } }),
      () => sb.call('GET', '/v1/certifications', { headers: { 'accept-language': lang } }),
    ]));
    assert.deepEqual(second.map((r) => r.body), first.map((r) => r.body));
    const [skillsFr, certsFr, skillsEn, certsEn] = second.map((r) => r.body);
    assert.notDeepEqual(skillsFr, skillsEn);
    assert.notDeepEqual(certsFr, certsEn);
    const skill = await sb.call('GET', `/v1/skills/${skillsFr.data[0].id}`, { token: null, headers: { 'accept-language': 'fr' } });
    assert.deepEqual(skill.body, skillsFr.data[0]);
  });

  test('a cached page still needs a valid token, and every answer has its own request id', async () => {
    const ok = await sb.call('GET', '/v1/courses?limit=2');
    const again = await sb.call('GET', '/v1/courses?limit=2');
    assert.deepEqual(again.body, ok.body);
    assert.notEqual(again.headers.get('x-request-id'), ok.headers.get('x-request-id'));
    assert.match(again.headers.get('vary') ?? '', /Accept-Language/);
    assert.ok(isProblem(await sb.call('GET', '/v1/courses?limit=2', { token: null }), 401, 'unauthenticated'));
    assert.ok(isProblem(await sb.call('GET', '/v1/courses?limit=2', { token: 'sk_test_nope' }), 401, 'unauthenticated'));
  });

  test('an invalid query is refused every time, not cached', async () => {
    for (let i = 0; i < 2; i++) {
      assert.ok(isProblem(await sb.call('GET', '/v1/courses?limit=0'), 400, 'invalid_request'));
      assert.ok(isProblem(await sb.call('GET', '/v1/courses?cursor=nope'), 400, 'invalid_request'));
    }
  });
});

describe('remembered authentications', () => {
  test('a session token that worked is refused once it expires', async () => {
    // Expiry is in whole seconds: 3 s leaves at least 2 s to use the token first.
    const minted = await sb.call('POST', '/v1/sessions', { body: { learnerId: AMARA, ttlSeconds: 3 } });
    assert.equal((await sb.call('GET', '/v1/learners/me', { token: minted.body.token })).status, 200);
    assert.equal((await sb.call('GET', '/v1/courses?limit=1', { token: minted.body.token })).status, 200);
    await new Promise((resolve) => setTimeout(resolve, Date.parse(minted.body.expiresAt) - Date.now() + 50));
    const expired = await sb.call('GET', '/v1/learners/me', { token: minted.body.token });
    assert.ok(isProblem(expired, 401, 'unauthenticated'));
    assert.match(expired.body.detail, /expired/);
  });

  test('a secret key that worked keeps working; an unknown one is refused every time', async () => {
    for (let i = 0; i < 3; i++) {
      assert.equal((await sb.call('GET', '/v1/courses?limit=1')).status, 200);
      assert.ok(isProblem(await sb.call('GET', '/v1/courses?limit=1', { token: 'sk_test_upskill_demo_x' }), 401, 'unauthenticated'));
    }
  });
});

describe('PageCache', () => {
  test('serializes once per key, and stays within its capacity', () => {
    const cache = new PageCache(3);
    let builds = 0;
    const build = (value: unknown) => () => {
      builds++;
      return value;
    };
    const decode = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    assert.deepEqual(decode(cache.json('a', build({ a: 'é' }))), { a: 'é' });
    assert.deepEqual(decode(cache.json('a', build({ a: 'other' }))), { a: 'é' });
    assert.equal(builds, 1);
    for (const key of ['b', 'c', 'd', 'e']) cache.json(key, build(key));
    assert.equal(cache.size, 3);
    assert.deepEqual(decode(cache.json('a', build('rebuilt'))), 'rebuilt');
    cache.clear();
    assert.equal(cache.size, 0);
  });

  test('a key longer than the limit is answered but not kept', () => {
    const cache = new PageCache(10, 8);
    assert.deepEqual(JSON.parse(new TextDecoder().decode(cache.json('x'.repeat(9), () => [1]))), [1]);
    assert.equal(cache.size, 0);
  });

  test('a changed catalog is a new snapshot, with its own pages', async () => {
    const store = openStore(':memory:');
    try {
      await seedIfEmpty(store, { seedJobs: 0, publicUrl: 'http://localhost:1' });
      const before = new Catalog(store, 'http://localhost:1');
      const page = () => before.pages.json('courses', () => before.listCourses(['en'], {}, undefined, 1000));
      const countBefore = (JSON.parse(new TextDecoder().decode(page())) as { data: unknown[] }).data.length;
      const template = store.catalog.courses()[0]!;
      store.catalog.insertCourse({ ...template, id: 'crs_added_later' }, 10_000);
      const changed = new Catalog(store, 'http://localhost:1');
      const added = changed.pages.json('courses', () => changed.listCourses(['en'], {}, undefined, 1000));
      const data = (JSON.parse(new TextDecoder().decode(added)) as { data: { id: string }[] }).data;
      assert.equal(data.length, countBefore + 1);
      assert.equal(data.at(-1)!.id, 'crs_added_later');
    } finally {
      store.close();
    }
  });
});
