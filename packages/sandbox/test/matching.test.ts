import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { JobMatch, page } from '@upskill/sdk/schemas';
import { scoreJob } from '../src/services/matching.js';
import { AMARA, startTestSandbox, type Reply, type TestSandbox } from './helpers.js';

let sb: TestSandbox;
before(async () => {
  sb = await startTestSandbox({ seedJobs: 2000 });
});
after(() => sb.close());

type Match = { job: { id: string; postedAt: string; location: { remote: boolean; city: string; region: string; country: string }; skills: { id: string; level: number; required: boolean }[] }; score: number; matchedSkills: { id: string; evidence: { type: string; id?: string } }[]; missingSkills: { id: string; recommendedCourses: { id: string }[] }[] };

async function allMatches(learner: string, query = '', limit = 50): Promise<Match[]> {
  const out: Match[] = [];
  let cursor: string | null = null;
  do {
    const res: Reply = await sb.call('GET', `/v1/learners/${learner}/job-matches?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    out.push(...res.body.data);
    cursor = res.body.nextCursor;
  } while (cursor);
  return out;
}

describe('scoreJob', () => {
  const held = (level: number) => ({ level, evidence: { type: 'self' as const } });
  test('required skills weigh 2, preferred 1; covered at the level asked', () => {
    const job = [{ id: 'a', level: 3, required: true }, { id: 'b', level: 2, required: false }];
    assert.equal(scoreJob(job, [], new Map([['a', held(3)], ['b', held(5)]]), new Set()), 1);
    assert.equal(scoreJob(job, [], new Map([['a', held(4)]]), new Set()), 0.667);
    assert.equal(scoreJob(job, [], new Map([['b', held(2)]]), new Set()), 0.333);
    assert.equal(scoreJob(job, [], new Map(), new Set()), 0);
  });
  test('below the level asked earns half credit in proportion', () => {
    const job = [{ id: 'a', level: 4, required: true }];
    assert.equal(scoreJob(job, [], new Map([['a', held(2)]]), new Set()), 0.25);
  });
  test('each preferred certification held adds 0.1, capped at 1', () => {
    const job = [{ id: 'a', level: 3, required: true }, { id: 'b', level: 3, required: true }];
    assert.equal(scoreJob(job, ['crt_x', 'crt_y'], new Map([['a', held(3)]]), new Set(['crt_x'])), 0.6);
    assert.equal(scoreJob(job, ['crt_x', 'crt_y'], new Map([['a', held(3)], ['b', held(3)]]), new Set(['crt_x', 'crt_y'])), 1);
  });
});

describe('job matches', () => {
  test('ranked best first, explained, and every match shares a skill', async () => {
    const profile = (await sb.call('GET', `/v1/learners/${AMARA}`)).body;
    const skills = new Map<string, { level: number; evidence: { type: string } }>(profile.skills.map((s: { id: string }) => [s.id, s]));
    const res = await sb.call('GET', `/v1/learners/${AMARA}/job-matches?limit=100`);
    assert.ok(page(JobMatch).safeParse(res.body).success);
    const matches: Match[] = res.body.data;
    assert.ok(matches.length > 0);
    for (let i = 1; i < matches.length; i++) {
      const [a, b] = [matches[i - 1]!, matches[i]!];
      assert.ok(a.score > b.score || (a.score === b.score && (a.job.postedAt > b.job.postedAt || (a.job.postedAt === b.job.postedAt && a.job.id < b.job.id))));
    }
    for (const m of matches) {
      assert.ok(m.score >= 0.2 && m.score <= 1);
      assert.ok(m.job.skills.some((s) => skills.has(s.id)), 'shares a skill');
      assert.equal(m.matchedSkills.length + m.missingSkills.length, m.job.skills.length);
      for (const s of m.matchedSkills) assert.deepEqual(s.evidence, skills.get(s.id)!.evidence);
      for (const s of m.missingSkills) assert.ok(s.recommendedCourses.length <= 3);
    }
    assert.ok(matches.some((m) => m.matchedSkills.some((s) => s.evidence.type === 'credential')), 'credential evidence shows');
  });

  test('recommended courses teach the missing skill', async () => {
    const res = await sb.call('GET', '/v1/learners/lrn_demo_mateo/job-matches?limit=20&minScore=0');
    const courses = new Map<string, { skills: { id: string }[] }>((await sb.call('GET', '/v1/courses?limit=100')).body.data.map((c: { id: string }) => [c.id, c]));
    let checked = 0;
    for (const m of res.body.data as Match[]) {
      for (const s of m.missingSkills) {
        for (const c of s.recommendedCourses) {
          assert.ok(courses.get(c.id)!.skills.some((k) => k.id === s.id));
          checked++;
        }
      }
    }
    assert.ok(checked > 0);
  });

  test('paging walks every match once, in the same order as one big page', async () => {
    const small = await allMatches(AMARA, '&minScore=0.3', 7);
    const big = await allMatches(AMARA, '&minScore=0.3', 100);
    assert.deepEqual(small.map((m) => m.job.id), big.map((m) => m.job.id));
    assert.equal(new Set(small.map((m) => m.job.id)).size, small.length);
  });

  test('filters: minScore, remote, location', async () => {
    const all = await allMatches(AMARA, '&minScore=0');
    const strict = await allMatches(AMARA, '&minScore=0.6');
    assert.ok(strict.every((m) => m.score >= 0.6));
    assert.ok(strict.length < all.length);
    const remote = await allMatches(AMARA, '&minScore=0&remote=true');
    assert.ok(remote.length > 0 && remote.every((m) => m.job.location.remote));
    assert.equal(remote.length, all.filter((m) => m.job.location.remote).length);
    const country = all[0]!.job.location.country;
    const located = await allMatches(AMARA, `&minScore=0&location=${encodeURIComponent(country)}`);
    assert.ok(located.length > 0 && located.every((m) => `${m.job.location.city} ${m.job.location.region} ${m.job.location.country}`.toLowerCase().includes(country.toLowerCase())));
    const bad = await sb.call('GET', `/v1/learners/${AMARA}/job-matches?minScore=1.5`);
    assert.equal(bad.body.errors[0].path, '/minScore');
  });

  test('a learner with no skills has no matches; one skill matches only jobs asking for it', async () => {
    const created = await sb.call('POST', '/v1/learners', { body: { externalId: 'match-1', name: 'M' } });
    const token = await sb.session(created.body.id);
    assert.deepEqual((await sb.call('GET', '/v1/learners/me/job-matches', { token })).body, { data: [], nextCursor: null });
    const skillId = (await sb.call('GET', '/v1/jobs?limit=1')).body.data[0].skills[0].id;
    await sb.call('PATCH', '/v1/learners/me', { token, body: { skills: [{ id: skillId, level: 5 }] } });
    const matches = (await sb.call('GET', '/v1/learners/me/job-matches?minScore=0&limit=100', { token })).body.data as Match[];
    assert.ok(matches.length > 0);
    assert.ok(matches.every((m) => m.job.skills.some((s) => s.id === skillId)));
    assert.ok(matches.every((m) => m.matchedSkills.length === 1 && m.matchedSkills[0]!.evidence.type === 'self'));
  });

  test('deterministic: the same request twice gives the same answer', async () => {
    const a = await sb.call('GET', `/v1/learners/${AMARA}/job-matches?limit=50`);
    const b = await sb.call('GET', `/v1/learners/${AMARA}/job-matches?limit=50`);
    assert.deepEqual(a.body, b.body);
  });
});
