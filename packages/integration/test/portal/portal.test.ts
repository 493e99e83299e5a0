// The demo portal served by a real sandbox, in Chromium: the dashboard shows each demo learner's
// real data, follows language and theme changes, and reports no error.
// Set UPSKILL_SCREENSHOTS=<dir> to save screenshots (English light, French dark) for review.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startSandboxProcess, type SandboxProcess } from '../support/sandbox.js';
import { api, launchChromium, recordProblems, type PageProblems } from './support.js';

type Language = 'en' | 'fr' | 'es';
interface Learner {
  id: string;
  firstName: string;
}
const AMARA: Learner = { id: 'lrn_demo_amara', firstName: 'Amara' };
const LUCIE: Learner = { id: 'lrn_demo_lucie', firstName: 'Lucie' };
const MATEO: Learner = { id: 'lrn_demo_mateo', firstName: 'Mateo' };
const GREETING: Record<Language, string> = { en: 'Hello, {name}', fr: 'Bonjour, {name}', es: 'Hola, {name}' };
/** How the portal's badges should read each credential record's status. */
const VERIFICATION: Record<string, string> = { active: 'verified', expired: 'expired', revoked: 'revoked' };

/** What the dashboard shows, read from the page (shadow roots included). */
interface Dashboard {
  lang: string;
  greeting: string;
  headings: string[];
  continueCards: { id: string | null; title: string | null }[];
  badges: { id: string | null; state: string | null }[];
  badgesEmpty: boolean;
  jobs: string[];
  catalog: (string | null)[];
  dark: boolean;
  providerTheme: string | null;
  cardBackground: string | null;
}

// Browser-side code names no function: tsx would wrap a named one in a helper the page lacks.
const readDashboard = (page: Page): Promise<Dashboard> =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    greeting: document.querySelector('#welcome-title')?.textContent?.trim() ?? '',
    headings: [...document.querySelectorAll('main h2')].map((heading) => heading.textContent?.trim() ?? ''),
    continueCards: [...document.querySelectorAll('#continue-list up-course-card')].map((card) => ({
      id: card.getAttribute('course-id'),
      title: card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? null,
    })),
    badges: [...document.querySelectorAll('#badge-list up-badge')].map((badge) => ({
      id: badge.getAttribute('credential-id'),
      state: badge.getAttribute('verification'),
    })),
    badgesEmpty: Boolean(document.querySelector('#badge-list .empty')),
    jobs: [...(document.querySelector('#job-list up-job-match-list')?.shadowRoot?.querySelectorAll('[part~="title"]') ?? [])]
      .slice(0, 3)
      .map((title) => title.textContent?.trim() ?? ''),
    catalog: [...document.querySelectorAll('#catalog-list up-course-card')].map(
      (card) => card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? null,
    ),
    dark: document.documentElement.classList.contains('theme-dark'),
    providerTheme: document.querySelector('up-provider')?.getAttribute('theme') ?? null,
    cardBackground: ((card) => (card ? getComputedStyle(card).backgroundColor : null))(
      document.querySelector('#catalog-list up-course-card')?.shadowRoot?.querySelector('[part~="card"]') ?? null,
    ),
  }));

type Expected = Pick<Dashboard, 'lang' | 'greeting' | 'continueCards' | 'badges' | 'badgesEmpty' | 'jobs' | 'catalog'>;

/** What the dashboard of `learner` in `language` should show, from the API. */
async function expectedDashboard(learner: Learner, language: Language): Promise<Expected> {
  const get = <T>(path: string) => api<T>(sandbox.url, 'GET', path, { language });
  const [progress, credentials, matches, catalog] = await Promise.all([
    get<{ data: { courseId: string }[] }>(`/learners/${learner.id}/progress?limit=50`),
    get<{ data: { id: string; status: string }[] }>(`/learners/${learner.id}/credentials?limit=20`),
    get<{ data: { job: { title: string } }[] }>(`/learners/${learner.id}/job-matches?limit=3`),
    get<{ data: { title: string }[] }>('/courses?limit=12'),
  ]);
  const inProgress = progress.data.slice(0, 6);
  const titles = await Promise.all(inProgress.map((entry) => get<{ title: string }>(`/courses/${entry.courseId}`)));
  return {
    lang: language,
    greeting: GREETING[language].replace('{name}', learner.firstName),
    continueCards: byId(inProgress.map((entry, i) => ({ id: entry.courseId, title: titles[i]!.title }))),
    badges: byId(credentials.data.map((record) => ({ id: record.id, state: VERIFICATION[record.status] ?? record.status }))),
    badgesEmpty: credentials.data.length === 0,
    jobs: matches.data.map((match) => match.job.title),
    catalog: catalog.data.map((course) => course.title),
  };
}

const byId = <T extends { id: string | null }>(items: T[]): T[] => [...items].sort((a, b) => String(a.id).localeCompare(String(b.id)));

/** Calls `read` until `done` accepts its value or `timeoutMs` passes; answers the last value either way. */
async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** The parts of the dashboard that `expected` describes, cards and badges in id order. */
const comparable = (dashboard: Dashboard): Expected => ({
  lang: dashboard.lang,
  greeting: dashboard.greeting,
  continueCards: byId(dashboard.continueCards),
  badges: byId(dashboard.badges),
  badgesEmpty: dashboard.badgesEmpty,
  jobs: dashboard.jobs,
  catalog: dashboard.catalog,
});

/** Waits until the dashboard shows `expected`; a failure shows the difference with the last reading. */
async function dashboardShows(expected: Expected): Promise<Dashboard> {
  const dashboard = await poll(() => readDashboard(page), (seen) => isDeepStrictEqual(comparable(seen), expected));
  assert.deepEqual(comparable(dashboard), expected, 'the dashboard shows the API’s data');
  return dashboard;
}

/** The relative luminance (0..255) of an opaque computed `rgb(…)` colour; `undefined` for a transparent or missing one. */
function luminance(colour: string | null): number | undefined {
  const [r, g, b, alpha = 1] = (colour?.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  if (r === undefined || g === undefined || b === undefined || alpha < 1) return undefined;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const isLight = (colour: string | null) => (luminance(colour) ?? 0) >= 128;
const isDark = (colour: string | null) => (luminance(colour) ?? 255) < 128;

/** Saves the whole page as slices of 1280×1000, easy to review, when UPSKILL_SCREENSHOTS is set. */
async function screenshot(name: string): Promise<void> {
  const dir = process.env.UPSKILL_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // Lazy images load only near the viewport: scroll through once and wait for them.
  for (let y = 0; y < height; y += 600) await page.evaluate((top) => window.scrollTo(0, top), y);
  await poll(
    () => page.evaluate(() => [...document.querySelectorAll('up-course-card, up-badge')]
      .flatMap((el) => [...(el.shadowRoot?.querySelectorAll('img') ?? [])])
      .every((img) => img.complete)),
    (complete) => complete,
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let y = 0, slice = 1; y < height; y += 1000, slice++) {
    const clip = { x: 0, y, width: 1280, height: Math.min(1000, height - y) };
    await page.screenshot({ path: join(dir, `${name}-${slice}.png`), fullPage: true, clip });
  }
}

let sandbox: SandboxProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let englishHeadings: string[];

before(async () => {
  sandbox = await startSandboxProcess();
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-US', colorScheme: 'light', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  problems = recordProblems(page);
  await page.goto(`${sandbox.url}/`);
});

after(async () => {
  await browser?.close();
  await sandbox?.stop();
});

test('shows Amara’s dashboard: courses, verified and expired badges, job matches, catalog', async () => {
  await dashboardShows(await expectedDashboard(AMARA, 'en'));
  const dashboard = await poll(() => readDashboard(page), (seen) => isLight(seen.cardBackground));
  englishHeadings = dashboard.headings;
  assert.deepEqual(englishHeadings, ['Continue learning', 'My badges', 'Your next role', 'Catalog']);
  assert.equal(dashboard.dark, false);
  assert.ok(isLight(dashboard.cardBackground), `light cards (${dashboard.cardBackground})`);
  await screenshot('en-light-amara');
});

test('switching to Lucie shows her data, her revoked badge included', async () => {
  await page.selectOption('#learner-select', LUCIE.id);
  const dashboard = await dashboardShows(await expectedDashboard(LUCIE, 'en'));
  assert.ok(dashboard.badges.some((badge) => badge.state === 'revoked'), 'a revoked badge');
});

test('switching to Mateo shows a learner who is just starting, with no badge', async () => {
  await page.selectOption('#learner-select', MATEO.id);
  const dashboard = await dashboardShows(await expectedDashboard(MATEO, 'en'));
  assert.equal(dashboard.badgesEmpty, true);
});

test('French and Spanish change the headings and the translated course titles', async () => {
  await page.selectOption('#learner-select', AMARA.id);
  await dashboardShows(await expectedDashboard(AMARA, 'en'));
  for (const language of ['fr', 'es'] as const) {
    await page.selectOption('#language-select', language);
    const expected = await expectedDashboard(AMARA, language);
    const english = await expectedDashboard(AMARA, 'en');
    assert.notDeepEqual(expected.catalog, english.catalog, `some catalog courses have a ${language} title`);
    const dashboard = await dashboardShows(expected);
    dashboard.headings.forEach((heading, i) => assert.notEqual(heading, englishHeadings[i], `heading ${i + 1} is translated to ${language}`));
  }
});

test('the dark theme reaches the page and the elements', async () => {
  await page.selectOption('#language-select', 'fr');
  await page.click('#theme-toggle');
  await dashboardShows(await expectedDashboard(AMARA, 'fr'));
  const dashboard = await poll(() => readDashboard(page), (seen) => seen.dark && isDark(seen.cardBackground));
  assert.equal(dashboard.dark, true);
  assert.equal(dashboard.providerTheme, 'dark');
  assert.equal(await page.getAttribute('#theme-toggle', 'aria-pressed'), 'true');
  assert.ok(isDark(dashboard.cardBackground), `dark cards (${dashboard.cardBackground})`);
  await screenshot('fr-dark-amara');
});

test('no page error and no console error along the way', () => {
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.consoleErrors, []);
});
