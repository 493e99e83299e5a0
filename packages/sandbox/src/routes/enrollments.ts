import { Hono } from 'hono';
import { EnrollmentCreate, ProgressBatch } from '@upskill/sdk/schemas';
import { authorize, parseBody, type Env } from '../http/context.js';

/** Enrollments (with Idempotency-Key replay) and progress events. */
export const learningRoutes = new Hono<Env>()
  .post('/enrollments', async (c) => {
    const principal = authorize(c, 'session');
    const body = await parseBody(c, EnrollmentCreate);
    const result = c.var.services.enrollments.enroll(principal, body, c.req.header('idempotency-key'));
    return c.json(result.body, result.status as 200 | 201);
  })
  .post('/progress-events', async (c) => {
    const principal = authorize(c, 'session');
    const body = await parseBody(c, ProgressBatch);
    return c.json(await c.var.services.progress.record(principal, body));
  });
