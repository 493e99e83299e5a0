import type { Context } from 'hono';
import { toFieldErrors } from '@upskill/sdk/schemas';
import type * as z from 'zod/mini';
import type { Services } from '../services/index.js';
import type { Principal } from '../services/sessions.js';
import { parseAcceptLanguage, type Locale } from './locale.js';
import { ApiProblem, forbidden, invalid } from './problem.js';

/** Per-request values the middleware sets. */
export interface Env {
  Variables: { requestId: string; services: Services; principal?: Principal };
}
export type Ctx = Context<Env>;

/** Who may call an endpoint (as in the contract's operation table). */
export type Access = 'secret' | 'session' | 'learner';

/** Largest accepted request body. */
const MAX_BODY_BYTES = 1_048_576;

/** Authenticates the request and checks the token type may call this endpoint. */
export function authorize(c: Ctx, access: Access): Principal {
  // c.get, not c.var: c.var copies every variable into a new object on each access.
  const principal = c.get('principal') ?? c.get('services').sessions.authenticate(c.req.header('authorization'));
  c.set('principal', principal);
  if (access === 'secret' && principal.kind !== 'secret') {
    throw forbidden('This endpoint needs a secret key: call it from your server, not with a learner session token.');
  }
  if (access === 'learner' && principal.kind !== 'session') {
    throw forbidden("Only the learner, through their own session token, may do this; a secret key may not.");
  }
  return principal;
}

/** The request's language preferences, best first. */
export const prefsOf = (c: Ctx): readonly Locale[] => parseAcceptLanguage(c.req.header('accept-language'));

/** The request's raw query string, without the `?` (empty when there is none). */
export function rawQueryOf(c: Ctx): string {
  const url = c.req.url;
  const start = url.indexOf('?');
  return start < 0 ? '' : url.slice(start + 1);
}

/** A 200 whose body is already-serialized JSON. */
export const jsonBytes = (c: Ctx, bytes: Uint8Array<ArrayBuffer>): Response =>
  c.body(bytes, 200, { 'content-type': 'application/json' });

/** Parses and validates the query string; repeated parameters are rejected by the schema. */
export function parseQuery<S extends z.ZodMiniType>(c: Ctx, schema: S): z.infer<S> {
  const url = new URL(c.req.url);
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const current = raw[key];
    raw[key] = current === undefined ? value : Array.isArray(current) ? [...current, value] : [current, value];
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const errors = toFieldErrors(result.error.issues);
    throw invalid(`Invalid query: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}.`, errors);
  }
  return result.data;
}

/** Reads, parses and validates a JSON body: malformed JSON, a wrong content type or a schema violation is a 400. */
export async function parseBody<S extends z.ZodMiniType>(c: Ctx, schema: S): Promise<z.infer<S>> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) {
    throw invalid(`Content-Type must be application/json${type ? `, not ${type}` : ''}.`);
  }
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) throw new ApiProblem(413, 'invalid_request', `Request body larger than ${MAX_BODY_BYTES} bytes.`);
  const text = await c.req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new ApiProblem(413, 'invalid_request', `Request body larger than ${MAX_BODY_BYTES} bytes.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'unparseable';
    throw invalid(`Malformed JSON body: ${reason}.`, [{ path: '', message: 'is not valid JSON' }]);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const errors = toFieldErrors(result.error.issues);
    throw invalid(`Invalid body: ${errors.slice(0, 5).map((e) => `${e.path || '/'} ${e.message}`).join('; ')}.`, errors.slice(0, 100));
  }
  const badText = unstorableText(result.data, '');
  if (badText !== undefined) {
    throw invalid(`Invalid body: ${badText || '/'} holds a NUL character or an unpaired surrogate, which text fields cannot store.`, [
      { path: badText, message: 'must be valid Unicode text without NUL characters' },
    ]);
  }
  return result.data;
}

/** NUL (SQLite text would cut there) or a lone UTF-16 surrogate (it would come back as U+FFFD). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The JSON Pointer of the first string that could not be stored byte for byte, if any. */
function unstorableText(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\0') || LONE_SURROGATE.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = unstorableText(item, `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A list query's limit, with the default applied. */
export const limitOf = (q: { limit?: number | undefined }): number => q.limit ?? 20;
