import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SandboxOptions } from './index.js';

/** The repository root (the folder holding pnpm-workspace.yaml above `cwd`), else `cwd`. */
export function repositoryRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer between ${min} and ${max}, got "${raw}".`);
  }
  return value;
}

/**
 * Reads the sandbox's configuration from the environment: `PORT` (4010), `UPSKILL_DB`
 * (`.upskill/sandbox.db` at the repository root), `UPSKILL_SEED_JOBS` (1000),
 * `UPSKILL_PUBLIC_URL`, `UPSKILL_RATE_LIMIT` (600 per minute, 0 = off),
 * `UPSKILL_ALLOWED_ORIGINS` (comma-separated) and `HOST`.
 */
export function configFromEnv(env: NodeJS.ProcessEnv, cwd: string): SandboxOptions & { port: number; db: string } {
  const db = env.UPSKILL_DB?.trim() || join(repositoryRoot(cwd), '.upskill', 'sandbox.db');
  const publicUrl = env.UPSKILL_PUBLIC_URL?.trim();
  if (publicUrl && !/^https?:\/\/[^\s/]+(\/\S*)?$/.test(publicUrl)) {
    throw new Error(`UPSKILL_PUBLIC_URL must be an http(s) origin such as https://sandbox.example.com, got "${publicUrl}".`);
  }
  const origins = env.UPSKILL_ALLOWED_ORIGINS?.split(',').map((o) => o.trim()).filter(Boolean);
  return {
    port: integer(env, 'PORT', 4010, 0, 65535),
    db,
    seedJobs: integer(env, 'UPSKILL_SEED_JOBS', 1000, 0, 10_000_000),
    rateLimit: integer(env, 'UPSKILL_RATE_LIMIT', 600, 0, 100_000_000),
    ...(publicUrl ? { publicUrl } : {}),
    ...(origins?.length ? { allowedOrigins: origins } : {}),
    ...(env.HOST?.trim() ? { hostname: env.HOST.trim() } : {}),
  };
}
