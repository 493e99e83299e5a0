import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Certification, Course, Job, Skill, createOpenApiDocument, page } from '@upskill/sdk/schemas';
import { isProblem, startTestSandbox, type Reply, type TestSandbox } from './helpers.js';

let sb: TestSandbox;
before(async () => {
  sb = await startTestSandbox();
});
after(() => sb.close());

describe('public endpoints', () => {
  test('healthz answers without a token', async () => {
    const res = await sb.call('GET', '/healthz', { token: null });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, { status: 'ok' });
  });

  test('openapi.json is the contract document with this server', async () => {
    const res = await sb.call('GET', '/v1/openapi.json', { token: null });
    assert.equal(res.status, 200);
    assert.equal(res.body.openapi, '3.1.0');
    assert.deepEqual(res.body.servers, [{ url: sb.url }]);
    assert.deepEqual(Object.keys(res.body.paths), Object.keys((createOpenApiDocument() as { paths: object }).paths));
  });

  test('skills are public, localized, and their url is the alignment target', async () => {
    const res = await sb.call('GET', '/v1/skills?limit=100', { token: null });
    assert.equal(res.status, 200);
    assert.ok(page(Skill).safeParse(res.body).success);
    assert.ok(res.body.data.length >= 50);
    const first = res.body.data[0];
    assert.equal(first.url, `${sb.url}/v1/skills/${first.id}`);
    const one = await sb.call('GET', `/v1/skills/${first.id}`, { token: null });
    assert.deepEqual(one.body, first);
    const missing = await sb.call('GET', '/v1/skills/skl_nope', { token: null });
    assert.ok(isProblem(missing, 404, 'not_found'));
  });

  test('images are served as SVG', async () => {
    const courses = await sb.call('GET', '/v1/courses?limit=1');
    const res = await fetch(courses.body.data[0].imageUrl);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/svg+xml');
    assert.match(await res.text(), /<svg/);
    assert.equal((await fetch(`${sb.url}/v1/images/courses/crs_nope.svg`)).status, 404);
  });

  test('an unknown route is a problem+json 404', async () => {
    const res = await sb.call('GET', '/v1/nothing-here');
    assert.ok(isProblem(res, 404, 'not_found'));
  });
});

describe('courses', () => {
  test('need a token', async () => {
    assert.ok(isProblem(await sb.call('GET', '/v1/courses', { token: null }), 401, 'unauthenticated'));
  });

  test('list satisfies the contract, default page of 20', async () => {
    const res = await sb.call('GET', '/v1/courses');
    assert.equal(res.status, 200);
    const parsed = page(Course).safeParse(res.body);
    assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
    assert.equal(res.body.data.length, 20);
    assert.equal(typeof res.body.nextCursor, 'string');
  });

  test('walking every page returns each course once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: Reply = await sb.call('GET', `/v1/courses?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(res.status, 200);
      seen.push(...res.body.data.map((c: { id: string }) => c.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    assert.ok(seen.length >= 40);
    assert.equal(new Set(seen).size, seen.length);
    const all = await sb.call('GET', '/v1/courses?limit=100');
    assert.deepEqual(seen, all.body.data.map((c: { id: string }) => c.id));
    assert.equal(all.body.nextCursor, null);
  });

  for (const [query, path] of [
    ['limit=0', '/limit'], ['limit=101', '/limit'], ['limit=abc', '/limit'], ['limit=1.5', '/limit'],
    ['cursor=', '/cursor'], ['cursor=garbage!!', '/cursor'], ['cursor=WyJqb2JzIiwieCJd', '/cursor'],
    ['level=expert', '/level'], ['language=de', '/language'], ['bogus=1', '/bogus'], ['limit=1&limit=2', '/limit'],
  ] as const) {
    test(`?${query} is a 400 at ${path}`, async () => {
      const res = await sb.call('GET', `/v1/courses?${query}`);
      assert.ok(isProblem(res, 400, 'invalid_request'), JSON.stringify(res.body));
      assert.ok(res.body.errors.some((e: { path: string }) => e.path === path), JSON.stringify(res.body.errors));
    });
  }

  test('a cursor from another list is refused', async () => {
    const jobs = await sb.call('GET', '/v1/jobs?limit=1');
    const res = await sb.call('GET', `/v1/courses?cursor=${jobs.body.nextCursor}`);
    assert.ok(isProblem(res, 400, 'invalid_request'));
    assert.equal(res.body.errors[0].path, '/cursor');
  });

  test('filters: level, skill, language, q', async () => {
    const foundation = await sb.call('GET', '/v1/courses?level=foundation&limit=100');
    assert.ok(foundation.body.data.length > 0);
    assert.ok(foundation.body.data.every((c: Course) => c.level === 'foundation'));
    const skillId = foundation.body.data[0].skills[0].id;
    const bySkill = await sb.call('GET', `/v1/courses?skill=${skillId}&limit=100`);
    assert.ok(bySkill.body.data.length > 0);
    assert.ok(bySkill.body.data.every((c: Course) => c.skills.some((s) => s.id === skillId)));
    const french = await sb.call('GET', '/v1/courses?language=fr&limit=100');
    assert.ok(french.body.data.length > 0);
    assert.ok(french.body.data.every((c: Course) => c.languages.includes('fr')));
    const word = foundation.body.data[0].title.split(' ')[0];
    const q = await sb.call('GET', `/v1/courses?q=${encodeURIComponent(word)}&limit=100`);
    assert.ok(q.body.data.some((c: Course) => c.id === foundation.body.data[0].id));
  });

  test('Accept-Language picks the best available language, with q-values', async () => {
    const all = await sb.call('GET', '/v1/courses?limit=100');
    const translated = all.body.data.find((c: Course) => c.languages.includes('fr') && c.languages.includes('es'))!;
    const englishOnly = all.body.data.find((c: Course) => c.languages.length === 1);
    assert.ok(translated, 'a course translated in fr and es');
    const fr = await sb.call('GET', `/v1/courses/${translated.id}`, { headers: { 'accept-language': 'fr-CA, en;q=0.5' } });
    assert.equal(fr.body.language, 'fr');
    assert.notEqual(fr.body.title, translated.title);
    const es = await sb.call('GET', `/v1/courses/${translated.id}`, { headers: { 'accept-language': 'fr;q=0.3, es;q=0.9' } });
    assert.equal(es.body.language, 'es');
    assert.equal(all.body.data.find((c: Course) => c.id === translated.id).language, 'en');
    if (englishOnly) {
      const fallback = await sb.call('GET', `/v1/courses/${englishOnly.id}`, { headers: { 'accept-language': 'fr' } });
      assert.equal(fallback.body.language, 'en');
      assert.equal(fallback.body.title, englishOnly.title);
    }
    const junk = await sb.call('GET', `/v1/courses/${translated.id}`, { headers: { 'accept-language': ';;;q=abc,,*' } });
    assert.equal(junk.status, 200);
    assert.equal(junk.body.language, 'en');
  });

  test('a course by id; unknown id is 404', async () => {
    const all = await sb.call('GET', '/v1/courses?limit=1');
    const one = await sb.call('GET', `/v1/courses/${all.body.data[0].id}`);
    assert.deepEqual(one.body, all.body.data[0]);
    assert.ok(isProblem(await sb.call('GET', '/v1/courses/crs_missing'), 404, 'not_found'));
  });
});

describe('certifications and jobs', () => {
  test('certifications satisfy the contract', async () => {
    const res = await sb.call('GET', '/v1/certifications?limit=100');
    assert.ok(page(Certification).safeParse(res.body).success);
    assert.ok(res.body.data.length >= 6);
    const one = await sb.call('GET', `/v1/certifications/${res.body.data[0].id}`);
    assert.deepEqual(one.body, res.body.data[0]);
  });

  test('jobs: newest first, filters, pages without duplicates', async () => {
    const res = await sb.call('GET', '/v1/jobs?limit=100');
    assert.ok(page(Job).safeParse(res.body).success);
    const dates = res.body.data.map((j: Job) => j.postedAt);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const seen = new Set<string>();
    let cursor: string | null = null;
    let total = 0;
    do {
      const p: Reply = await sb.call('GET', `/v1/jobs?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      for (const j of p.body.data) seen.add(j.id);
      total += p.body.data.length;
      cursor = p.body.nextCursor;
    } while (cursor);
    assert.equal(total, 300);
    assert.equal(seen.size, 300);

    const remote = await sb.call('GET', '/v1/jobs?remote=true&limit=100');
    assert.ok(remote.body.data.every((j: Job) => j.location.remote));
    const skillId = res.body.data[0].skills[0].id;
    const bySkill = await sb.call('GET', `/v1/jobs?skill=${skillId}&limit=100`);
    assert.ok(bySkill.body.data.length > 0 && bySkill.body.data.every((j: Job) => j.skills.some((s) => s.id === skillId)));
    const city = res.body.data[0].location.city;
    const byLocation = await sb.call('GET', `/v1/jobs?location=${encodeURIComponent(city.toLowerCase())}&limit=100`);
    assert.ok(byLocation.body.data.some((j: Job) => j.id === res.body.data[0].id));
    const q = await sb.call('GET', `/v1/jobs?q=${encodeURIComponent('100%_')}`);
    assert.equal(q.status, 200);
    assert.ok(isProblem(await sb.call('GET', '/v1/jobs?remote=yes'), 400, 'invalid_request'));
    const one = await sb.call('GET', `/v1/jobs/${res.body.data[0].id}`);
    assert.deepEqual(one.body, res.body.data[0]);
    assert.ok(isProblem(await sb.call('GET', '/v1/jobs/job_missing'), 404, 'not_found'));
  });
});
