import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { configFromEnv, repositoryRoot } from '../src/config.js';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'upskill-cli-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Running { child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> }

/** Runs the CLI from source (what `pnpm start` runs once built) and waits for its listening line. */
async function runCli(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts'], {
    cwd: PACKAGE, env: { ...process.env, PORT: '0', UPSKILL_SEED_JOBS: '200', UPSKILL_RATE_LIMIT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Upskill sandbox listening on (http:\/\/localhost:(\d+))/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`exited ${code}: ${output}`)));
  });
  return { child, url, output: () => output, exited };
}

describe('cli', () => {
  const db = join(dir, 'cli.db');

  test('prints the banner: portal, demo keys, demo learners, the actual port', async () => {
    const run = await runCli({ UPSKILL_DB: db });
    try {
      const out = run.output();
      const port = new URL(run.url).port;
      assert.notEqual(port, '0');
      assert.ok(out.includes(`Demo portal     ${run.url}/`));
      assert.ok(out.includes('sk_test_upskill_demo') && out.includes('sk_test_upskill_other'));
      for (const id of ['lrn_demo_amara', 'lrn_demo_lucie', 'lrn_demo_mateo']) assert.ok(out.includes(id), id);
      assert.match(out, /new database seeded with 200 job postings/);
      assert.ok(!/z[1-9A-HJ-NP-Za-km-z]{40,}/.test(out), 'no key material in the output');
      const health = await fetch(`${run.url}/healthz`);
      assert.equal(health.status, 200);
      const portal = await fetch(`${run.url}/`);
      assert.equal(portal.status, 200);
      assert.match(portal.headers.get('content-type') ?? '', /text\/html/);
    } finally {
      run.child.kill('SIGTERM');
      assert.equal(await run.exited, 0);
    }
  });

  test('an acknowledged write survives kill -9; the database is not seeded twice', async () => {
    const first = await runCli({ UPSKILL_DB: db });
    const created = await fetch(`${first.url}/v1/learners`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_test_upskill_demo', 'content-type': 'application/json' },
      body: JSON.stringify({ externalId: 'durable-1', name: 'Durable' }),
    });
    assert.equal(created.status, 201);
    const learner = (await created.json()) as { id: string };
    first.child.kill('SIGKILL');
    await first.exited;
    const second = await runCli({ UPSKILL_DB: db });
    try {
      assert.match(second.output(), /existing database/);
      const res = await fetch(`${second.url}/v1/learners/${learner.id}`, { headers: { authorization: 'Bearer sk_test_upskill_demo' } });
      assert.equal(res.status, 200);
      const jobs = await fetch(`${second.url}/v1/jobs?limit=100`, { headers: { authorization: 'Bearer sk_test_upskill_demo' } });
      assert.equal(((await jobs.json()) as { data: unknown[] }).data.length, 100);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  test('a bad environment value stops the CLI with a message naming it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts'], { cwd: PACKAGE, env: { ...process.env, PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    assert.equal(code, 1);
    assert.match(err, /PORT must be an integer/);
  });
});

describe('configFromEnv', () => {
  test('defaults: port 4010, database at the repository root', () => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, 'packages', 'x'), { recursive: true });
    writeFileSync(join(repo, 'pnpm-workspace.yaml'), 'packages: []\n');
    assert.equal(repositoryRoot(join(repo, 'packages', 'x')), repo);
    const config = configFromEnv({}, join(repo, 'packages', 'x'));
    assert.equal(config.port, 4010);
    assert.equal(config.db, join(repo, '.upskill', 'sandbox.db'));
    assert.equal(config.rateLimit, 600);
    assert.ok((config.seedJobs ?? 0) >= 500);
  });

  test('reads every variable and rejects bad values', () => {
    const config = configFromEnv({
      PORT: '0', UPSKILL_DB: ':memory:', UPSKILL_SEED_JOBS: '100000', UPSKILL_RATE_LIMIT: '0',
      UPSKILL_PUBLIC_URL: 'https://sandbox.example.com', UPSKILL_ALLOWED_ORIGINS: 'https://a.example, https://b.example',
    }, dir);
    assert.deepEqual(
      [config.port, config.db, config.seedJobs, config.rateLimit, config.publicUrl, config.allowedOrigins],
      [0, ':memory:', 100000, 0, 'https://sandbox.example.com', ['https://a.example', 'https://b.example']],
    );
    assert.throws(() => configFromEnv({ UPSKILL_RATE_LIMIT: '-1' }, dir), /UPSKILL_RATE_LIMIT/);
    assert.throws(() => configFromEnv({ UPSKILL_PUBLIC_URL: 'ftp://x' }, dir), /UPSKILL_PUBLIC_URL/);
  });
});
