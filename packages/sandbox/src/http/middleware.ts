import { createHash, randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Env } from './context.js';
import { ApiProblem } from './problem.js';

/** Accepts a client's `X-Request-Id` when it is short and plain; otherwise makes one. */
export const requestId = (): MiddlewareHandler<Env> => async (c, next) => {
  const given = c.req.header('x-request-id');
  const id = given && /^[A-Za-z0-9._:@/+=-]{1,128}$/.test(given) ? given : `req_${randomUUID().replaceAll('-', '')}`;
  c.set('requestId', id);
  await next();
  c.res.headers.set('x-request-id', id);
};

const ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key, Accept-Language, X-Request-Id, X-Upskill-Client';
const EXPOSE_HEADERS = 'x-request-id, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Content-Language';
const ALLOW_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;
const REVOKE_PATH = /\/revoke$/;
/** Endpoints any origin may call: they need no token. */
const PUBLIC_PATH = /^\/(healthz$|v1\/(openapi\.json$|skills(\/|$)|credentials\/[^/]+$|issuers\/|status-lists\/|images\/))/;

/**
 * CORS: public endpoints allow any origin; authenticated ones allow the configured origins
 * (default: any localhost or 127.0.0.1 origin). Preflights are answered here.
 */
export const cors = (allowedOrigins: readonly string[] | undefined): MiddlewareHandler<Env> => async (c, next) => {
  const origin = c.req.header('origin');
  // Without an Origin header (server-to-server calls) there is nothing to match.
  const allowed = origin !== undefined && (
    (PUBLIC_PATH.test(c.req.path) && !REVOKE_PATH.test(c.req.path)) ||
    (allowedOrigins ? allowedOrigins.includes(origin) || allowedOrigins.includes('*') : LOCAL_ORIGIN.test(origin)));
  if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
    const headers: Record<string, string> = { vary: 'Origin' };
    if (allowed) {
      headers['access-control-allow-origin'] = origin;
      headers['access-control-allow-methods'] = ALLOW_METHODS;
      headers['access-control-allow-headers'] = ALLOW_HEADERS;
      headers['access-control-max-age'] = '600';
    }
    return c.body(null, 204, headers);
  }
  await next();
  c.res.headers.append('vary', 'Origin');
  if (allowed) {
    c.res.headers.set('access-control-allow-origin', origin);
    c.res.headers.set('access-control-expose-headers', EXPOSE_HEADERS);
  }
};

/**
 * Fixed one-minute windows per token (per client address without a token): `limit` requests
 * per minute, `0` turns it off. Every limited response carries `RateLimit-*` headers; beyond the
 * limit, a 429 with `Retry-After`. Failed authentications also count against the client address,
 * so cycling through made-up tokens does not buy a fresh budget each time.
 */
export const rateLimit = (limit: number): MiddlewareHandler<Env> => {
  const windows = new Map<string, { start: number; count: number }>();
  const hit = (key: string, start: number) => {
    let window = windows.get(key);
    if (!window || window.start !== start) {
      if (windows.size > 50_000) for (const [k, w] of windows) if (w.start !== start) windows.delete(k);
      window = { start, count: 0 };
      windows.set(key, window);
    }
    window.count++;
    return window;
  };
  // Each Authorization header's bucket (a hash, so that no token appears in a bucket name), computed once.
  const tokenBuckets = new Map<string, string>();
  const bucketOf = (auth: string) => {
    let bucket = tokenBuckets.get(auth);
    if (bucket === undefined) {
      bucket = 't:' + createHash('sha256').update(auth).digest('base64url').slice(0, 22);
      if (tokenBuckets.size >= 1000) tokenBuckets.clear();
      tokenBuckets.set(auth, bucket);
    }
    return bucket;
  };
  return async (c, next) => {
    if (limit <= 0 || c.req.method === 'OPTIONS') return next();
    const now = Date.now();
    const start = now - (now % 60_000);
    let address = 'unknown';
    try {
      address = getConnInfo(c).remote.address ?? address;
    } catch {
      // not served by node (tests with app.request): one shared bucket
    }
    const auth = c.req.header('authorization');
    const failures = windows.get('f:' + address);
    const window = failures && failures.start === start && failures.count >= limit
      ? failures
      : hit(auth ? bucketOf(auth) : 'a:' + address, start);
    const reset = Math.max(1, Math.ceil((start + 60_000 - now) / 1000));
    const headers = {
      'RateLimit-Limit': String(limit),
      'RateLimit-Remaining': String(Math.max(0, limit - window.count)),
      'RateLimit-Reset': String(reset),
    };
    if (window.count > limit || window === failures) {
      throw new ApiProblem(429, 'rate_limited', `More than ${limit} requests per minute; retry in ${reset} s.`, undefined, {
        ...headers, 'Retry-After': String(reset),
      });
    }
    try {
      await next();
    } finally {
      if (c.res.status === 401) hit('f:' + address, start);
    }
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
};
