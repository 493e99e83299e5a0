// Matching scale: job-match throughput with 100,000 postings against 1,000, over the demo
// organisation's learners, plus the peak memory of the 100,000-posting sandbox.
import { loadTest, type LoadResult } from './lib/load.js';
import { memoryOf } from './lib/processes.js';
import type { BenchSandbox } from './lib/sandbox.js';
import { median, round } from './lib/stats.js';
import type { Measured } from './lib/types.js';

const CONNECTIONS = 10;
const ROUNDS = 5;
const SECONDS = 3;

async function learnerIds(sandbox: BenchSandbox, token: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const url = `${sandbox.url}/v1/learners?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    const page = (await response.json()) as { data: { id: string }[]; nextCursor: string | null };
    ids.push(...page.data.map((learner) => learner.id));
    cursor = page.nextCursor;
  } while (cursor);
  if (ids.length === 0) throw new Error(`GET ${sandbox.url}/v1/learners listed no learner for the demo organisation`);
  return ids;
}

export async function matchingScale(small: BenchSandbox, large: BenchSandbox, token: string): Promise<Measured[]> {
  const targets = { small, large };
  const paths: Record<keyof typeof targets, string[]> = { small: [], large: [] };
  for (const name of ['small', 'large'] as const) {
    paths[name] = (await learnerIds(targets[name], token)).map((id) => `/v1/learners/${id}/job-matches`);
  }
  const headers = { authorization: `Bearer ${token}` };
  const load = (name: keyof typeof targets, seconds: number) =>
    loadTest({ url: targets[name].url, paths: paths[name], headers, connections: CONNECTIONS, seconds });

  await load('small', 2);
  await load('large', 2);
  const runs: Record<keyof typeof targets, LoadResult[]> = { small: [], large: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of round % 2 ? (['large', 'small'] as const) : (['small', 'large'] as const)) {
      runs[name].push(await load(name, SECONDS));
    }
  }
  const smallRps = median(runs.small.map((r) => r.rps));
  const largeRps = median(runs.large.map((r) => r.rps));
  const memory = await memoryOf(large.pid);
  const smallMemory = await memoryOf(small.pid);
  const seedSeconds = (sandbox: BenchSandbox) => round((sandbox.seedMs ?? sandbox.startupMs) / 1000, 1);
  const mb = (bytes: number) => round(bytes / 1024 / 1024, 0);
  return [
    {
      id: 'matching-scale',
      measured: round(largeRps / smallRps, 2),
      detail: `${Math.round(largeRps)} vs ${Math.round(smallRps)} req/s over ${paths.large.length} learners (${CONNECTIONS} connections, ${ROUNDS}×${SECONDS} s each, interleaved)`,
      data: {
        largeRps: round(largeRps, 1),
        smallRps: round(smallRps, 1),
        learners: paths.large.length,
        largeSeedSeconds: seedSeconds(large),
        smallSeedSeconds: seedSeconds(small),
        connections: CONNECTIONS,
        rounds: ROUNDS,
        secondsPerRound: SECONDS,
        runs,
      },
    },
    {
      id: 'sandbox-memory',
      measured: mb(memory.peakRssBytes),
      detail: `VmHWM after seeding and the matching load (${mb(memory.rssBytes)} MB resident after; 1,000 postings: ${mb(smallMemory.peakRssBytes)} MB peak); seeding 100,000 postings took ${seedSeconds(large)} s`,
      data: {
        peakRssBytes: memory.peakRssBytes,
        rssBytes: memory.rssBytes,
        smallPeakRssBytes: smallMemory.peakRssBytes,
        seedSeconds: seedSeconds(large),
        startupSeconds: round(large.startupMs / 1000, 1),
      },
    },
  ];
}
