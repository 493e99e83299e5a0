import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startSandbox, type SandboxOptions } from '../src/index.js';

export const DEMO_KEY = 'sk_test_upskill_demo';
export const OTHER_KEY = 'sk_test_upskill_other';
export const AMARA = 'lrn_demo_amara';
export const LUCIE = 'lrn_demo_lucie';
export const MATEO = 'lrn_demo_mateo';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies are untyped JSON that tests probe
export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** A sandbox started in-process over a temporary database file, plus a small HTTP helper. */
export interface TestSandbox {
  url: string;
  close(): Promise<void>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  call<T = any>(method: string, path: string, options?: {
    token?: string | null; body?: unknown; rawBody?: string; headers?: Record<string, string>;
  }): Promise<Reply<T>>;
  /** Mints a session token for a learner with the given secret key. */
  session(learnerId: string, key?: string): Promise<string>;
}

export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const dir = mkdtempSync(join(tmpdir(), 'upskill-sandbox-test-'));
  const sandbox = await startSandbox({ port: 0, db: join(dir, 'sandbox.db'), seedJobs: 300, rateLimit: 0, ...options });
  const call: TestSandbox['call'] = async (method, path, o = {}) => {
    const headers: Record<string, string> = { ...o.headers };
    const token = o.token === undefined ? DEMO_KEY : o.token;
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (o.rawBody !== undefined) body = o.rawBody;
    else if (o.body !== undefined) {
      body = JSON.stringify(o.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(sandbox.url + path, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, headers: res.headers, body: parsed as never };
  };
  return {
    url: sandbox.url,
    call,
    async session(learnerId, key = DEMO_KEY) {
      const res = await call('POST', '/v1/sessions', { token: key, body: { learnerId } });
      if (res.status !== 201) throw new Error(`session for ${learnerId}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.token as string;
    },
    async close() {
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Whether bit `index` of a Bitstring Status List credential's `encodedList` is set. */
export function statusBit(encodedList: string, index: number): boolean {
  const bytes = gunzipSync(Buffer.from(encodedList.replace(/^u/, ''), 'base64url'));
  return ((bytes[Math.floor(index / 8)]! >> (7 - (index % 8))) & 1) === 1;
}

/** Asserts the RFC 9457 shape and returns the body. */
export function isProblem(reply: Reply, status: number, code: string): boolean {
  const b = reply.body as Record<string, unknown>;
  return reply.status === status &&
    (reply.headers.get('content-type') ?? '').startsWith('application/problem+json') &&
    b.code === code && b.status === status && typeof b.title === 'string' && typeof b.type === 'string' &&
    typeof b.detail === 'string' && typeof b.requestId === 'string' && b.requestId === reply.headers.get('x-request-id');
}
