import { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { SessionCreate } from '@upskill/sdk/schemas';
import { authorize, parseBody, type Env } from '../http/context.js';
import { forbidden, invalidAt, notFound } from '../http/problem.js';

/** `POST /v1/sessions`: a secret key mints a learner session token. */
export const sessionRoutes = new Hono<Env>().post('/sessions', async (c) => {
  const principal = authorize(c, 'secret');
  const body = await parseBody(c, SessionCreate);
  return c.json(c.var.services.sessions.mint(principal.org, body.learnerId, body.ttlSeconds), 201);
});

const isLoopback = (address: string | undefined) =>
  !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));

/**
 * `GET /demo/session?learner=<id>`: a session token for a learner of the demo organisation, for
 * the demo portal. Sandbox only, and only for requests from this machine.
 */
export const demoRoutes = new Hono<Env>().get('/session', (c) => {
  let address: string | undefined;
  try {
    address = getConnInfo(c).remote.address;
  } catch {
    address = undefined;
  }
  if (!isLoopback(address)) throw forbidden('Demo sessions are only served to requests from this machine.');
  const learnerId = c.req.query('learner');
  if (!learnerId) throw invalidAt('/learner', 'is required: the id of a demo learner');
  const { store, sessions } = c.var.services;
  const demoOrg = store.organisations.all()[0];
  if (!demoOrg) throw notFound('No demo organisation.');
  return c.json(sessions.mint(demoOrg, learnerId), 200);
});
