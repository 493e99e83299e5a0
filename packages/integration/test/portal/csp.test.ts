// Every element from a copy of dist/cdn/, on a page served under the strict CSP of the product
// contract, with the API (a real sandbox) on another origin: no violation, no error, every
// element reaches its ready state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { startSandboxProcess, type SandboxProcess } from '../support/sandbox.js';
import { api, launchChromium, recordProblems, sessionFor } from './support.js';

const CDN_DIR = fileURLToPath(new URL('../../../elements/dist/cdn/', import.meta.url));
const COURSE_ID = 'crs_ai_at_work';
const TYPES: Record<string, string> = { js: 'text/javascript', map: 'application/json', txt: 'text/plain', css: 'text/css' };

/** Runs before the elements' module: records every violation and reports it on the console. */
const LISTENER = `window.cspViolations = [];
document.addEventListener('securitypolicyviolation', function (event) {
  var text = event.violatedDirective + ' blocked ' + (event.blockedURI || '(inline)') + ' at ' + event.sourceFile + ':' + event.lineNumber;
  window.cspViolations.push(text);
  console.error('CSP violation: ' + text);
});
`;

const STYLES = `body { font-family: system-ui, sans-serif; margin: 1rem; }
main { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); }
.jobs { grid-column: 1 / -1; height: 30rem; overflow: auto; }
`;

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function pageHtml(apiOrigin: string, token: string, credentialId: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Upskill elements under a strict CSP</title>
  <link rel="stylesheet" href="/page.css">
  <script src="/listen.js"></script>
  <script type="module" src="/cdn/upskill-elements.js"></script>
</head>
<body>
  <up-provider base-url="${escape(apiOrigin)}" token="${escape(token)}" theme="dark">
    <main>
      <up-progress-ring value="0.42" label="Program progress"></up-progress-ring>
      <up-course-card id="card-en" course-id="${COURSE_ID}"></up-course-card>
      <div lang="fr"><up-course-card id="card-fr" course-id="${COURSE_ID}"></up-course-card></div>
      <up-badge credential-id="${escape(credentialId)}"></up-badge>
      <div class="jobs"><up-job-match-list learner-id="me" page-size="50"></up-job-match-list></div>
    </main>
  </up-provider>
</body>
</html>`;
}

let sandbox: SandboxProcess;
let pageServer: Server;
let pageOrigin: string;
let browser: Browser;
/** Paths the page asked its own server for. */
const served: string[] = [];

before(async () => {
  sandbox = await startSandboxProcess();
  const apiOrigin = new URL(sandbox.url).origin;
  const token = await sessionFor(sandbox.url, 'lrn_demo_amara');
  const { data } = await api<{ data: { id: string; status: string }[] }>(sandbox.url, 'GET', '/learners/lrn_demo_amara/credentials');
  const credential = data.find((c) => c.status === 'active');
  assert.ok(credential, 'the seed gives Amara an active credential');
  const cdnFiles = new Set(await readdir(CDN_DIR));
  const csp = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: ${apiOrigin}; connect-src ${apiOrigin}`;
  const html = pageHtml(apiOrigin, token, credential.id);

  pageServer = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://page.test').pathname;
    served.push(path);
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (path === '/') {
      response.setHeader('content-security-policy', csp);
      send(200, 'text/html; charset=utf-8', html);
    } else if (path === '/listen.js') send(200, TYPES.js!, LISTENER);
    else if (path === '/page.css') send(200, TYPES.css!, STYLES);
    else if (path.startsWith('/cdn/') && cdnFiles.has(path.slice(5))) {
      const name = path.slice(5);
      readFile(CDN_DIR + name).then(
        (body) => send(200, TYPES[name.split('.').pop()!] ?? 'application/octet-stream', body),
        () => send(500, 'text/plain', `could not read ${name}`),
      );
    } else if (path === '/favicon.ico') send(204, 'image/x-icon', '');
    else send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
  pageOrigin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;
  assert.notEqual(pageOrigin, apiOrigin);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => pageServer?.close(resolve));
  await sandbox?.stop();
});

test('all five elements work under the strict CSP with the API on another origin', async () => {
  const [en, fr] = await Promise.all(['en', 'fr'].map((language) => api<{ title: string }>(sandbox.url, 'GET', `/courses/${COURSE_ID}`, { language })));
  const page = await browser.newPage();
  const problems = recordProblems(page);
  await page.goto(`${pageOrigin}/`);

  // Browser-side functions name nothing: tsx would wrap named ones in a helper the page lacks,
  // and a string would be eval'd, which the policy forbids.
  const state = await page.waitForFunction(
    ({ enTitle, frTitle }) => {
      const [titleEn, titleFr] = ['#card-en', '#card-fr'].map((selector) =>
        document.querySelector(selector)?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim());
      const badge = document.querySelector('up-badge')?.getAttribute('verification');
      const rows = document.querySelector('up-job-match-list')?.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0;
      const ring = document.querySelector('up-progress-ring')?.getAttribute('aria-valuenow');
      return titleEn === enTitle && titleFr === frTitle && badge === 'verified' && rows > 0 && ring === '42' && { rows };
    },
    { enTitle: en!.title, frTitle: fr!.title },
    { timeout: 30_000 },
  );
  const { rows } = (await state.jsonValue()) as { rows: number };
  assert.ok(rows > 0, 'job rows are shown');

  const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  assert.deepEqual(violations, [], 'no CSP violation');
  assert.deepEqual(problems.errors, [], 'no uncaught error');
  assert.deepEqual(problems.consoleErrors, [], 'no console error');
  // The lazily loaded chunks ran under the policy too: the verifier, the virtualizer (50 rows) and French text.
  for (const chunk of [/^\/cdn\/[^/]*verify[^/]*\.js$/, /^\/cdn\/[^/]*virtual[^/]*\.js$/, /^\/cdn\/fr-[^/]*\.js$/]) {
    assert.ok(served.some((path) => chunk.test(path)), `a chunk matching ${String(chunk)} was loaded (served: ${served.join(', ')})`);
  }
  await page.close();
});
