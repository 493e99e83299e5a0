// Browser: the CDN build renders every element with OWASP filter-evasion payloads in every text
// field (given as properties), on a page served with the product's strict CSP and on one with no
// CSP at all (where an injected handler would really run). Everything stays inert text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { XSS_PAYLOADS } from './payloads.js';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';

const CDN = resolve(dirname(fileURLToPath(import.meta.url)), '../../../elements/dist/cdn');
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.svg': 'image/svg+xml', '.map': 'application/json' };
const BENIGN = 'Plain benign text';

let browser: Browser;
let page: Server;
let api: Server;
let pageOrigin: string;
let apiOrigin: string;
const counts = { payloads: XSS_PAYLOADS.length, elements: 0, fields: 0, dialogs: 0, violations: 0, injected: 0 };

/** The page's data: one course, credential and job match per payload, every text field set to it. */
function hostileData(texts: string[]): string {
  const image = `${pageOrigin}/image.svg`;
  const items = texts.map((text, i) => {
    // Half the items also carry hostile URLs where a URL goes.
    const url = i % 2 ? 'javascript:window.__xss=1' : image;
    const course = {
      id: `crs_xss_${i}`, title: text, summary: text, language: 'en', languages: ['en'], level: 'foundation', durationMinutes: 30,
      lessons: [{ id: `les_${i}_1`, title: text }, { id: `les_${i}_2`, title: text }], skills: [{ id: 'skl_a', name: text }, { id: 'skl_b', name: text }],
      imageUrl: url,
    };
    const credential = {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: i % 2 ? 'javascript:window.__xss=1' : `${apiOrigin}/v1/credentials/cred_xss_${i}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', type: ['Profile'], name: text },
      name: text,
      validFrom: '2025-01-01T00:00:00Z', validUntil: '2030-01-01T00:00:00Z',
      credentialSubject: {
        id: 'urn:uuid:00000000-0000-4000-8000-000000000000', type: ['AchievementSubject'],
        achievement: { id: `${apiOrigin}/v1/certifications/crt_xss`, type: ['Achievement'], name: text, description: text, criteria: { narrative: text }, image: { id: url, type: 'Image' } },
      },
    };
    const match = {
      job: {
        id: `job_xss_${i}`, title: text, employer: { id: 'emp_x', name: text }, location: { city: text, region: text, country: text, remote: false },
        skills: [{ id: 'skl_a', name: text, level: 2, required: true }], preferredCertificationIds: [], postedAt: '2026-01-01T00:00:00Z',
      },
      score: 0.5,
      matchedSkills: [{ id: 'skl_a', name: text, level: 2, evidence: { type: 'course', id: `crs_xss_${i}` } }],
      missingSkills: [{ id: 'skl_b', name: text, required: true, recommendedCourses: [{ id: `crs_xss_${i}`, title: text, level: 'foundation', durationMinutes: 30 }] }],
    };
    return { course, credential, match };
  });
  return `export const items = ${JSON.stringify(items)};\n`;
}

/** The test page's script (external: the strict CSP allows no inline script). */
const APP = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI), true);
const { items } = await import('/data.js');
await import('/cdn/upskill-elements.js');
for (const [i, item] of items.entries()) {
  const box = document.createElement('section');
  box.dataset.index = String(i);
  const card = document.createElement('up-course-card');
  card.course = item.course;
  const badge = document.createElement('up-badge');
  badge.credential = item.credential;
  const list = document.createElement('up-job-match-list');
  list.jobMatches = [item.match];
  box.append(card, badge, list);
  document.body.append(box);
}
window.__rendered = true;
`;

const csp = (strict: boolean) =>
  strict ? `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: ${apiOrigin}; connect-src ${apiOrigin}` : undefined;

/** Serves the page, its script, the data and the CDN build. */
function servePage(texts: () => string[]) {
  return createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    const strict = url.searchParams.get('csp') !== 'off';
    const headers: Record<string, string> = {};
    const policy = csp(strict);
    if (policy) headers['content-security-policy'] = policy;
    if (url.pathname === '/') {
      res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>XSS</title><script type="module" src="/app.js"></script></head><body></body></html>');
    } else if (url.pathname === '/app.js') {
      res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(APP);
    } else if (url.pathname === '/data.js') {
      res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(hostileData(texts()));
    } else if (url.pathname === '/image.svg') {
      res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>');
    } else if (url.pathname.startsWith('/cdn/')) {
      const file = resolve(CDN, '.' + sep + decodeURIComponent(url.pathname.slice(5)));
      if (!file.startsWith(CDN + sep) || !existsSync(file)) return res.writeHead(404).end();
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    } else {
      res.writeHead(404).end();
    }
  });
}

// In-page code as source text: a function compiled by the test's TypeScript loader would carry
// helpers the page does not have.
const DEEP_TEXT = `const deepText = (root) => [...root.querySelectorAll('*')].map((el) => (el.shadowRoot ? deepText(el.shadowRoot) : '')).join('') + (root instanceof ShadowRoot ? root.textContent ?? '' : '');`;

/** Every element shows its data: job rows laid out, badges past their skeleton. */
const READY = `(() => {
  ${DEEP_TEXT}
  const lists = [...document.querySelectorAll('up-job-match-list')];
  const badges = [...document.querySelectorAll('up-badge')];
  const cards = [...document.querySelectorAll('up-course-card')];
  return lists.length > 0 && lists.every((l) => l.shadowRoot && l.shadowRoot.querySelector('.row, [part~="row"]')) &&
    [...badges, ...cards].every((b) => b.shadowRoot && /[a-z]/i.test(deepText(b.shadowRoot)) && !b.shadowRoot.querySelector('.skeleton, [part~="skeleton"]'));
})()`;

/** For a failure message: the elements still without their data, and what they show. */
const NOT_READY = `(() => {
  ${DEEP_TEXT}
  return [...document.querySelectorAll('up-job-match-list, up-badge, up-course-card')]
    .filter((el) => !el.shadowRoot || (el.localName === 'up-job-match-list' ? !el.shadowRoot.querySelector('.row, [part~="row"]') : (!/[a-z]/i.test(deepText(el.shadowRoot)) || el.shadowRoot.querySelector('.skeleton, [part~="skeleton"]'))))
    .slice(0, 5).map((el) => el.localName + ' #' + el.parentElement.dataset.index + ': ' + (el.shadowRoot ? deepText(el.shadowRoot).replace(/\\s+/g, ' ').slice(0, 120) : 'no shadow root')).join(' | ');
})()`;

/** Per element: its shadow trees' tag names and text; every on* attribute and script URL anywhere. */
const COLLECT = `(() => {
  const out = { tags: {}, texts: {}, onAttributes: [], jsLinks: [], canary: window.__xss, violations: window.__violations };
  const walk = (root, kind, tags, text) => {
    text.push(root.textContent ?? '');
    for (const el of root.querySelectorAll('*')) {
      tags.push(el.localName);
      for (const attr of el.getAttributeNames()) {
        if (attr.toLowerCase().startsWith('on')) out.onAttributes.push(kind + ' <' + el.localName + ' ' + attr + '>');
      }
      for (const attr of ['href', 'src', 'action', 'formaction', 'xlink:href', 'data']) {
        const value = el.getAttribute(attr);
        if (value && /^\\s*(javascript|vbscript|data:text)/i.test(value)) out.jsLinks.push(kind + ' <' + el.localName + ' ' + attr + '="' + value.slice(0, 40) + '">');
      }
      if (el.shadowRoot) walk(el.shadowRoot, kind, tags, text);
    }
  };
  for (const box of document.querySelectorAll('section')) {
    for (const el of box.children) {
      const tags = [];
      const text = [];
      if (el.shadowRoot) walk(el.shadowRoot, el.localName, tags, text);
      (out.tags[el.localName] ??= []).push(tags.sort().join(' '));
      (out.texts[el.localName] ??= []).push(text.join('\\n'));
    }
  }
  return out;
})()`;

let currentTexts: string[] = XSS_PAYLOADS;

before(async () => {
  assert.ok(existsSync(join(CDN, 'upskill-elements.js')), 'build the elements first: pnpm --filter @upskill/elements build');
  // The "API" origin: nothing should call it, and it answers nothing useful if anything does.
  api = createServer((_req, res) => res.writeHead(404, { 'content-type': 'application/problem+json', 'access-control-allow-origin': '*' }).end('{}'));
  await new Promise<void>((done) => api.listen(0, '127.0.0.1', done));
  apiOrigin = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  page = servePage(() => currentTexts);
  await new Promise<void>((done) => page.listen(0, '127.0.0.1', done));
  // localhost, not 127.0.0.1: the API is on another origin than the page.
  pageOrigin = `http://localhost:${(page.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
});

after(async () => {
  await browser?.close();
  page?.closeAllConnections();
  api?.closeAllConnections();
  await new Promise((done) => (page ? page.close(done) : done(undefined)));
  await new Promise((done) => (api ? api.close(done) : done(undefined)));
});

interface Rendered {
  tags: Record<string, string[]>;
  texts: Record<string, string[]>;
  onAttributes: string[];
  jsLinks: string[];
  canary: unknown;
  violations: string[];
}

/** Loads the page and reads every element's shadow tree: tag names, text, `on*` attributes and links. */
async function render(strict: boolean, texts: string[]): Promise<Rendered & { dialogs: string[]; consoleViolations: string[] }> {
  currentTexts = texts;
  const context = await browser.newContext();
  const tab = await context.newPage();
  const dialogs: string[] = [];
  const consoleViolations: string[] = [];
  tab.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  tab.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleViolations.push(m.text());
  });
  tab.on('pageerror', (e) => consoleViolations.push(`page error: ${e.message}`));
  try {
    await tab.goto(`${pageOrigin}/?csp=${strict ? 'on' : 'off'}`);
    await tab.waitForFunction(() => (window as unknown as { __rendered?: boolean }).__rendered === true);
    // Wait until every element shows its data (the job list renders its rows after layout).
    await tab.waitForFunction(READY, undefined, { timeout: 60_000 }).catch(async (error: Error) => {
      throw new Error(`${error.message}; elements not ready: ${String(await tab.evaluate(NOT_READY))}`);
    });
    // Give any injected handler (onerror, onload, ontoggle) its chance to fire.
    await tab.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200)))');
    const rendered = await tab.evaluate<Rendered>(COLLECT);
    return { ...rendered, dialogs, consoleViolations };
  } finally {
    await context.close();
  }
}

for (const strict of [true, false]) {
  test(`${XSS_PAYLOADS.length} OWASP payloads in every text field stay inert text (${strict ? 'strict CSP' : 'no CSP'})`, { timeout: 150_000 }, async () => {
    const baseline = await render(strict, XSS_PAYLOADS.map(() => BENIGN));
    const hostile = await render(strict, XSS_PAYLOADS);
    counts.elements += XSS_PAYLOADS.length * 3;
    counts.fields += XSS_PAYLOADS.length * (4 + 3 + 6);
    counts.dialogs += hostile.dialogs.length;
    counts.violations += hostile.violations.length + hostile.consoleViolations.length + baseline.violations.length + baseline.consoleViolations.length;

    assert.deepEqual(hostile.dialogs, [], 'a payload opened a dialog');
    assert.equal(hostile.canary, undefined, 'a payload ran script (window.__xss was set)');
    assert.deepEqual(hostile.onAttributes, [], 'a payload injected an event-handler attribute');
    assert.deepEqual(hostile.jsLinks, [], 'a payload or hostile URL became a javascript: link');
    // Each element's shadow tree holds exactly the elements its benign twin holds: nothing injected.
    const injected: string[] = [];
    for (const [kind, trees] of Object.entries(hostile.tags)) {
      trees.forEach((tags, i) => {
        if (tags !== baseline.tags[kind]?.[i]) injected.push(`${kind} #${i} (${JSON.stringify(XSS_PAYLOADS[i]!.slice(0, 40))}): ${tags} ≠ ${baseline.tags[kind]?.[i]}`);
      });
    }
    counts.injected += injected.length;
    assert.deepEqual(injected, [], 'a payload changed an element’s markup');
    // The payload is shown as text in the fields each element displays.
    const missing: string[] = [];
    XSS_PAYLOADS.forEach((payload, i) => {
      for (const kind of ['up-course-card', 'up-badge', 'up-job-match-list']) {
        if (!hostile.texts[kind]?.[i]?.includes(payload)) missing.push(`${kind} #${i} does not show ${JSON.stringify(payload.slice(0, 40))} as text`);
      }
    });
    assert.deepEqual(missing, []);
    if (strict) {
      assert.deepEqual([...baseline.violations, ...baseline.consoleViolations], [], 'CSP violations with benign data');
      assert.deepEqual([...hostile.violations, ...hostile.consoleViolations], [], 'CSP violations with hostile data');
    }
  });
}

test('summary', () => {
  console.log(`xss: ${counts.payloads} payloads, ${counts.elements} elements rendered, ${counts.fields} text fields, ${counts.dialogs} dialogs, ${counts.violations} CSP violations, ${counts.injected} injected trees`);
});
