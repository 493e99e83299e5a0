// Sandbox throughput against a generic OpenAPI mock (Stoplight Prism) serving our own openapi.json.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadTest, type LoadResult } from './lib/load.js';
import { freePort, start } from './lib/processes.js';
import type { BenchSandbox } from './lib/sandbox.js';
import { median, round } from './lib/stats.js';
import type { Measured } from './lib/types.js';

const require = createRequire(import.meta.url);
const openapi = fileURLToPath(new URL('../../sdk/dist/openapi.json', import.meta.url));
const CONNECTIONS = 10;
// Prism takes several seconds of load to reach its steady state: three warm-up rounds each.
const WARMUP_ROUNDS = 3;
const ROUNDS = 5;
const SECONDS = 3;

export async function sandboxThroughput(sandbox: BenchSandbox, token: string): Promise<Measured> {
  if (!existsSync(openapi)) throw new Error('packages/sdk/dist/openapi.json does not exist: build the SDK first (pnpm --filter @upskill/sdk build)');
  const prismCli = require.resolve('@stoplight/prism-cli/dist/index.js');
  const port = await freePort();
  // Logging at `warn` keeps the peer at its fastest: its per-request info log would slow it down.
  const prism = await start({
    name: 'Prism',
    command: process.execPath,
    args: [prismCli, 'mock', '--host', '127.0.0.1', '--port', String(port), '--verboseLevel', 'warn', openapi],
    readyUrl: `http://127.0.0.1:${port}/healthz`,
    timeoutMs: 60_000,
  });
  try {
    const targets = {
      sandbox: `${sandbox.url}/v1/courses`,
      prism: `http://127.0.0.1:${port}/v1/courses`,
    };
    const headers = { authorization: `Bearer ${token}` };
    const runs: Record<keyof typeof targets, LoadResult[]> = { sandbox: [], prism: [] };
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      for (const name of round % 2 ? (['prism', 'sandbox'] as const) : (['sandbox', 'prism'] as const)) {
        const warmup = round < WARMUP_ROUNDS;
        const result = await loadTest({ url: targets[name], headers, connections: CONNECTIONS, seconds: warmup ? 2 : SECONDS });
        if (!warmup) runs[name].push(result);
      }
    }
    const sandboxRps = median(runs.sandbox.map((r) => r.rps));
    const prismRps = median(runs.prism.map((r) => r.rps));
    return {
      id: 'sandbox-throughput',
      measured: round(sandboxRps / prismRps, 2),
      detail: `${Math.round(sandboxRps)} vs ${Math.round(prismRps)} req/s (${CONNECTIONS} connections, ${ROUNDS}×${SECONDS} s each, interleaved, after ${WARMUP_ROUNDS}×2 s warm-up)`,
      data: {
        sandboxRps: round(sandboxRps, 0),
        prismRps: round(prismRps, 0),
        connections: CONNECTIONS,
        warmupRounds: WARMUP_ROUNDS,
        rounds: ROUNDS,
        secondsPerRound: SECONDS,
        runs,
      },
    };
  } finally {
    await prism.stop();
  }
}
