import { createClient } from '../../packages/sdk/src/index.js';
import type { JobMatch, OpenBadgeCredential, Problem, Progress } from '../../packages/sdk/src/schemas/index.js';
import { courseFixture, progressFixture } from '../fixtures/courses.js';
import credentials from '../fixtures/credentials.json';
import { jobMatchesFixture } from '../fixtures/jobs.js';

/**
 * How the scripted API answers:
 * - `ready`: fixtures that match the contract schemas;
 * - `empty`: lists with no items (no progress, no job matches);
 * - `loading`: a fetch that never resolves (until the element aborts it);
 * - `error`: a 500 `application/problem+json` for every request.
 */
export type Scenario = 'ready' | 'empty' | 'loading' | 'error';

export interface ScriptedApiOptions {
  scenario?: Scenario;
  /** Job matches served by `GET /learners/{id}/job-matches` (default: 25 of them). */
  jobMatches?: (locale: string) => JobMatch[];
  /** Progress served by `GET /learners/{id}/progress` (default: the demo learner's). */
  progress?: Progress[];
}

/** Where stories pretend the API lives. Requests never leave the page: the scripted fetch answers them. */
export const STORY_API = 'https://api.upskill.example';

const credentialFixtures: Record<string, OpenBadgeCredential> = {
  cred_demo_verified: credentials.verified,
  cred_demo_expired: credentials.expired,
  cred_demo_revoked: credentials.revoked,
  cred_demo_invalid: credentials.invalid,
  cred_demo_long: credentials.long,
};

let requestCount = 0;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'x-request-id': `req_story_${++requestCount}` },
  });
}

function problem(status: number, code: string, title: string, detail: string): Response {
  const requestId = `req_story_${++requestCount}`;
  const body: Problem = { type: `https://docs.upskill.example/errors/${code}`, title, status, detail, code, requestId };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': requestId },
  });
}

function paged<T>(items: T[], url: URL): Response {
  const limit = Math.min(100, Math.max(1, Number(url.searchParams.get('limit') ?? 20) || 20));
  const offset = Number(url.searchParams.get('cursor') ?? 0) || 0;
  const data = items.slice(offset, offset + limit);
  return json({ data, nextCursor: offset + limit < items.length ? String(offset + limit) : null });
}

/**
 * A `fetch` that answers the Upskill API from fixtures, for the SDK's `createClient({ fetch })`.
 * Localized content follows the request's `Accept-Language`, as the real API does.
 */
export function scriptedFetch(options: ScriptedApiOptions = {}): typeof fetch {
  const { scenario = 'ready' } = options;
  const matchesByLocale = new Map<string, JobMatch[]>();
  return async (input, init) => {
    const request = new Request(input, init);
    if (scenario === 'loading') {
      return new Promise<Response>((_, reject) => {
        const { signal } = request;
        signal.addEventListener('abort', () => reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError')), { once: true });
      });
    }
    if (scenario === 'error') {
      return problem(500, 'internal_error', 'Internal Server Error', 'The server could not complete the request.');
    }
    const url = new URL(request.url);
    const locale = request.headers.get('accept-language') ?? 'en';
    const path = url.pathname.replace(/^\/v1/, '');
    let match: RegExpMatchArray | null;
    if (request.method === 'GET' && (match = path.match(/^\/courses\/([^/]+)$/))) {
      const course = courseFixture(decodeURIComponent(match[1]!), locale);
      return course ? json(course) : problem(404, 'not_found', 'Not Found', `No course "${match[1]}".`);
    }
    if (request.method === 'GET' && /^\/learners\/[^/]+\/progress$/.test(path)) {
      return paged(scenario === 'empty' ? [] : (options.progress ?? progressFixture()), url);
    }
    if (request.method === 'GET' && /^\/learners\/[^/]+\/job-matches$/.test(path)) {
      if (scenario === 'empty') return paged([], url);
      let matches = matchesByLocale.get(locale);
      if (!matches) {
        matches = (options.jobMatches ?? ((l) => jobMatchesFixture(25, l as 'en')))(locale.split(/[-,;]/)[0]!);
        matchesByLocale.set(locale, matches);
      }
      return paged(matches, url);
    }
    if (request.method === 'POST' && path === '/enrollments') {
      const body = (await request.json()) as { learnerId: string; courseId: string };
      return json({ id: `enr_story_${++requestCount}`, learnerId: 'lrn_demo_amara', courseId: body.courseId, createdAt: new Date().toISOString() }, 201);
    }
    if (request.method === 'GET' && (match = path.match(/^\/credentials\/([^/]+)$/))) {
      const credential = credentialFixtures[decodeURIComponent(match[1]!)];
      return credential ? json(credential) : problem(404, 'not_found', 'Not Found', `No credential "${match[1]}".`);
    }
    return problem(404, 'not_found', 'Not Found', `The story API has no route for ${request.method} ${path}.`);
  };
}

/** An SDK client (`createClient` from `@upskill/sdk`) whose requests the scripted fetch answers. */
export function storyClient(options: ScriptedApiOptions & { locale?: string } = {}) {
  return createClient({
    baseUrl: STORY_API,
    token: 'story-session-token',
    fetch: scriptedFetch(options),
    locale: options.locale ?? 'en',
    retry: 0,
  });
}

/** The signed fixture credentials, with the status list they point at. */
export const CREDENTIALS = credentials as unknown as {
  statusListUrl: string;
  statusList: Record<string, unknown>;
  verified: OpenBadgeCredential;
  expired: OpenBadgeCredential;
  revoked: OpenBadgeCredential;
  invalid: OpenBadgeCredential;
  long: OpenBadgeCredential;
};
