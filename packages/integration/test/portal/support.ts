// Shared by the page-level tests: Chromium through playwright-core, what a page reports, and
// calls to the sandbox with its demo secret key (Node side only).
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';

/** The sandbox's demo secret key (a well-known test key, printed by the sandbox at start). */
export const SECRET_KEY = 'sk_test_upskill_demo';

/** Launches the system Chromium (`CHROME_PATH`, default `/usr/bin/chromium`); nothing is downloaded. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
}

/** Everything a page reported that a user or developer would call a failure. */
export interface PageProblems {
  /** Uncaught exceptions and unhandled rejections. */
  errors: string[];
  /** Console messages of type `error` (this includes Chromium's own CSP and failed-load reports). */
  consoleErrors: string[];
}

/** Starts recording the page's uncaught errors and console errors. */
export function recordProblems(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], consoleErrors: [] };
  page.on('pageerror', (error) => problems.errors.push(error.stack ?? error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  return problems;
}

/** A call to the sandbox's API with the secret key, or `token`; throws with the status and body on failure. */
export async function api<T>(baseUrl: string, method: string, path: string, options: { body?: unknown; token?: string; language?: string } = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${options.token ?? SECRET_KEY}`,
      'content-type': 'application/json',
      'accept-language': options.language ?? 'en',
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A one-hour session token for `learnerId`, minted as a partner's server would. */
export async function sessionFor(baseUrl: string, learnerId: string): Promise<string> {
  return (await api<{ token: string }>(baseUrl, 'POST', '/sessions', { body: { learnerId, ttlSeconds: 3600 } })).token;
}
