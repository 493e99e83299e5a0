import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A sandbox running as a child process, from the built CLI (`packages/sandbox/dist/cli.js`). */
export interface SandboxProcess {
  /** Base URL, such as `http://localhost:43123`. */
  url: string;
  /** The SQLite file the sandbox writes to (survives {@link SandboxProcess.kill9}). */
  db: string;
  process: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then waits for exit; removes the temporary database unless `keepDb`. */
  stop(options?: { keepDb?: boolean }): Promise<void>;
  /** SIGKILL (a crash): nothing is flushed; waits for exit and keeps the database. */
  kill9(): Promise<void>;
}

export interface StartOptions {
  /** Job postings seeded when the database is new (`UPSKILL_SEED_JOBS`). Default 500. */
  seedJobs?: number;
  /** Requests per minute per token (`UPSKILL_RATE_LIMIT`); default 0 (off). */
  rateLimit?: number;
  /** Reuse an existing database file (for restart tests); default a new temporary file. */
  db?: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** How long to wait for the "listening" line. Default 60 s. */
  timeoutMs?: number;
}

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../../sandbox/dist/cli.js');

/**
 * Spawns the built sandbox CLI on a free port with its own temporary database and resolves once
 * it prints `Upskill sandbox listening on <url>`. Build it first: `pnpm --filter @upskill/sandbox build`.
 */
export async function startSandboxProcess(options: StartOptions = {}): Promise<SandboxProcess> {
  const tempDir = options.db ? undefined : mkdtempSync(join(tmpdir(), 'upskill-sandbox-'));
  const db = options.db ?? join(tempDir!, 'sandbox.db');
  const child = spawn(process.execPath, [CLI], {
    env: {
      ...process.env,
      PORT: '0',
      UPSKILL_DB: db,
      UPSKILL_SEED_JOBS: String(options.seedJobs ?? 500),
      UPSKILL_RATE_LIMIT: String(options.rateLimit ?? 0),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The sandbox did not start within ${options.timeoutMs ?? 60_000} ms. Output:\n${output}`));
    }, options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Upskill sandbox listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The sandbox exited (${signal ?? code}) before listening. Did you build it (pnpm --filter @upskill/sandbox build)? Output:\n${output}`));
    });
  });

  const cleanup = (keepDb: boolean) => {
    if (tempDir && !keepDb) rmSync(tempDir, { recursive: true, force: true });
  };
  return {
    url,
    db,
    process: child,
    output: () => output,
    async stop({ keepDb = false } = {}) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      cleanup(keepDb);
    },
    async kill9() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
