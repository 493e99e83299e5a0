import { Hono } from 'hono';
import { authorize, type Env } from '../http/context.js';

/** Public credential, issuer and status-list documents, and revocation. */
export const credentialRoutes = new Hono<Env>()
  .get('/credentials/:id', async (c) => c.json(await c.var.services.issuing.document(c.req.param('id'))))
  .post('/credentials/:id/revoke', async (c) => {
    const principal = authorize(c, 'secret');
    return c.json(await c.var.services.issuing.revoke(principal.org, c.req.param('id')));
  })
  .get('/issuers/:id', (c) => c.json(c.var.services.issuing.issuer(c.req.param('id'))))
  .get('/status-lists/:id', async (c) => c.json(await c.var.services.issuing.statusList(c.req.param('id'))));
