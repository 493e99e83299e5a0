import { page } from '../schemas/common.js';
import { Skill, type SkillsQuery } from '../schemas/catalog.js';
import type { PagePromise } from '../pagination.js';
import type { RequestOptions, Transport } from '../transport.js';

const SkillPage = /* @__PURE__ */ page(Skill);

/** The skills taxonomy (public: the server needs no token for it). */
export interface Skills {
  /**
   * Lists the skills, optionally filtered by text (`q`).
   * @returns A page of skills that is also an async iterable over every skill.
   */
  list(params?: SkillsQuery, options?: RequestOptions): PagePromise<Skill>;

  /**
   * Gets one skill.
   * @throws NotFoundError when no skill has this id.
   */
  get(id: string, options?: RequestOptions): Promise<Skill>;
}

/**
 * The `skills` resource, for `composeClient` (every client made by `createClient` has it).
 * @param transport - The client's transport, given by `composeClient`.
 */
export function skills(transport: Transport): Skills {
  return {
    list: (params, options) => transport.list('skills', SkillPage, undefined, params, options),
    get: (id, options) => transport.call('get', 'skills/{id}', Skill, { id }, options),
  };
}
