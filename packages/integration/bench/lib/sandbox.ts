// A sandbox for one bench run: the integration tests' launcher (the built CLI, `PORT=0`), on a
// database in a temporary directory, tracked so that it is killed whatever happens.
import { join } from 'node:path';
import { startSandboxProcess } from '../../test/support/sandbox.js';
import { tempDir, track } from './processes.js';

export interface BenchSandbox {
  /** The origin, e.g. `http://localhost:40123`. */
  url: string;
  /** The sandbox's own pid (the CLI runs directly under Node, not through a shell). */
  pid: number;
  /** Milliseconds from spawn to listening, seeding included. */
  startupMs: number;
  /** Seeding time as the sandbox reports it, when it does. */
  seedMs: number | null;
  stop(): Promise<void>;
}

/** A sandbox seeded with `seedJobs` postings, rate limit off. */
export async function startSandbox(seedJobs: number, timeoutMs: number): Promise<BenchSandbox> {
  const began = performance.now();
  const sandbox = await startSandboxProcess({
    seedJobs,
    rateLimit: 0,
    db: join(tempDir('upskill-bench-'), 'sandbox.db'),
    timeoutMs,
  });
  track(sandbox.process);
  const startupMs = performance.now() - began;
  const seeded = /seeded with \d+ job postings in (\d+) ms/.exec(sandbox.output());
  return {
    url: sandbox.url,
    pid: sandbox.process.pid!,
    startupMs,
    seedMs: seeded ? Number(seeded[1]) : null,
    stop: () => sandbox.stop({ keepDb: true }),
  };
}
