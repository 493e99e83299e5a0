import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../define.js';
import { UpProvider } from './provider.js';
import { UpCourseCard } from '../course-card/course-card.js';
import { UpElement } from '../internal/base.js';
import { course, fakeClient, part, progress } from '../../test/fixtures.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'x-request-id': 'req_test' } });

/** Replaces `fetch` for the duration of `run`, answering from `route`. */
async function withFetch(route: (request: Request) => Response, run: (requests: Request[]) => Promise<void>) {
  const original = window.fetch.bind(window);
  const requests: Request[] = [];
  window.fetch = (input, init) => {
    const request = new Request(input, init);
    requests.push(request);
    return Promise.resolve(route(request));
  };
  try {
    await run(requests);
  } finally {
    window.fetch = original;
  }
}

describe('<up-provider>', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('builds an SDK client from base-url and token, used by the elements inside', async () => {
    await withFetch(
      (request) => {
        const { pathname } = new URL(request.url);
        if (pathname === '/v1/courses/crs_ai_store_ops') return json({ ...course, language: 'en' });
        if (pathname === '/v1/learners/me/progress') return json({ data: [progress('crs_ai_store_ops', 75)], nextCursor: null });
        return json({ type: 'about:blank', title: 'Not found', status: 404, code: 'not_found', requestId: 'req_1' }, 404);
      },
      async (requests) => {
        const provider = await fixture<UpProvider>(html`<up-provider base-url="https://api.example.test" token="tok_session">
          <up-course-card course-id="crs_ai_store_ops"></up-course-card>
        </up-provider>`);
        const card = provider.querySelector('up-course-card')!;
        await waitUntil(() => part(card, 'ring')?.getAttribute('aria-valuenow') === '75', 'course and progress loaded');
        const courseRequest = requests.find((r) => r.url.endsWith('/v1/courses/crs_ai_store_ops'))!;
        expect(courseRequest.headers.get('authorization')).to.equal('Bearer tok_session');
        expect(courseRequest.headers.get('accept-language')).to.equal('en');
      },
    );
  });

  it('asks getToken for the token', async () => {
    await withFetch(
      () => json({ ...course }),
      async (requests) => {
        const getToken = () => Promise.resolve('tok_from_server');
        const provider = await fixture<UpProvider>(html`<up-provider base-url="https://api.example.test" .getToken=${getToken}>
          <up-course-card course-id="crs_ai_store_ops" learner-id="lrn_1"></up-course-card>
        </up-provider>`);
        await waitUntil(() => part(provider.querySelector('up-course-card')!, 'title'));
        expect(requests[0]!.headers.get('authorization')).to.equal('Bearer tok_from_server');
      },
    );
  });

  it('refuses a secret key with an up-error that does not contain it', async () => {
    const provider = document.createElement('up-provider');
    provider.setAttribute('base-url', 'https://api.example.test');
    provider.setAttribute('token', 'sk_test_secret_value');
    const event = oneEvent(provider, 'up-error');
    document.body.append(provider);
    const { detail } = await event;
    expect(detail.message).to.contain('session token');
    expect(JSON.stringify(detail)).not.to.contain('sk_test_secret_value');
    provider.remove();
  });

  it('follows prefers-color-scheme unless theme is set', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const provider = await fixture<UpProvider>(html`<up-provider><up-course-card .course=${course}></up-course-card></up-provider>`);
    const card = provider.querySelector('up-course-card')!;
    const surface = () => getComputedStyle(part(card, 'card')!).backgroundColor;
    expect(surface()).to.equal('rgb(22, 27, 34)');
    provider.theme = 'light';
    await provider.updateComplete;
    expect(surface()).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'light' });
    provider.theme = 'dark';
    await provider.updateComplete;
    expect(surface()).to.equal('rgb(22, 27, 34)');
    await expect(card).to.be.accessible();
  });

  it('reports an unknown theme', async () => {
    const provider = document.createElement('up-provider');
    provider.setAttribute('theme', 'purple');
    const event = oneEvent(provider, 'up-error');
    document.body.append(provider);
    expect((await event).detail.code).to.equal('invalid_attribute');
    provider.remove();
  });

  it('reaches elements upgraded before it (markup first, definitions later)', async () => {
    const client = fakeClient({ progress: () => [progress('crs_ai_store_ops', 25)] });
    const wrapper = await fixture(html`<div><late-provider><late-course-card course-id="crs_ai_store_ops"></late-course-card></late-provider></div>`);
    wrapper.querySelector('late-provider')!.client = client;
    // The consumer is defined before its provider: the document's ContextRoot replays its request.
    class LateCard extends UpCourseCard {}
    class LateProvider extends UpProvider {}
    LateCard.define('late-course-card');
    LateProvider.define('late-provider');
    const card = wrapper.querySelector<UpCourseCard>('late-course-card')!;
    await waitUntil(() => part(card, 'action')?.textContent?.trim() === 'Continue', 'card loaded through the late provider');
  });
});

describe('UpElement.define', () => {
  it('skips a tag already registered, warning when the versions differ', async () => {
    class First extends UpElement {}
    class Second extends UpElement {
      static override readonly version = '0.0.0-other';
    }
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      First.define('up-define-test');
      First.define('up-define-test');
      expect(warnings).to.have.length(0);
      Second.define('up-define-test');
      expect(customElements.get('up-define-test')).to.equal(First);
      expect(String(warnings[0]?.[0])).to.contain('0.0.0-other');
    } finally {
      console.warn = warn;
    }
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'late-provider': UpProvider;
    'late-course-card': UpCourseCard;
  }
}
