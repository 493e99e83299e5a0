import type * as Ky from 'ky';
import type * as z from 'zod/mini';
import type { PageBody } from './schemas/common.js';
import { toJsonPointer, type FieldError } from './schemas/problem.js';
import {
  AbortError, AuthenticationError, NetworkError, ResponseValidationError, TimeoutError, UpskillError, apiErrorFor,
} from './errors.js';
import { PagePromise } from './pagination.js';
import { uuid } from './uuid.js';
import { VERSION } from './version.js';

/** Per-call options, accepted last by every method. */
export interface RequestOptions {
  /** Aborts the request (and its retries); the call then rejects with `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Milliseconds to wait for each attempt before it counts as timed out (default: the client's). */
  timeout?: number | undefined;
  /**
   * The `Idempotency-Key` of a POST (default: a new UUID per call, the same across its retries).
   * Send the same key again to make a retried write apply once.
   */
  idempotencyKey?: string | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
}

/** Retry settings; a number is the `limit` alone. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2); `0` turns retries off. */
  limit?: number;
  /** Longest wait between attempts in ms, before jitter (default 8000). */
  backoffLimit?: number;
  /** Longest `Retry-After` honoured, in ms (default 60000); a longer one is cut to this. */
  maxRetryAfter?: number;
  /** Wait before retry number `attempt` (1-based) in ms, before jitter (default 500 × 2^(attempt−1)). */
  delay?: (attempt: number) => number;
}

/** What the transport needs from the client's options. */
export interface TransportOptions {
  prefixUrl: string;
  token?: string | undefined;
  getToken?: (() => string | Promise<string>) | undefined;
  /** Throws for a token that must not be used here (a secret key in a browser). */
  check: (token: string) => void;
  fetch?: typeof globalThis.fetch | undefined;
  timeout: number;
  retry: RetryOptions;
  headers: Record<string, string>;
}

/** An HTTP method of the API. */
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Path parameter, query and body of one call. */
export interface CallInit {
  id?: string | undefined;
  query?: object | undefined;
  body?: unknown;
}

/** Turns a response schema into the one that parses it; the Node entry installs zod's compiler. */
let prepare = <T>(schema: z.ZodMiniType<T>) => schema;

/** Sets how response schemas are prepared before parsing (called by the Node entry only). */
export function prepareSchemas(compile: typeof prepare): void {
  prepare = compile;
}

/** Statuses retried: timeouts, rate limits and the gateway/unavailable family (not 500). */
const RETRY_STATUSES = [408, 429, 502, 503, 504];
const RETRY_METHODS = ['get', 'put', 'patch', 'delete', 'post'];

/** Longest timeout a timer can wait (ky's limit too). */
const MAX_TIMEOUT = 2_147_483_647;

/** What a first attempt that ran out of time rejects with, until ky turns it into its own timeout. */
const TIMED_OUT = Symbol();

/**
 * An answer as ky should see it: of the global Response class (ky takes no other, and a caller's
 * fetch may use its own), without a `Retry-After` that is neither seconds nor a date (ky would
 * wait its whole cap for one; the backoff applies instead).
 */
function forKy(response: Response): Response {
  const headers = new Headers(response.headers);
  const retryAfter = headers.get('retry-after') ?? '0';
  if (Number.isNaN(+retryAfter) && Number.isNaN(Date.parse(retryAfter))) headers.delete('retry-after');
  else if (response instanceof Response) return response;
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** Lower-cases header names, so that a caller's `Accept` replaces the default `accept`. */
const lower = (headers: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

/**
 * Sends the API's operations: auth, idempotency, retries, validation, errors. One per client,
 * made by `composeClient` and handed to each resource factory.
 *
 * The first attempt of a call goes straight to `fetch`; an answer in the 2xx range is all most
 * calls need. Any other outcome (an error status, a network error, a timeout) is handed to ky,
 * which takes it as its own first attempt: ky's retry rules, backoff, jitter and `Retry-After`
 * handling then decide what happens, and ky sends the retries. A successful call so skips ky's
 * per-call work (three `Request` copies, the retry clone, option merging), which cost more than
 * the SDK's overhead budget on its own, and ky is only imported once a call needs it.
 */
export class Transport {
  readonly #options: TransportOptions;
  readonly #headers: Record<string, string>;
  readonly #retry: Ky.Options;
  #token: Promise<string> | undefined;

  constructor(options: TransportOptions) {
    this.#options = options;
    this.#headers = { accept: 'application/json', ...lower(options.headers), 'x-upskill-client': `sdk/${VERSION}` };
    const { limit = 2, backoffLimit = 8000, maxRetryAfter = 60_000, delay = (n: number) => 500 * 2 ** (n - 1) } = options.retry;
    this.#retry = {
      fetch: async (input, init) => forKy(await (options.fetch ?? globalThis.fetch)(input, init)),
      retry: {
        limit,
        methods: RETRY_METHODS,
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: RETRY_STATUSES,
        backoffLimit,
        maxRetryAfter,
        delay,
        // Full jitter: a uniform wait between 0 and the backoff (never for a Retry-After).
        jitter: true,
        retryOnTimeout: true,
      },
    };
  }

  /** The token to send: `getToken` is called on first use, and again once the token was dropped. */
  #currentToken(): Promise<string> {
    if (!this.#token) {
      const { token, getToken, check } = this.#options;
      const current = (async () => {
        const value = token ?? (await getToken?.());
        if (!value) throw new UpskillError('getToken() returned no token');
        check(value);
        return value;
      })();
      // A failed getToken is asked again next time rather than remembered.
      current.catch(() => {
        if (this.#token === current) this.#token = undefined;
      });
      this.#token = current;
    }
    return this.#token;
  }

  /**
   * Calls the API and returns the answer, validated by `response` (`null`: no body).
   * @param path - Below `/v1/`, with `{id}` replaced by `init.id`.
   */
  async call<T>(method: Method, path: string, response: z.ZodMiniType<T> | null, init: CallInit = {}, options: RequestOptions = {}): Promise<T> {
    path = path.replace('{id}', () => encodeURIComponent(init.id ?? ''));
    const where = `${method.toUpperCase()} /v1/${path}`;
    const headers: Record<string, string> = options.headers ? { ...this.#headers, ...lower(options.headers) } : { ...this.#headers };
    // Set once per call, so every retry of this call carries the same key.
    if (method === 'post') headers['idempotency-key'] = options.idempotencyKey ?? uuid();
    if (init.body !== undefined) headers['content-type'] = 'application/json';

    for (let refreshed = false; ; refreshed = true) {
      const token = this.#currentToken();
      try {
        headers.authorization = `Bearer ${await token}`;
        return await this.#send(method, path, response, where, init, options, headers);
      } catch (error) {
        // A 401 with a token from getToken: fetch a new token once and try again.
        if (refreshed || !(error instanceof AuthenticationError) || this.#options.token !== undefined) throw error;
        if (this.#token === token) this.#token = undefined;
      }
    }
  }

  /** Calls a list operation: a {@link PagePromise} that fetches pages with the same query and options. */
  list<T>(path: string, response: z.ZodMiniType<PageBody<T>>, id: string | undefined, query: object = {}, options?: RequestOptions): PagePromise<T> {
    return new PagePromise<T>((cursor) =>
      this.call('get', path, response, { id, query: cursor === undefined ? query : { ...query, cursor } }, options),
    );
  }

  async #send<T>(method: Method, path: string, schema: z.ZodMiniType<T> | null, where: string, init: CallInit, options: RequestOptions, headers: Record<string, string>): Promise<T> {
    let response: Response;
    let text: string;
    try {
      const query = new URLSearchParams(Object.entries(init.query ?? {}).filter(([, value]) => value !== undefined)).toString();
      const request = { method: method.toUpperCase(), headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) };
      response = await this.#request(this.#options.prefixUrl + (query ? `${path}?${query}` : path), request, options.timeout ?? this.#options.timeout, options.signal);
      text = await response.text();
    } catch (error) {
      throw await toUpskillError(error, where, options.signal);
    }
    if (!schema) return undefined as T;
    const requestId = response.headers.get('x-request-id');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (cause) {
      throw new ResponseValidationError(where, requestId, [{ path: '', message: 'is not valid JSON' }], { cause });
    }
    const result = prepare(schema).safeParse(body);
    if (!result.success) {
      // Paths as the contract writes them (JSON Pointers); the wording stays short, since the
      // contract's full wording table (toFieldErrors) would not fit the browser size budget.
      const issues = result.error.issues.map((issue) => ({
        path: toJsonPointer(issue.path),
        message: issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.code.replace('_', ' '),
      }));
      throw new ResponseValidationError(where, requestId, issues);
    }
    return result.data;
  }

  /** One call's attempts: the first one here, any retry through ky (see the class comment). */
  async #request(url: string, request: RequestInit, timeout: number, signal: AbortSignal | undefined): Promise<Response> {
    if (!(timeout > 0 && timeout <= MAX_TIMEOUT)) throw new UpskillError(`timeout must be between 1 and ${MAX_TIMEOUT} ms`);
    let first: Response | undefined;
    let failure: unknown;
    try {
      first = await this.#attempt(url, request, timeout, signal);
      if (first.ok) return first;
      first = forKy(first);
    } catch (error) {
      if (signal?.aborted) throw error;
      failure = error;
    }
    let ky: typeof Ky;
    try {
      // Imported when a call first needs it (a retry), so that it stays out of the initial bundle.
      ky = await import('ky');
    } catch {
      // Without ky, no retry: the first outcome is the answer.
      throw first ?? failure;
    }
    return ky.default(url, {
      ...this.#retry,
      ...request,
      timeout,
      signal,
      hooks: {
        beforeRequest: [
          (kyRequest, _, { retryCount }) => {
            if (retryCount) return;
            // ky takes the first attempt's outcome as its own: it retries it, or throws it.
            if (first) return first;
            throw failure === TIMED_OUT ? new ky.TimeoutError(kyRequest) : failure;
          },
        ],
      },
    });
  }

  /** Sends one attempt with `fetch`, timing out like ky (the body may take longer). */
  async #attempt(url: string, request: RequestInit, timeout: number, signal: AbortSignal | undefined): Promise<Response> {
    const timer = new AbortController();
    const id = setTimeout(() => timer.abort(), timeout);
    try {
      return await (this.#options.fetch ?? globalThis.fetch)(url, { ...request, signal: signal ? AbortSignal.any([signal, timer.signal]) : timer.signal });
    } catch (error) {
      throw timer.signal.aborted && !signal?.aborted ? TIMED_OUT : error;
    } finally {
      clearTimeout(id);
    }
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * Maps whatever ky or fetch threw into the SDK's errors. This is the one place errors are
 * translated: ky 1.14's `beforeError` hook only sees HTTP errors, not network errors, timeouts
 * or aborts. ky's own errors are never kept as `cause`, since they hold the request headers.
 */
async function toUpskillError(error: unknown, where: string, signal: AbortSignal | undefined): Promise<UpskillError> {
  if (error instanceof UpskillError) return error;
  if (signal?.aborted) return new AbortError(`${where} was aborted`);
  // ky's errors are told by name, as ky's own type guards do, so that ky is not imported for them.
  const { name } = Object(error) as Error;
  if (error === TIMED_OUT || name === 'TimeoutError') return new TimeoutError(`${where} timed out, after retries`);
  const response = error instanceof Response ? error : name === 'HTTPError' ? (error as Ky.HTTPError).response : undefined;
  if (!response) return new NetworkError(`${where} got no HTTP answer: ${String((error as Error)?.message ?? error)}`, { cause: error });
  let body: Record<string, unknown> = {};
  try {
    body = Object(JSON.parse(await response.text())) as Record<string, unknown>;
  } catch {
    // Not problem+json (a proxy's HTML page, say): the status alone describes it.
  }
  return apiErrorFor(response.status, {
    code: text(body.code) ?? `http_${response.status}`,
    title: text(body.title) ?? (response.statusText || `HTTP ${response.status}`),
    detail: text(body.detail),
    requestId: text(body.requestId) ?? response.headers.get('x-request-id'),
    errors: Array.isArray(body.errors) ? (body.errors as FieldError[]) : [],
  }, where, Number(response.headers.get('retry-after')) || null);
}
