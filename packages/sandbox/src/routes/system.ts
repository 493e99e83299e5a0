import { Hono } from 'hono';
import { createOpenApiDocument } from '@upskill/sdk/schemas';
import { certificationImageSvg, courseImageSvg, organisationImageSvg } from '../seed/index.js';
import type { Env } from '../http/context.js';
import { notFound } from '../http/problem.js';

const IMAGES: Record<string, (id: string) => string | undefined> = {
  courses: courseImageSvg,
  certifications: certificationImageSvg,
  organisations: organisationImageSvg,
};

let openApi: { url: string; json: string } | undefined;

/** Liveness at the root. */
export const healthRoutes = new Hono<Env>().get('/healthz', (c) => c.json({ status: 'ok' }));

/** The OpenAPI document and the catalog's images, all public. */
export const systemRoutes = new Hono<Env>()
  .get('/openapi.json', (c) => {
    const url = c.var.services.publicUrl;
    if (openApi?.url !== url) openApi = { url, json: JSON.stringify(createOpenApiDocument({ serverUrl: url })) };
    return c.body(openApi.json, 200, { 'content-type': 'application/json; charset=utf-8' });
  })
  .get('/images/:kind/:file', (c) => {
    const render = IMAGES[c.req.param('kind')];
    const file = c.req.param('file');
    const svg = render && file.endsWith('.svg') ? render(file.slice(0, -4)) : undefined;
    if (!svg) throw notFound(`No image "${c.req.path}".`);
    return c.body(svg, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=3600' });
  });
