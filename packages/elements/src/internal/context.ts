import { createContext } from '@lit/context';
import type {
  Course, Enrollment, JobMatch, JobMatchesQuery, OpenBadgeCredential, Progress,
} from '@upskill/sdk/schemas';

/** Per-call options the elements pass to the SDK (a subset of the SDK's own). */
export interface CallOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** One page of a list, as the SDK returns it: also an async iterable over every item of every page. */
export interface PageLike<T> extends AsyncIterable<T> {
  data: T[];
  nextCursor: string | null;
  hasNextPage(): boolean;
  getNextPage(): Promise<PageLike<T>>;
}

/** A list call's result: awaitable for one page, or iterable across pages without `await`. */
export type PagePromiseLike<T> = PromiseLike<PageLike<T>> & AsyncIterable<T>;

/**
 * The part of the SDK client (`createClient()` from `@upskill/sdk`) that the elements use.
 * Any object of this shape can be given to `<up-provider>` as `.client`.
 */
export interface ElementsClient {
  courses: { get(id: string, options?: CallOptions): Promise<Course> };
  learners: {
    progress(id: string, params?: object, options?: CallOptions): PagePromiseLike<Progress>;
    jobMatches(id: string, params?: JobMatchesQuery, options?: CallOptions): PagePromiseLike<JobMatch>;
  };
  enrollments: { create(body: { learnerId: string; courseId: string }, options?: CallOptions): Promise<Enrollment> };
  credentials: { get(id: string, options?: CallOptions): Promise<OpenBadgeCredential> };
}

/** What `<up-provider>` gives its descendants. A new object is provided whenever any field changes. */
export interface UpskillContext {
  /** The SDK client, absent until the provider has a `.client` or a `base-url`. */
  client?: ElementsClient;
  /** `true` when the client acts for a learner (a session token, `.getToken` or a `.client`): `me` is then meaningful. */
  session: boolean;
  /** The colour theme in effect. */
  theme: 'light' | 'dark';
  /** URL template of the partner's course pages, `{id}` standing for the course id. */
  courseHref?: string;
}

/**
 * The context key. A string (not a symbol) so that elements from two copies of the library on
 * one page still find each other's provider.
 *
 * Consume it with `new ContextConsumer(this, { context: upskillContext, subscribe: true })`.
 */
export const upskillContext = createContext<UpskillContext | undefined>('@upskill/elements:context');
