import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { Ctx, Env } from '../http/context.js';
import { notFound } from '../http/problem.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8', '.woff2': 'font/woff2',
};

/** The sandbox package's folder, found from this module's location (src/ or dist/). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === '@upskill/sandbox') return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
    dir = parent;
  }
}

/** The elements' CDN build folder, or undefined when it is not installed/built. */
function cdnRoot(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve('@upskill/elements/package.json');
    return join(dirname(manifest), 'dist', 'cdn');
  } catch {
    return undefined;
  }
}

/** Serves one file below `root`, refusing any path that escapes it. */
function serveFile(root: string | undefined, relative: string) {
  if (!root) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return undefined;
  }
  const path = resolve(root, '.' + sep + decoded);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  try {
    if (!statSync(path).isFile()) return undefined;
    return { body: readFileSync(path), type: TYPES[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

const PORTAL = join(packageRoot(), 'portal');
const CDN = cdnRoot();

/** The demo portal (`/`, `/portal/*`) and the elements' CDN build (`/cdn/*`). */
export const staticRoutes = new Hono<Env>()
  .get('/', (c) => {
    const file = serveFile(PORTAL, 'index.html');
    if (!file) return c.text('The demo portal is not available in this build.', 404);
    return c.body(file.body, 200, { 'content-type': file.type, 'cache-control': 'no-cache' });
  })
  .get('/portal/*', (c) => respond(c, PORTAL, c.req.path.slice('/portal/'.length)))
  .get('/cdn/*', (c) => respond(c, CDN, c.req.path.slice('/cdn/'.length)));

function respond(c: Ctx, root: string | undefined, relative: string) {
  const file = serveFile(root, relative);
  if (!file) throw notFound(`No file "${c.req.path}".`);
  return c.body(file.body, 200, { 'content-type': file.type, 'cache-control': 'no-cache' });
}
