// Child processes and temporary directories of one bench run, all released on exit, even on failure.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();

function killTree(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  // A child started detached leads its own process group: killing the group reaches its own children.
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/** Direct children of this process still alive, from /proc (Linux); empty elsewhere. */
function liveChildren(): number[] {
  if (!existsSync('/proc/self/stat')) return [];
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The fields after the command name: state, then the parent pid.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === process.pid) pids.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return pids;
}

/**
 * Kills every tracked process and removes every temporary directory of this run. Synchronous, so
 * it also runs in `exit`. `everyChild` (on exit) also kills any other direct child still alive,
 * such as a sandbox still seeding when the run is interrupted.
 */
export function releaseAll({ everyChild = false } = {}): void {
  for (const child of children) killTree(child);
  children.clear();
  for (const pid of everyChild ? liveChildren() : []) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

let hooked = false;
/** Installs the exit and signal hooks that call {@link releaseAll}. */
export function releaseOnExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => releaseAll({ everyChild: true }));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      releaseAll({ everyChild: true });
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

/** Tracks a process started elsewhere, so that it is killed when the run ends. */
export function track(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

/** A temporary directory under the OS temp dir, removed when the run ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** A TCP port free on the loopback interface right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Started {
  /** The process itself (its pid is the server's own pid, not a shell's). */
  child: ChildProcess;
  pid: number;
  /** Milliseconds from spawn to ready. */
  startupMs: number;
  /** The line that matched `readyLine`, if any. */
  readyMatch: RegExpExecArray | null;
  /** The last lines the process printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  cwd?: string;
  /** Ready when a line of output matches this… */
  readyLine?: RegExp;
  /** …or when this URL answers any HTTP status. */
  readyUrl?: string;
  timeoutMs: number;
}

/** Spawns a long-running process, tracked for cleanup, and resolves once it is ready. */
export function start(options: StartOptions): Promise<Started> {
  const began = performance.now();
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.add(child);
  const lines: string[] = [];
  const output = () => lines.join('\n');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    killTree(child);
    await exited;
    children.delete(child);
  };

  return new Promise<Started>((resolve, reject) => {
    let settled = false;
    const ready = (readyMatch: RegExpExecArray | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ child, pid: child.pid!, startupMs: performance.now() - began, readyMatch, output, stop });
    };
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop();
      reject(new Error(`${options.name} ${why}. Last output:\n${output() || '(none)'}`));
    };
    const timer = setTimeout(() => fail(`was not ready after ${options.timeoutMs / 1000} s`), options.timeoutMs);
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        lines.push(line);
        if (lines.length > 15) lines.shift();
        const match = options.readyLine?.exec(line);
        if (match) ready(match);
      }
    };
    // Always drained: a full pipe would stall the server mid-benchmark.
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (error) => fail(`could not start: ${error.message}`));
    child.once('exit', (code, signal) => fail(`exited before it was ready (code ${code}, signal ${signal})`));
    if (options.readyUrl) {
      const url = options.readyUrl;
      const poll = async () => {
        while (!settled) {
          try {
            await fetch(url, { signal: AbortSignal.timeout(1000) });
            ready(null);
          } catch {
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      };
      void poll();
    }
  });
}

/** Peak and current resident set size of a live process, in bytes, from /proc. */
export async function memoryOf(pid: number): Promise<{ peakRssBytes: number; rssBytes: number }> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!match) throw new Error(`/proc/${pid}/status has no ${field} line`);
    return Number(match[1]) * 1024;
  };
  return { peakRssBytes: kb('VmHWM'), rssBytes: kb('VmRSS') };
}
