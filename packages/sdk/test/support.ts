// Scripted `fetch` for failure sequences the real sandbox cannot produce on demand.

/** One scripted answer: a Response, or a function of the request (it may throw, like a reset). */
export type Step = Response | ((request: Request, index: number) => Response | Promise<Response>);

/** A request as the scripted server saw it. */
export interface Recorded {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/** A fetch that answers with `steps` in order (the last one repeats) and records every request. */
export function scriptedFetch(steps: Step[]) {
  const calls: Recorded[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    // Like the real fetch: an aborted signal rejects before anything is sent.
    request.signal.throwIfAborted();
    const index = calls.length;
    calls.push({ method: request.method, url: request.url, headers: new Headers(request.headers), body: await request.clone().text() });
    const step = steps[Math.min(index, steps.length - 1)];
    if (!step) throw new Error('scriptedFetch: no steps');
    return typeof step === 'function' ? step(request, index) : step.clone();
  };
  return { fetch, calls };
}

/** A JSON answer with a request id. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'x-request-id': 'req_test_1', ...headers },
  });
}

/** An RFC 9457 problem answer. */
export function problem(status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return new Response(
    JSON.stringify({ type: `https://upskill.dev/problems/${code}`, title: code.replace('_', ' '), status, code, requestId: 'req_problem_1', ...extra }),
    { status, headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req_problem_1', ...headers } },
  );
}

/** What fetch does when the connection drops: rejects with a TypeError. */
export function connectionReset(): never {
  throw new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
}

export const course = {
  id: 'crs_ai_basics', title: 'AI at work', summary: 'Basics', language: 'en', languages: ['en', 'fr'],
  level: 'foundation', durationMinutes: 45, lessons: [{ id: 'les_1', title: 'Intro' }],
  skills: [{ id: 'skl_prompting', name: 'Prompt design' }], imageUrl: 'http://localhost:4010/img.svg',
};

export const enrollment = { id: 'enr_1', learnerId: 'lrn_1', courseId: 'crs_ai_basics', createdAt: '2026-01-01T00:00:00Z' };

/** No waiting between retries, so tests run at once (the waits are tested on their own). */
export const noDelay = { limit: 2, delay: () => 0 };
