import { UpskillError } from './errors.js';
import { progress, type ProgressQueue, type ProgressStorage } from './progress-queue.js';
import { certifications, type Certifications } from './resources/certifications.js';
import { courses, type Courses } from './resources/courses.js';
import { credentials, type Credentials } from './resources/credentials.js';
import { enrollments, type Enrollments } from './resources/enrollments.js';
import { issuers, type Issuers } from './resources/issuers.js';
import { jobs, type Jobs } from './resources/jobs.js';
import { learners, type Learners } from './resources/learners.js';
import { sessions, type Sessions } from './resources/sessions.js';
import { skills, type Skills } from './resources/skills.js';
import { Transport, type RetryOptions } from './transport.js';

/** Options of {@link createClient}. Give either `token` or `getToken`. */
export interface ClientOptions {
  /**
   * The API server's origin, optionally with a path prefix (`http://localhost:4010`,
   * `https://example.com/upskill`). The SDK adds `/v1` itself.
   */
  baseUrl: string;
  /**
   * A fixed bearer token: a learner session token in browsers, or a secret key (`sk_…`) on a
   * partner's server.
   */
  token?: string;
  /**
   * Returns a bearer token; called before the first request and once more after a 401 (for
   * example when a session token expired), then the request is sent again once. Use it to fetch
   * session tokens from your own server.
   */
  getToken?: () => string | Promise<string>;
  /** The `fetch` to use (default: the global one). */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds each attempt may take before it times out and is retried (default 30000). */
  timeout?: number;
  /**
   * Retries of network errors, timeouts, 408, 429, 502, 503 and 504: a number of retries
   * (default 2, `0` for none) or {@link RetryOptions}. Waits grow exponentially with full jitter,
   * or follow `Retry-After` up to `maxRetryAfter`.
   */
  retry?: number | RetryOptions;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Preferred language of localized content (`Accept-Language`), such as `fr` or `es`. */
  locale?: string;
  /**
   * Allows a secret key (`sk_…`) in a browser. Never set it in code that ships to users: anyone
   * could read the key. Mint a learner session token on your server (`sessions.create`) instead.
   */
  dangerouslyAllowBrowser?: boolean;
  /** Where `progress.record()` queues events (default {@link memoryStorage}). */
  progressStorage?: ProgressStorage;
}

/** An Upskill API client: one property per resource. Made by {@link createClient}. */
export interface UpskillClient {
  /** The course catalog. */
  readonly courses: Courses;
  /** The skills taxonomy. */
  readonly skills: Skills;
  /** Certification programs. */
  readonly certifications: Certifications;
  /** Learners: profiles, consent, enrollments, progress, credentials and job matches. */
  readonly learners: Learners;
  /** Enrollments in courses. */
  readonly enrollments: Enrollments;
  /** Learning events, queued and sent in batches. */
  readonly progress: ProgressQueue;
  /** Issued credentials. */
  readonly credentials: Credentials;
  /** Issuer profiles. */
  readonly issuers: Issuers;
  /** Job postings. */
  readonly jobs: Jobs;
  /** Learner session tokens (partner servers, with a secret key). */
  readonly sessions: Sessions;
}

const isBrowser = () => typeof window !== 'undefined' && typeof document !== 'undefined';

/**
 * Makes one resource of a client (such as `courses` or `learners`, exported by this package) from
 * the client's transport and options. Given to {@link composeClient}.
 */
export type ResourceFactory<R = unknown> = (transport: Transport, options: ClientOptions) => R;

/** A client made by {@link composeClient}: one property per resource factory it was given. */
export type ComposedClient<F extends Record<string, ResourceFactory>> = { readonly [K in keyof F]: ReturnType<F[K]> };

/**
 * Creates a client with only the resources given, so that a bundler drops the others (their code
 * and response schemas): for browser apps that watch their size. Options, validation, auth and
 * errors are those of {@link createClient}, which is `composeClient` with every resource.
 *
 * @throws UpskillError when `baseUrl` is not an absolute http(s) URL, when neither `token` nor
 * `getToken` is given, or when a secret key is used in a browser without `dangerouslyAllowBrowser`.
 *
 * @example
 * ```ts
 * import { composeClient, courses, enrollments } from '@upskill/sdk';
 * const upskill = composeClient({ baseUrl: 'http://localhost:4010', getToken }, { courses, enrollments });
 * const course = await upskill.courses.get('c_123');
 * ```
 */
export function composeClient<F extends Record<string, ResourceFactory>>(options: ClientOptions, resources: F): ComposedClient<F> {
  const { token, getToken } = options;
  let url: URL | undefined;
  try {
    url = new URL(options.baseUrl);
  } catch {
    // reported below
  }
  // The value itself stays out of the message: a misplaced secret must not reach a log.
  if (!/^https?:$/.test(url?.protocol ?? '') || url!.search || url!.hash || url!.username || url!.password) {
    throw new UpskillError('createClient: baseUrl must be an http(s) URL such as "http://localhost:4010"');
  }
  if (!token && typeof getToken !== 'function') throw new UpskillError('createClient: give a `token` or a `getToken` function');
  const check = (candidate: string) => {
    if (candidate.startsWith('sk_') && isBrowser() && !options.dangerouslyAllowBrowser) {
      throw new UpskillError('Secret keys (sk_…) are refused in browsers: mint a learner session token on your server (POST /v1/sessions) instead');
    }
  };
  if (token) check(token);

  const headers: Record<string, string> = { ...options.headers };
  if (options.locale) headers['accept-language'] = options.locale;
  const transport = new Transport({
    prefixUrl: `${url!.origin}${url!.pathname.replace(/\/+$/, '')}/v1/`,
    token,
    getToken,
    check,
    fetch: options.fetch,
    timeout: options.timeout ?? 30_000,
    retry: typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {}),
    headers,
  });
  const client: Record<string, unknown> = {};
  for (const name of Object.keys(resources)) client[name] = resources[name]!(transport, options);
  return client as ComposedClient<F>;
}

/**
 * Creates a client for the Upskill API, with every resource (see {@link composeClient} for a
 * client with only some).
 *
 * @throws UpskillError when `baseUrl` is not an absolute http(s) URL, when neither `token` nor
 * `getToken` is given, or when a secret key is used in a browser without `dangerouslyAllowBrowser`.
 *
 * @example
 * ```ts
 * import { createClient } from '@upskill/sdk';
 * const upskill = createClient({ baseUrl: 'http://localhost:4010', getToken });
 * for await (const course of upskill.courses.list({ level: 'foundation' })) console.log(course.title);
 * ```
 */
export function createClient(options: ClientOptions): UpskillClient {
  return composeClient(options, {
    courses, skills, certifications, learners, enrollments, progress, credentials, issuers, jobs, sessions,
  });
}
