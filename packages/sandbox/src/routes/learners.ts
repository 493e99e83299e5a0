import { Hono } from 'hono';
import {
  ConsentUpdate, JobMatchesQuery, LearnerCreate, LearnerUpdate, LearnersQuery, ListQuery,
} from '@upskill/sdk/schemas';
import { authorize, limitOf, parseBody, parseQuery, prefsOf, type Env } from '../http/context.js';

/** Learners and everything below `/learners/{id}`. */
export const learnerRoutes = new Hono<Env>()
  .post('/learners', async (c) => {
    const principal = authorize(c, 'secret');
    const body = await parseBody(c, LearnerCreate);
    const { learners } = c.var.services;
    const { learner, created } = learners.provision(principal, body);
    return c.json(learners.view(learner, prefsOf(c)), created ? 201 : 200);
  })
  .get('/learners', (c) => {
    const principal = authorize(c, 'secret');
    const q = parseQuery(c, LearnersQuery);
    return c.json(c.var.services.learners.list(principal, prefsOf(c), { externalId: q.externalId, cursor: q.cursor, limit: limitOf(q) }));
  })
  .get('/learners/:id', (c) => {
    const { learners } = c.var.services;
    const learner = learners.resolve(authorize(c, 'session'), c.req.param('id'));
    return c.json(learners.view(learner, prefsOf(c)));
  })
  .patch('/learners/:id', async (c) => {
    const { learners } = c.var.services;
    const learner = learners.resolve(authorize(c, 'session'), c.req.param('id'));
    const body = await parseBody(c, LearnerUpdate);
    learners.update(learner, body);
    return c.json(learners.view(learners.resolve(c.var.principal!, learner.id), prefsOf(c)));
  })
  .delete('/learners/:id', (c) => {
    const { learners } = c.var.services;
    learners.erase(learners.resolve(authorize(c, 'secret'), c.req.param('id')));
    return c.body(null, 204);
  })
  .put('/learners/:id/consent', async (c) => {
    const principal = authorize(c, 'learner');
    c.var.services.learners.resolve(principal, c.req.param('id'));
    const body = await parseBody(c, ConsentUpdate);
    return c.json(c.var.services.learners.setConsent(principal, c.req.param('id'), body.shareWithEmployers));
  })
  .get('/learners/:id/enrollments', (c) => {
    const learner = c.var.services.learners.resolve(authorize(c, 'session'), c.req.param('id'));
    const q = parseQuery(c, ListQuery);
    return c.json(c.var.services.enrollments.list(learner.id, q.cursor, limitOf(q)));
  })
  .get('/learners/:id/progress', (c) => {
    const learner = c.var.services.learners.resolve(authorize(c, 'session'), c.req.param('id'));
    const q = parseQuery(c, ListQuery);
    return c.json(c.var.services.progress.list(learner.id, q.cursor, limitOf(q)));
  })
  .get('/learners/:id/credentials', (c) => {
    const learner = c.var.services.learners.resolve(authorize(c, 'session'), c.req.param('id'));
    const q = parseQuery(c, ListQuery);
    return c.json(c.var.services.issuing.list(learner.id, q.cursor, limitOf(q)));
  })
  .get('/learners/:id/job-matches', (c) => {
    const learner = c.var.services.learners.resolve(authorize(c, 'session'), c.req.param('id'));
    const q = parseQuery(c, JobMatchesQuery);
    return c.json(c.var.services.matching.match(learner, prefsOf(c), {
      minScore: q.minScore, location: q.location, remote: q.remote === undefined ? undefined : q.remote === 'true',
      cursor: q.cursor, limit: limitOf(q),
    }));
  });
