#!/usr/bin/env node
// Smoke test of the static Storybook build: every story and docs page renders in Chromium with
// no page error, no console error and no request leaving the machine; stories tagged `ready`
// are also axe-clean (WCAG 2.x A/AA) and must leave their loading state. Stories tagged `live`
// (they need a running sandbox) or `!test` are skipped.
//
//   pnpm build-storybook && node scripts/storybook-smoke.mjs [--dir storybook-static]
//     [--only <id substring>] [--screenshots <dir>]
//
// Env: CHROME_PATH (default /usr/bin/chromium), SMOKE_CONCURRENCY (default 3).
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const require = createRequire(import.meta.url);
const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    only: { type: 'string' },
    screenshots: { type: 'string' },
  },
});
const staticDir = resolve(options.dir);
const concurrency = Math.max(1, Number(process.env.SMOKE_CONCURRENCY ?? 3));
const axePath = require.resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const RENDER_TIMEOUT = 15_000;
const READY_TIMEOUT = 8_000;

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ico': 'image/x-icon', '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server for the build, on a free loopback port. */
async function serve(dir) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) return void response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// Runs in the page: waits for every Upskill element (light and shadow DOM) to finish updating,
// then, for ready stories, for every loading placeholder (`aria-busy="true"`) to go away.
async function settle({ root: rootSelector, ready, timeout }) {
  const all = (root, found = []) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.startsWith('up-')) found.push(element);
      if (element.shadowRoot) all(element.shadowRoot, found);
    }
    return found;
  };
  const busy = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.getAttribute('aria-busy') === 'true') return element;
      if (element.shadowRoot) {
        const inner = busy(element.shadowRoot);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const deadline = Date.now() + timeout;
  const root = document.querySelector(rootSelector) ?? document.body;
  let stable = 0;
  while (Date.now() < deadline) {
    const elements = all(root);
    await Promise.all(elements.map((element) => element.renderComplete ?? element.updateComplete));
    await frame();
    const pending = elements.some((element) => element.isUpdatePending) || (ready && busy(root));
    stable = pending ? 0 : stable + 1;
    if (stable >= 3) break;
  }
  await document.fonts.ready;
  const stillBusy = ready ? busy(root) : undefined;
  const elements = all(root);
  const broken = elements.filter((element) => !customElements.get(element.localName) || !element.shadowRoot);
  return {
    elements: elements.length,
    undefinedElements: [...new Set(broken.map((element) => `<${element.localName}>`))].join(', '),
    stillLoading: stillBusy ? `<${stillBusy.getRootNode().host?.localName ?? 'document'}> ${stillBusy.outerHTML.slice(0, 120)}` : null,
  };
}

async function runAxe(tags) {
  const result = await window.axe.run(document.querySelector('#storybook-root'), {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' > ')).join(' | ')}`);
}

// Runs in the page: asks the Storybook preview to show another story or docs page (what the
// manager does when you click in the sidebar) and waits for the outcome. Much faster than a
// page load per story; a story that fails this way gets a fresh page before the next one.
function renderThroughChannel({ storyId, viewMode, timeout }) {
  return new Promise((resolve) => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return resolve({ outcome: 'no channel' });
    const outcomes = {
      storyRendered: 'rendered', docsRendered: 'rendered', storyErrored: 'error',
      storyThrewException: 'exception', storyMissing: 'missing', playFunctionThrewException: 'exception',
    };
    const handlers = [];
    const finish = (result) => {
      for (const [event, handler] of handlers) channel.off(event, handler);
      clearTimeout(timer);
      resolve(result);
    };
    for (const [event, outcome] of Object.entries(outcomes)) {
      const handler = (payload) => {
        const id = typeof payload === 'string' ? payload : payload?.storyId ?? payload?.id;
        if (outcome === 'rendered' && id !== storyId) return; // a late event of the previous story
        finish({ outcome, detail: outcome === 'rendered' ? '' : String(payload?.description ?? payload?.message ?? payload?.title ?? payload) });
      };
      channel.on(event, handler);
      handlers.push([event, handler]);
    }
    const timer = setTimeout(() => finish({ outcome: 'timeout' }), timeout);
    channel.emit('setCurrentStory', { storyId, viewMode });
  });
}

async function show(page, origin, entry) {
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  if (!page.__loaded) {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, { waitUntil: 'load' });
    await page.waitForSelector(
      viewMode === 'docs' ? '#storybook-docs .sbdocs-content, body.sb-show-errordisplay' : 'body.sb-show-main, body.sb-show-errordisplay, body.sb-show-nopreview',
      { timeout: RENDER_TIMEOUT },
    );
    page.__loaded = true;
    return page.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay') || document.body.classList.contains('sb-show-nopreview')
        ? `${document.querySelector('#error-message')?.textContent ?? ''} ${document.body.className}`
        : null);
  }
  const { outcome, detail } = await page.evaluate(renderThroughChannel, { storyId: entry.id, viewMode, timeout: RENDER_TIMEOUT });
  return outcome === 'rendered' ? null : `${outcome}${detail ? `: ${detail}` : ''}`;
}

async function check(page, origin, entry, record) {
  const isDocs = entry.type === 'docs';
  const failure = await show(page, origin, entry);
  if (failure) {
    page.__loaded = false;
    return record(`${isDocs ? 'docs page' : 'story'} did not render: ${failure}`);
  }
  if (isDocs) {
    // Autodocs: the component description and the table of attributes, events, parts… from the
    // manifest. MDX pages are free-form.
    const hasTable = await page.evaluate(() => Boolean(document.querySelector('#storybook-docs table.docblock-argstable')));
    if (!hasTable && !entry.importPath?.endsWith('.mdx')) record('no argument table on the docs page');
    const { undefinedElements } = await page.evaluate(settle, { root: '#storybook-docs', ready: false, timeout: 5_000 });
    if (undefinedElements) record(`elements not defined or not rendered: ${undefinedElements}`);
  } else {
    const ready = entry.tags?.includes('ready') ?? false;
    const { elements, undefinedElements, stillLoading } = await page.evaluate(settle, { root: '#storybook-root', ready, timeout: READY_TIMEOUT });
    if (!elements) record('no Upskill element in #storybook-root');
    if (undefinedElements) record(`elements not defined or not rendered: ${undefinedElements}`);
    if (stillLoading) record(`ready story still loading: ${stillLoading}`);
    if (ready) {
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
      for (const violation of await page.evaluate(runAxe, AXE_TAGS)) record(`axe ${violation}`);
    }
  }
  if (options.screenshots) {
    await page.screenshot({ path: join(options.screenshots, `${entry.id}.png`), fullPage: false });
  }
}

async function main() {
  const started = Date.now();
  const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8'));
  const testable = Object.values(index.entries).filter((entry) => {
    const tags = entry.tags ?? [];
    return !tags.includes('live') && (entry.type !== 'story' || tags.includes('test'));
  });
  const skipped = Object.keys(index.entries).length - testable.length;
  const entries = testable.filter((entry) => !options.only || entry.id.includes(options.only));
  if (options.screenshots) await mkdir(options.screenshots, { recursive: true });

  const { server, origin } = await serve(staticDir);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, colorScheme: 'light' });
  // Nothing may leave the machine: requests to any other origin are refused and reported.
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(origin) || target.startsWith('data:') || target.startsWith('blob:')) return route.continue();
    route.request().frame()?.page()?.__record?.(`network request outside the build: ${target}`);
    return route.abort('blockedbyclient');
  });

  const failures = [];
  let passed = 0;
  const queue = [...entries];
  const worker = async () => {
    const page = await context.newPage();
    page.on('pageerror', (error) => page.__record?.(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const location = message.location()?.url ?? '';
      if (location.endsWith('/favicon.ico') || /favicon\.ico/.test(message.text())) return;
      page.__record?.(`console error: ${message.text()}${location ? ` (${location})` : ''}`);
    });
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const problems = [];
      const began = Date.now();
      page.__record = (text) => problems.push(text);
      try {
        await check(page, origin, entry, page.__record);
      } catch (error) {
        problems.push(`could not check: ${error.message.split('\n')[0]}`);
      }
      if (problems.some((problem) => problem.startsWith('could not check'))) page.__loaded = false;
      page.__record = undefined;
      const label = `${entry.type === 'docs' ? 'docs ' : ''}${entry.title} › ${entry.name} (${entry.id})`;
      if (problems.length) {
        failures.push({ label, problems });
        console.log(`✗ ${label}\n${problems.map((p) => `    ${p}`).join('\n')}`);
      } else {
        passed += 1;
        if (process.env.SMOKE_VERBOSE) console.log(`✓ ${label} ${Date.now() - began} ms`);
      }
    }
    await page.close();
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, worker));
  } finally {
    await browser.close();
    server.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`storybook smoke: ${passed} passed, ${failures.length} failed, ${skipped} skipped (live or !test) in ${seconds} s`);
  process.exitCode = failures.length || !entries.length ? 1 : 0;
}

main().catch((error) => {
  console.error(`storybook smoke: ${error.stack ?? error}`);
  process.exitCode = 1;
});
