// Rendering: <up-job-match-list> with 10,000 matches against 100, in Chromium, from the CDN build.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { median, relativeSpread, round } from './lib/stats.js';
import type { Measured } from './lib/types.js';

const pageScript = fileURLToPath(new URL('./rendering-page.js', import.meta.url));
const cdnDir = fileURLToPath(new URL('../../elements/dist/cdn/', import.meta.url));
const SMALL = 100;
const LARGE = 10_000;
const WARMUP_ROUNDS = 2;
const ROUNDS = 15;
/** What counts as a row element of the list. */
const ROW_SELECTOR = '[part~="row"]';

const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/cdn/upskill-elements.js"></script>
<script type="module" src="/rendering-page.js"></script>
<style>body { margin: 0 } #host { width: 900px; height: 800px; overflow: auto }</style></head>
<body><div id="host"></div></body>
</html>`;

const types: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.json': 'application/json' };

/** Serves the bench page and the CDN build, as a partner's static host would. */
async function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(page);
      return;
    }
    if (path === '/rendering-page.js') {
      readFile(pageScript).then((body) => response.writeHead(200, { 'content-type': 'text/javascript' }).end(body), () => response.writeHead(500).end());
      return;
    }
    const file = normalize(join(cdnDir, path.replace(/^\/cdn\//, '')));
    if (!path.startsWith('/cdn/') || !file.startsWith(cdnDir)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

interface Sample {
  ms: number;
  rows: number;
}

export async function rendering(): Promise<Measured[]> {
  const { server, origin } = await serve();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    const sample = async (count: number) => {
      await tab.goto(origin + '/', { waitUntil: 'load' });
      await tab.waitForFunction('typeof window.renderJobMatches === "function"');
      const result = await tab.evaluate<Sample>(`renderJobMatches(${count}, ${JSON.stringify(ROW_SELECTOR)})`);
      if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
      return result;
    };
    const samples: Record<'small' | 'large', Sample[]> = { small: [], large: [] };
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      const order = round % 2 ? ([LARGE, SMALL] as const) : ([SMALL, LARGE] as const);
      for (const count of order) {
        const result = await sample(count);
        if (round >= WARMUP_ROUNDS) samples[count === SMALL ? 'small' : 'large'].push(result);
      }
    }
    const small = median(samples.small.map((s) => s.ms));
    const large = median(samples.large.map((s) => s.ms));
    const maxRows = Math.max(...samples.large.map((s) => s.rows));
    const ratio = large / small;
    const version = browser.version();
    return [
      {
        id: 'rendering',
        measured: round(ratio, 2),
        detail: `median ${round(large, 1)} ms vs ${round(small, 1)} ms (Chromium ${version}, ${ROUNDS} interleaved rounds)`,
        data: {
          largeMedianMs: round(large, 2),
          smallMedianMs: round(small, 2),
          largeSpread: round(relativeSpread(samples.large.map((s) => s.ms)), 3),
          smallSpread: round(relativeSpread(samples.small.map((s) => s.ms)), 3),
          chromium: version,
          samples,
        },
      },
      {
        id: 'rendering-rows',
        measured: maxRows,
        detail: `most rows seen in any sample, after rendering settled (${SMALL} matches: ${Math.max(...samples.small.map((s) => s.rows))})`,
        data: { maxRowsInDom: maxRows, rowSelector: ROW_SELECTOR },
      },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
