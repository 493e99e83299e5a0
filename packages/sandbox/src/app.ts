import { Hono } from 'hono';
import type { Env } from './http/context.js';
import { cors, rateLimit, requestId } from './http/middleware.js';
import { ApiProblem, problemBody } from './http/problem.js';
import { catalogRoutes } from './routes/catalog.js';
import { credentialRoutes } from './routes/credentials.js';
import { learningRoutes } from './routes/enrollments.js';
import { jobRoutes } from './routes/jobs.js';
import { learnerRoutes } from './routes/learners.js';
import { demoRoutes, sessionRoutes } from './routes/sessions.js';
import { staticRoutes } from './routes/static.js';
import { healthRoutes, systemRoutes } from './routes/system.js';
import type { Services } from './services/index.js';

/** Where the sandbox writes what it has to say; never given a token or key. */
export interface Logger {
  /** Start-up and life-cycle messages. */
  info(message: string): void;
  /** Unexpected failures (a 500), with the request id. */
  error(message: string): void;
}

export interface AppOptions {
  /** Resolves once the store is open and seeded; requests wait for it. */
  services: Promise<Services>;
  /** Requests per minute per token; 0 turns the limit off. */
  rateLimit: number;
  /** Origins allowed on authenticated endpoints; default any localhost/127.0.0.1 origin. */
  allowedOrigins?: readonly string[];
  logger: Logger;
}

const PROBLEM_TYPE = 'application/problem+json';

/** The sandbox's HTTP application: middleware, then one router per resource. */
export function createApp(options: AppOptions): Hono<Env> {
  const app = new Hono<Env>();
  app.use('*', requestId());
  app.use('*', cors(options.allowedOrigins));
  let ready: Services | undefined;
  options.services.then((services) => (ready = services), () => {});
  app.use('*', async (c, next) => {
    c.set('services', ready ?? await options.services);
    await next();
  });
  if (options.rateLimit > 0) {
    const limiter = rateLimit(options.rateLimit);
    app.use('/v1/*', limiter);
    app.use('/demo/*', limiter);
  }
  app.use('/v1/*', async (c, next) => {
    await next();
    c.res.headers.append('vary', 'Accept-Language');
  });

  app.route('/', healthRoutes);
  app.route('/v1', systemRoutes);
  app.route('/v1', catalogRoutes);
  app.route('/v1', learnerRoutes);
  app.route('/v1', learningRoutes);
  app.route('/v1', credentialRoutes);
  app.route('/v1', jobRoutes);
  app.route('/v1', sessionRoutes);
  app.route('/demo', demoRoutes);
  app.route('/', staticRoutes);

  app.notFound((c) =>
    c.body(JSON.stringify(problemBody(404, 'not_found', `No route for ${c.req.method} ${c.req.path}.`, c.var.requestId)), 404, {
      'content-type': PROBLEM_TYPE,
    }));

  app.onError((error, c) => {
    const id = c.var.requestId ?? 'unknown';
    if (error instanceof ApiProblem) {
      return c.body(JSON.stringify(error.body(id)), error.status as 400, { 'content-type': PROBLEM_TYPE, ...error.headers });
    }
    options.logger.error(`[${id}] ${c.req.method} ${c.req.path} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return c.body(JSON.stringify(problemBody(500, 'internal_error', 'The server failed to answer; the request id identifies it in the logs.', id)), 500, {
      'content-type': PROBLEM_TYPE,
    });
  });
  return app;
}
