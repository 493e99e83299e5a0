import { Hono } from 'hono';
import { JobsQuery } from '@upskill/sdk/schemas';
import { authorize, limitOf, parseQuery, prefsOf, type Env } from '../http/context.js';

/** Job postings. */
export const jobRoutes = new Hono<Env>()
  .get('/jobs', (c) => {
    authorize(c, 'session');
    const q = parseQuery(c, JobsQuery);
    const filters = { q: q.q, skillId: q.skill, location: q.location, remote: q.remote === undefined ? undefined : q.remote === 'true' };
    return c.json(c.var.services.jobs.list(prefsOf(c), filters, q.cursor, limitOf(q)));
  })
  .get('/jobs/:id', (c) => {
    authorize(c, 'session');
    return c.json(c.var.services.jobs.get(c.req.param('id'), prefsOf(c)));
  });
