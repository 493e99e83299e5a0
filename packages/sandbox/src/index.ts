/**
 * The Upskill sandbox: the reference implementation of the Upskill HTTP API on an embedded
 * SQLite database, seeded with a fictional catalog, learners and job market.
 * @packageDocumentation
 */
import { createAdaptorServer } from '@hono/node-server';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createApp, type Logger } from './app.js';
import { problemBody } from './http/problem.js';
import { createServices, type Services } from './services/index.js';
import { seedIfEmpty, type SeedResult } from './services/seed-runner.js';
import { openStore } from './store/index.js';

export type { Logger } from './app.js';
export type { SeedResult } from './services/seed-runner.js';

/** Options of {@link startSandbox}. */
export interface SandboxOptions {
  /** TCP port; `0` picks a free one (read it from the result). Default 4010. */
  port?: number;
  /** Interface to listen on. Default: every interface. */
  hostname?: string;
  /** SQLite database file, or `:memory:` (the default). Created and seeded when new. */
  db?: string;
  /** Job postings to generate when the database is new. Default 1000. */
  seedJobs?: number;
  /** Origin written into credentials, status lists and image URLs. Default `http://localhost:<port>`. */
  publicUrl?: string;
  /** Requests per minute per token; `0` turns rate limiting off. Default 600. */
  rateLimit?: number;
  /** Origins allowed to call authenticated endpoints from a browser. Default: any localhost origin. */
  allowedOrigins?: readonly string[];
  /** Where errors (never tokens or keys) are written. Default: errors to `console.error`. */
  logger?: Logger;
}

/** A running sandbox. */
export interface Sandbox {
  /** Base URL, such as `http://localhost:4010` (the API is below `/v1`). */
  url: string;
  /** The port actually listened on. */
  port: number;
  /** The public origin written into credentials. */
  publicUrl: string;
  /** Whether this start seeded a new database, and how long it took. */
  seed: SeedResult;
  /** Stops listening, closes open connections and the database. */
  close(): Promise<void>;
}

const silentInfo: Logger = { info: () => {}, error: (message) => console.error(message) };

/**
 * Starts the sandbox: opens (and when new, seeds) the database, then serves the API, the demo
 * portal and the elements' CDN build. Resolves once the sandbox answers requests.
 *
 * @example
 * ```ts
 * const sandbox = await startSandbox({ port: 0, db: ':memory:', seedJobs: 500 });
 * const res = await fetch(`${sandbox.url}/v1/courses`, { headers: { authorization: 'Bearer sk_test_upskill_demo' } });
 * await sandbox.close();
 * ```
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const logger = options.logger ?? silentInfo;
  const store = openStore(options.db ?? ':memory:');
  let resolveServices!: (s: Services) => void;
  let rejectServices!: (e: unknown) => void;
  const services = new Promise<Services>((resolve, reject) => {
    resolveServices = resolve;
    rejectServices = reject;
  });
  services.catch(() => {});
  const app = createApp({
    services, rateLimit: options.rateLimit ?? 600, logger,
    ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}),
  });
  const server = createAdaptorServer({ fetch: app.fetch });
  // Outlive clients' idle keep-alive (undici: 4 s) so a reused connection is never closed under them.
  Object.assign(server, { keepAliveTimeout: 65_000, headersTimeout: 66_000 });
  // Requests node's own parser refuses (a URL or headers over its limit, malformed HTTP) never
  // reach the app: answer them with problem+json too, instead of node's bare status line.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const id = `req_${randomUUID().replaceAll('-', '')}`;
    const body = JSON.stringify(problemBody(status, 'invalid_request',
      tooLarge ? 'The URL and headers together exceed 16 KB.' : 'Malformed HTTP request.', id));
    socket.end(`HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `content-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `x-request-id: ${id}\r\nconnection: close\r\n\r\n${body}`);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 4010, options.hostname, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    store.close();
    throw error;
  }
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => {
        store.close();
        resolve();
      });
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    });
  const port = (server.address() as AddressInfo).port;
  const publicUrl = (options.publicUrl ?? `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    const seed = await seedIfEmpty(store, { seedJobs: options.seedJobs ?? 1000, publicUrl });
    const wired = createServices(store, publicUrl);
    await wired.issuing.signPending();
    resolveServices(wired);
    return { url: `http://localhost:${port}`, port, publicUrl, seed, close };
  } catch (error) {
    rejectServices(error);
    await close();
    throw error;
  }
}
