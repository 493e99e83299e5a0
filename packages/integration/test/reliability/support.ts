// Shared by the adversarial suite: the sandbox's secrets read back from its database, forged
// session tokens, and the checks every file runs on what it collected.
import { createHmac, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SandboxProcess } from '../support/sandbox.js';

export { startSandboxProcess, type SandboxProcess } from '../support/sandbox.js';

/** The two well-known sandbox test keys (printed in the start banner, and only there). */
export const DEMO_KEY = 'sk_test_upskill_demo';
export const OTHER_KEY = 'sk_test_upskill_other';
/** Seeded demo learners of the demo organisation. */
export const AMARA = 'lrn_demo_amara';
export const LUCIE = 'lrn_demo_lucie';
export const MATEO = 'lrn_demo_mateo';

const SANDBOX_PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../sandbox/package.json');

interface SqliteDatabase {
  prepare(sql: string): { all(): unknown[] };
  close(): void;
}

/** Secret material the sandbox keeps in its database: none of it may ever leave it. */
export interface SandboxSecrets {
  /** The HMAC key that signs session tokens, as stored (base64url). */
  sessionSecret: string;
  /** Each organisation's issuer signing key (`secretKeyMultibase`). */
  issuerKeys: string[];
  /** Every form worth searching for: the stored strings plus other encodings of the HMAC key. */
  needles: { name: string; value: string }[];
}

/** Reads the session HMAC secret (`meta`) and the issuers' signing keys (`organisations`). */
export function readSecrets(dbPath: string): SandboxSecrets {
  // libsql is the sandbox's own driver; resolved from its package, not a dependency of this one.
  const Database = createRequire(SANDBOX_PACKAGE)('libsql') as new (path: string, options: object) => SqliteDatabase;
  const db = new Database(dbPath, { readonly: true });
  try {
    const meta = db.prepare("SELECT value FROM meta WHERE key = 'session_signing_secret'").all() as { value: string }[];
    const orgs = db.prepare('SELECT id, issuer_key FROM organisations').all() as { id: string; issuer_key: string }[];
    const sessionSecret = meta[0]?.value;
    if (!sessionSecret) throw new Error('No session_signing_secret in the sandbox database');
    const issuerKeys = orgs.map((o) => (JSON.parse(o.issuer_key) as { secretKeyMultibase: string }).secretKeyMultibase);
    if (issuerKeys.length === 0 || issuerKeys.some((k) => !k)) throw new Error('No issuer signing keys in the sandbox database');
    const raw = Buffer.from(sessionSecret, 'base64url');
    const needles = [
      { name: 'session HMAC secret (base64url)', value: sessionSecret },
      { name: 'session HMAC secret (base64)', value: raw.toString('base64').replace(/=+$/, '') },
      { name: 'session HMAC secret (hex)', value: raw.toString('hex') },
      ...issuerKeys.map((k, i) => ({ name: `issuer signing key #${i}`, value: k })),
      // A fragment catches a key printed cut or wrapped.
      ...issuerKeys.map((k, i) => ({ name: `issuer signing key #${i} (fragment)`, value: k.slice(8, 40) })),
    ];
    return { sessionSecret, issuerKeys, needles };
  } finally {
    db.close();
  }
}

/** Names of the secrets found in `text`. */
export function secretsIn(text: string, secrets: SandboxSecrets): string[] {
  return secrets.needles.filter((n) => text.includes(n.value)).map((n) => n.name);
}

/** Session tokens and secret keys in a text; the banner's two demo keys are allowed. */
export function credentialsIn(text: string): string[] {
  const found = [...text.matchAll(/\bust_[A-Za-z0-9_-]{8,}(\.[A-Za-z0-9_-]*)?/g)].map((m) => m[0]);
  for (const m of text.matchAll(/\bsk_[A-Za-z0-9_]+/g)) if (m[0] !== DEMO_KEY && m[0] !== OTHER_KEY) found.push(m[0]);
  for (const m of text.matchAll(/Bearer\s+\S+/gi)) found.push(m[0]);
  return found;
}

/** The sandbox's output minus its start banner (which alone may name the two demo keys). */
export function logsAfterBanner(sandbox: SandboxProcess): string {
  const output = sandbox.output();
  const end = output.indexOf('Upskill sandbox listening on');
  return end < 0 ? output : output.slice(output.indexOf('\n', end) + 1);
}

/**
 * Asserts the sandbox's logs name no secret, no session token and (past the banner) no key, and
 * that none of `bodies` holds a secret. Returns the number of leaks found, for the summary line.
 */
export function leaksIn(sandbox: SandboxProcess, bodies: Iterable<string> = []): string[] {
  const secrets = readSecrets(sandbox.db);
  const leaks: string[] = [];
  const output = sandbox.output();
  for (const name of secretsIn(output, secrets)) leaks.push(`sandbox log holds the ${name}`);
  for (const token of credentialsIn(output.replaceAll(DEMO_KEY, '').replaceAll(OTHER_KEY, ''))) leaks.push(`sandbox log holds a credential: ${token.slice(0, 12)}…`);
  for (const key of [DEMO_KEY, OTHER_KEY]) {
    if (logsAfterBanner(sandbox).includes(key)) leaks.push(`sandbox log names ${key.slice(0, 8)}… outside the start banner`);
  }
  let i = 0;
  for (const body of bodies) {
    for (const name of secretsIn(body, secrets)) leaks.push(`response body #${i} holds the ${name}`);
    i++;
  }
  return leaks;
}

/** Mints a learner session token with a secret key. */
export async function mintSession(url: string, key: string, learnerId: string, ttlSeconds?: number): Promise<string> {
  const res = await fetch(`${url}/v1/sessions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ learnerId, ...(ttlSeconds ? { ttlSeconds } : {}) }),
  });
  if (res.status !== 201) throw new Error(`POST /v1/sessions answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/**
 * A session token in the sandbox's format (`ust_<payload>.<HMAC-SHA256>`), signed with `secret`
 * (base64url): with the real secret and a past expiry it is an expired token; with a random
 * secret, a token signed with the wrong key.
 */
export function forgeSessionToken(claims: { o: string; l: string; e: number }, secret: string = randomBytes(32).toString('base64url')): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = createHmac('sha256', Buffer.from(secret, 'base64url')).update(payload).digest('base64url');
  return `ust_${payload}.${signature}`;
}

/** Problems with a 4xx answer: it must be RFC 9457 problem+json with the contract's fields. */
export function problemIssues(status: number, contentType: string | null, body: string, requestId: string | null): string[] {
  const issues: string[] = [];
  if (!contentType?.startsWith('application/problem+json')) issues.push(`content-type ${contentType ?? 'missing'}`);
  if (!requestId) issues.push('no x-request-id');
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return [...issues, 'body is not JSON'];
  }
  for (const field of ['type', 'title', 'detail', 'code', 'requestId'] as const) {
    if (typeof parsed[field] !== 'string') issues.push(`no string "${field}"`);
  }
  if (parsed.status !== status) issues.push(`"status" ${String(parsed.status)} is not ${status}`);
  if (requestId && parsed.requestId !== requestId) issues.push('"requestId" differs from x-request-id');
  if (parsed.errors !== undefined) {
    const ok = Array.isArray(parsed.errors) && parsed.errors.every((e: unknown) =>
      typeof e === 'object' && e !== null && typeof (e as { path?: unknown }).path === 'string' &&
      ((e as { path: string }).path === '' || (e as { path: string }).path.startsWith('/')) &&
      typeof (e as { message?: unknown }).message === 'string');
    if (!ok) issues.push('"errors" is not [{ path (JSON Pointer), message }]');
  }
  return issues;
}

/** Waits until `check` returns true, polling; fails after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
