// `pnpm bench`: measures every quality bar side by side in one run, prints a table and writes
// .bench/results.json (and .bench/results.md, the README table). Each measurement's module is
// loaded when it runs, so a part that is not built fails only its own bars. Options:
//   --only=<id,id>   run only some measurements (size, overhead, throughput, matching, rendering)
//   --strict         exit 1 when a bar is missed (a failed measurement always exits 1)
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { releaseAll, releaseOnExit } from './lib/processes.js';
import { renderResults, renderMarkdown } from './lib/report.js';
import { startSandbox, type BenchSandbox } from './lib/sandbox.js';
import { round } from './lib/stats.js';
import { BARS, judge, type BarId, type BarResult, type Measured } from './lib/types.js';

const SECRET_KEY = 'sk_test_upskill_demo';
const GROUPS = ['size', 'overhead', 'throughput', 'matching', 'rendering'] as const;
type Group = (typeof GROUPS)[number];

const root = fileURLToPath(new URL('../../../', import.meta.url));
const args = process.argv.slice(2);
const onlyArg = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const only = new Set<Group>(onlyArg ? (onlyArg.split(',') as Group[]) : GROUPS);
for (const group of only) if (!GROUPS.includes(group)) throw new Error(`--only: unknown measurement "${group}", expected ${GROUPS.join(', ')}`);
const strict = args.includes('--strict');

releaseOnExit();
const began = performance.now();
const results: BarResult[] = [];
const log = (line: string) => console.log(`[bench ${round((performance.now() - began) / 1000, 0)}s] ${line}`);

/** Runs one measurement; a failure is recorded against every bar it would have measured. */
async function measure(ids: BarId[], task: () => Promise<Measured | Measured[]>): Promise<void> {
  const started = performance.now();
  const seconds = () => round((performance.now() - started) / 1000, 1);
  log(`${ids.join(', ')}…`);
  try {
    const measured = [await task()].flat();
    for (const result of measured) {
      const bar = BARS[result.id];
      results.push({ ...bar, ...result, holds: judge(bar, result.measured), seconds: seconds() });
      log(`${result.id}: ${result.measured} ${bar.unit} (${result.detail})`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`${ids.join(', ')} failed: ${message}`);
    for (const id of ids) results.push({ ...BARS[id], id, measured: null, holds: null, detail: '', data: {}, error: message, seconds: seconds() });
  }
}

/** Starts a sandbox once, on first use; a failed start fails every measurement that needs it. */
function lazySandbox(name: string, seedJobs: number, timeoutMs: number): () => Promise<BenchSandbox> {
  let started: Promise<BenchSandbox> | undefined;
  return () => {
    started ??= startSandbox(seedJobs, timeoutMs).then((sandbox) => {
      log(`${name} ready in ${round(sandbox.startupMs / 1000, 1)} s (${seedJobs} postings seeded)`);
      return sandbox;
    });
    return started;
  };
}

// Seeding 100,000 postings is started first, alone, so its time is measured undisturbed; the
// 1,000-posting sandbox then serves the overhead, throughput and small side of matching.
const large = lazySandbox('sandbox (100,000 postings)', 100_000, 6 * 60_000);
const small = lazySandbox('sandbox (1,000 postings)', 1_000, 60_000);

try {
  if (only.has('size')) {
    await measure(['cdn-size'], async () => (await import('./size.js')).cdnSize());
    await measure(['sdk-size'], async () => (await import('./size.js')).sdkSize());
  }
  if (only.has('matching')) await large().catch(() => undefined);
  if (only.has('overhead')) {
    await measure(['sdk-overhead'], async () => (await import('./sdk-overhead.js')).sdkOverhead(await small(), SECRET_KEY));
  }
  if (only.has('throughput')) {
    await measure(['sandbox-throughput'], async () => (await import('./throughput.js')).sandboxThroughput(await small(), SECRET_KEY));
  }
  if (only.has('matching')) {
    await measure(
      ['matching-scale', 'sandbox-memory'],
      async () => (await import('./matching.js')).matchingScale(await small(), await large(), SECRET_KEY),
    );
  }
  // The sandboxes are done: stop them before Chromium needs the cores.
  releaseAll();
  if (only.has('rendering')) {
    await measure(
      ['rendering', 'rendering-rows'],
      async () => (await import('./rendering.js')).rendering(),
    );
  }
} finally {
  releaseAll();
}

const renderingData = results.find((result) => result.id === 'rendering')?.data;
const cpuList = cpus();
const report = {
  measuredAt: new Date().toISOString(),
  totalSeconds: round((performance.now() - began) / 1000, 1),
  machine: {
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium: (renderingData?.chromium as string | undefined) ?? null,
  },
  results,
};
mkdirSync(`${root}.bench`, { recursive: true });
writeFileSync(`${root}.bench/results.json`, JSON.stringify(report, null, 2) + '\n');
writeFileSync(`${root}.bench/results.md`, renderMarkdown(report));
console.log('\n' + renderResults(report));
console.log(`Wrote .bench/results.json and .bench/results.md in ${report.totalSeconds} s.`);

const failed = results.filter((result) => result.error);
const missed = results.filter((result) => result.holds === false);
process.exitCode = failed.length || (strict && missed.length) ? 1 : 0;
