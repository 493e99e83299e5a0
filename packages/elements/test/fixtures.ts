import type { Course, OpenBadgeCredential, Progress } from '@upskill/sdk/schemas';
import type { ElementsClient, PagePromiseLike } from '../src/internal/context.js';

/** An SVG image as a data URL (allowed by `img-src data:`). */
export const svgImage = (hue: number) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 180"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue} 70% 55%)"/><stop offset="1" stop-color="hsl(${hue + 40} 70% 40%)"/></linearGradient></defs><rect width="320" height="180" fill="url(#g)"/><circle cx="250" cy="40" r="70" fill="#fff" opacity=".12"/><circle cx="60" cy="170" r="90" fill="#fff" opacity=".08"/></svg>`,
  )}`;

export const course: Course = {
  id: 'crs_ai_store_ops',
  title: 'AI for store operations',
  summary: 'Use AI assistants to plan shifts, answer product questions and keep shelves stocked, safely and accurately.',
  language: 'en',
  languages: ['en', 'fr'],
  level: 'foundation',
  durationMinutes: 90,
  lessons: [
    { id: 'les_1', title: 'What AI can and cannot do' },
    { id: 'les_2', title: 'Writing good prompts' },
    { id: 'les_3', title: 'Checking answers' },
    { id: 'les_4', title: 'Privacy at work' },
  ],
  skills: [
    { id: 'skl_prompting', name: 'Prompt writing' },
    { id: 'skl_verification', name: 'Fact checking' },
    { id: 'skl_privacy', name: 'Data privacy' },
  ],
  imageUrl: svgImage(220),
};

export const progress = (courseId: string, percent: number): Progress => ({
  learnerId: 'lrn_demo',
  courseId,
  completedLessons: Math.round((percent / 100) * 4),
  totalLessons: 4,
  percent,
  status: percent >= 100 ? 'completed' : percent > 0 ? 'in_progress' : 'not_started',
  updatedAt: '2025-01-10T10:00:00Z',
});

export const credential: OpenBadgeCredential = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: 'http://localhost:4010/v1/credentials/cred_demo1',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'did:key:z6MkDemo', type: ['Profile'], name: 'Northwind Retail', url: 'https://northwind.example' },
  validFrom: '2025-03-14T09:00:00Z',
  validUntil: '2027-03-14T09:00:00Z',
  credentialSubject: {
    id: 'urn:uuid:0b0c0e0f-1111-4222-8333-944455556666',
    type: ['AchievementSubject'],
    achievement: {
      id: 'http://localhost:4010/v1/certifications/crt_ai_retail',
      type: ['Achievement'],
      name: 'AI in Retail Practitioner',
      description: 'Plans, checks and explains AI-assisted work in a store: prompting, verification and privacy.',
      criteria: { narrative: 'Completed every course of the program.' },
    },
  },
};

type Page<T> = PagePromiseLike<T>;
/** A one-page list result, awaitable and async-iterable, like the SDK's. */
export function pageOf<T>(items: T[]): Page<T> {
  const page = {
    data: items,
    nextCursor: null,
    hasNextPage: () => false,
    getNextPage: () => Promise.reject(new Error('no next page')),
    async *[Symbol.asyncIterator]() {
      yield* items;
    },
  };
  return Object.assign(Promise.resolve(page), { [Symbol.asyncIterator]: page[Symbol.asyncIterator] });
}

/** What a hand-made client was asked. */
export interface Calls {
  courses: string[];
  progress: string[];
  enrollments: { learnerId: string; courseId: string }[];
  credentials: string[];
  headers: Record<string, string>[];
}

/** A client whose answers are given by the test; for failure sequences and pending loads. */
export function fakeClient(answers: Partial<{
  course: (id: string) => Promise<Course>;
  progress: () => Progress[];
  enroll: () => Promise<unknown>;
  credential: (id: string) => Promise<OpenBadgeCredential>;
}> = {}): ElementsClient & { calls: Calls } {
  const calls: Calls = { courses: [], progress: [], enrollments: [], credentials: [], headers: [] };
  return {
    calls,
    courses: {
      get(id, options) {
        calls.courses.push(id);
        calls.headers.push(options?.headers ?? {});
        return answers.course ? answers.course(id) : Promise.resolve({ ...course, id });
      },
    },
    learners: {
      progress(id) {
        calls.progress.push(id);
        return pageOf(answers.progress?.() ?? []);
      },
      jobMatches() {
        return pageOf([]);
      },
    },
    enrollments: {
      create(body) {
        calls.enrollments.push(body);
        return (answers.enroll?.() ?? Promise.resolve({})).then(() => ({
          id: 'enr_1', learnerId: 'lrn_demo', courseId: body.courseId, createdAt: '2025-01-01T00:00:00Z',
        }));
      },
    },
    credentials: {
      get(id) {
        calls.credentials.push(id);
        return answers.credential ? answers.credential(id) : Promise.resolve(credential);
      },
    },
  };
}

/** An error shaped like the SDK's `ApiError`. */
export const apiError = (status: number, code: string) =>
  Object.assign(new Error(`${code} (HTTP ${status})`), { status, code });

/** Resolves when `event` fires on `target`. */
export const nextEvent = <T = unknown>(target: EventTarget, event: string) =>
  new Promise<CustomEvent<T>>((resolve) => target.addEventListener(event, (e) => resolve(e as CustomEvent<T>), { once: true }));

/** A payload that would run script or inject markup if rendered as HTML. */
export const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';

/** The first element of `el`'s shadow root carrying the CSS part `name`. */
export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The visible words of part `name`, one space between text nodes, as a reader sees them. */
export const text = (el: Element, name: string) => {
  const root = part(el, name);
  if (!root) return undefined;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const words: string[] = [];
  while (walker.nextNode()) words.push(walker.currentNode.textContent!.trim());
  return words.filter(Boolean).join(' ').replace(/\s+/g, ' ');
};
