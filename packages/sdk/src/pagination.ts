import { UpskillError } from './errors.js';

/** The list envelope every list endpoint answers with. */
interface PageBody<T> {
  data: T[];
  nextCursor: string | null;
}

type FetchPage<T> = (cursor: string | undefined) => Promise<PageBody<T>>;

/**
 * One page of a list: its items, the cursor of the next page, and a way to fetch it. A page is
 * also an async iterable over its items and those of every following page.
 */
export class Page<T> implements AsyncIterable<T> {
  /** The items of this page. */
  readonly data: T[];
  /** The cursor of the next page, or `null` on the last page. */
  readonly nextCursor: string | null;
  readonly #fetchPage: FetchPage<T>;

  /** @internal Pages are made by list methods. */
  constructor(body: PageBody<T>, fetchPage: FetchPage<T>) {
    this.data = body.data;
    this.nextCursor = body.nextCursor;
    this.#fetchPage = fetchPage;
  }

  /** Whether another page follows this one. */
  hasNextPage(): boolean {
    return this.nextCursor !== null;
  }

  /**
   * Fetches the next page, with the same filters and per-call options.
   * @throws UpskillError when there is no next page (check {@link Page.hasNextPage} first).
   */
  async getNextPage(): Promise<Page<T>> {
    if (this.nextCursor === null) throw new UpskillError('No next page (check hasNextPage())');
    return new Page(await this.#fetchPage(this.nextCursor), this.#fetchPage);
  }

  /** Every item of this page and of the pages after it, fetching each page when reached. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    yield* this.data;
    const next = (page: Page<T>) => (page.hasNextPage() ? page.getNextPage() : undefined);
    for (let page = await next(this); page; page = await next(page)) yield* page.data;
  }
}

/**
 * What a list method returns: `await` it for the first {@link Page}, or iterate it directly with
 * `for await` to walk every item of every page. The first request is sent when the promise is
 * first awaited or iterated, so an unused list never fails unhandled.
 *
 * @example
 * ```ts
 * for await (const course of upskill.courses.list({ level: 'foundation' })) console.log(course.title);
 * const page = await upskill.courses.list({ limit: 50 });
 * if (page.hasNextPage()) await page.getNextPage();
 * ```
 */
export class PagePromise<T> implements Promise<Page<T>>, AsyncIterable<T> {
  /** Tagged as a promise, so that it passes wherever a `Promise` is expected. */
  readonly [Symbol.toStringTag] = 'Promise';
  readonly #fetchPage: FetchPage<T>;
  #first: Promise<Page<T>> | undefined;

  /** @internal Made by list methods. */
  constructor(fetchPage: FetchPage<T>) {
    this.#fetchPage = fetchPage;
  }

  #page(): Promise<Page<T>> {
    return (this.#first ??= this.#fetchPage(undefined).then((body) => new Page(body, this.#fetchPage)));
  }

  /** Resolves with the first page. */
  then<R1 = Page<T>, R2 = never>(
    onfulfilled?: ((page: Page<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#page().then(onfulfilled, onrejected);
  }

  /** Handles a failure of the first page. */
  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R> {
    return this.#page().catch(onrejected);
  }

  /** Runs once the first page settles. */
  finally(onfinally?: (() => void) | null): Promise<Page<T>> {
    return this.#page().finally(onfinally);
  }

  /** Every item of every page, fetching pages as the loop reaches them. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    yield* await this.#page();
  }
}
