import { page } from '../schemas/common.js';
import { Course, type CoursesQuery } from '../schemas/catalog.js';
import type { PagePromise } from '../pagination.js';
import type { RequestOptions, Transport } from '../transport.js';

const CoursePage = /* @__PURE__ */ page(Course);

/** The course catalog, localized by the client's `locale`. */
export interface Courses {
  /**
   * Lists courses, filtered by text (`q`), `skill`, `level` or `language`.
   * @returns A page of courses that is also an async iterable over every course.
   */
  list(params?: CoursesQuery, options?: RequestOptions): PagePromise<Course>;

  /**
   * Gets one course.
   * @throws NotFoundError when no course has this id.
   */
  get(id: string, options?: RequestOptions): Promise<Course>;
}

/**
 * The `courses` resource, for `composeClient` (every client made by `createClient` has it).
 * @param transport - The client's transport, given by `composeClient`.
 */
export function courses(transport: Transport): Courses {
  return {
    list: (params, options) => transport.list('courses', CoursePage, undefined, params, options),
    get: (id, options) => transport.call('get', 'courses/{id}', Course, { id }, options),
  };
}
