import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import { course, credential, progress } from '../test/fixtures.js';
import type { UpBadge } from './badge/badge.js';

/**
 * The elements under a strict Content-Security-Policy, as a partner page would serve it. The
 * policy is added with a `<meta>` once the test runner's own inline scripts have run; from then
 * on the browser reports every inline style, style attribute, eval or foreign load as a
 * `securitypolicyviolation` event.
 */
describe('strict Content-Security-Policy', () => {
  const violations: string[] = [];
  const record = (event: SecurityPolicyViolationEvent) =>
    violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);

  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', record, true);
  });
  after(() => document.removeEventListener('securitypolicyviolation', record, true));

  it('renders every element in every state, in two languages, with no violation', async () => {
    const original = window.fetch.bind(window);
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    // The SDK's real client, answering from a script: its responses go through zod's (jitless) parsing.
    window.fetch = (input, init) => {
      const { pathname } = new URL(new Request(input, init).url);
      if (pathname.endsWith('/courses/crs_ai_store_ops')) return Promise.resolve(json(course));
      if (pathname.endsWith('/progress')) return Promise.resolve(json({ data: [progress('crs_ai_store_ops', 60)], nextCursor: null }));
      if (pathname.endsWith('/credentials/cred_demo1')) return Promise.resolve(json(credential));
      return Promise.resolve(json({ type: 'about:blank', title: 'Not found', status: 404, code: 'not_found', requestId: 'r' }, 404));
    };
    try {
      const verified = () => Promise.resolve({ verified: true, checks: { proof: 'ok', expiry: 'ok', revocation: 'ok', issuer: 'ok' } } as const);
      const page = await fixture(html`<div lang="en">
        <up-provider base-url="https://api.example.test" token="tok_session" theme="dark" course-href="/learn/{id}">
          <up-progress-ring value="0.3"></up-progress-ring>
          <up-progress-ring indeterminate></up-progress-ring>
          <up-progress-ring value="7"></up-progress-ring>
          <up-course-card course-id="crs_ai_store_ops"></up-course-card>
          <up-course-card course-id="crs_missing"></up-course-card>
          <up-course-card course-id="bad id"></up-course-card>
          <up-course-card .course=${course}></up-course-card>
          <up-course-card></up-course-card>
          <up-badge credential-id="cred_demo1" .verifier=${verified}></up-badge>
          <up-badge .credential=${credential} .verifier=${() => Promise.reject(new Error('offline'))}></up-badge>
          <up-badge></up-badge>
        </up-provider>
      </div>`);
      const [loadedCard] = page.querySelectorAll('up-course-card');
      const [loadedBadge] = page.querySelectorAll<UpBadge>('up-badge');
      const partOf = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
      await waitUntil(() => partOf(loadedCard!, 'ring') && loadedBadge!.verificationState === 'verified', 'everything loaded');
      page.setAttribute('lang', 'fr');
      await waitUntil(() => partOf(loadedBadge!, 'download')?.textContent?.trim() === 'Télécharger', 'French loaded');
      await waitUntil(() => partOf(loadedCard!, 'ring'), 'course reloaded in French');
      await new Promise((resolve) => requestAnimationFrame(resolve));
    } finally {
      window.fetch = original;
    }
    expect(violations).to.deep.equal([]);
  });

  it('would report a style attribute (the check is live)', async () => {
    const div = document.createElement('div');
    div.innerHTML = '<span style="color: red">x</span>';
    document.body.append(div);
    await waitUntil(() => violations.length > 0, 'violation reported');
    expect(violations[0]).to.contain('style-src');
    div.remove();
  });
});
