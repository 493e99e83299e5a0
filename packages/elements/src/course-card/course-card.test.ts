import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define.js';
import type { UpCourseCard } from './course-card.js';
import type { UpProvider } from '../provider/provider.js';
import type { ElementsClient } from '../internal/context.js';
import { XSS, apiError, course, fakeClient, part, progress, text } from '../../test/fixtures.js';


async function inProvider(client: ElementsClient | undefined, card: ReturnType<typeof html>, courseHref?: string) {
  const provider = await fixture<UpProvider>(html`<up-provider .client=${client} course-href=${courseHref ?? ''}>${card}</up-provider>`);
  const el = provider.querySelector('up-course-card')!;
  await el.updateComplete;
  return el;
}

const ready = (el: UpCourseCard) => waitUntil(() => part(el, 'title'), 'course rendered');

describe('<up-course-card>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('shows a course given as a property, without a provider', async () => {
    const el = await fixture<UpCourseCard>(html`<up-course-card .course=${course}></up-course-card>`);
    expect(text(el, 'title')).to.equal('AI for store operations');
    expect(text(el, 'level')).to.equal('Foundation');
    expect(text(el, 'meta')).to.contain('1 hr, 30 min').and.contain('4 lessons');
    expect([...el.shadowRoot!.querySelectorAll('[part="skill"]')].map((li) => li.textContent)).to.deep.equal(['Prompt writing', 'Fact checking', 'Data privacy']);
    expect(part(el, 'link')).to.equal(null);
    expect(text(el, 'action')).to.equal('Enroll');
    expect(part(el, 'progress')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('loads course-id through the provider client with the page language, and shows progress', async () => {
    const client = fakeClient({ progress: () => [progress('crs_ai_store_ops', 50)] });
    const el = await inProvider(client, html`<up-course-card course-id="crs_ai_store_ops"></up-course-card>`);
    await waitUntil(() => text(el, 'action') === 'Continue', 'progress loaded');
    expect(client.calls.courses).to.deep.equal(['crs_ai_store_ops']);
    expect(client.calls.headers[0]).to.deep.equal({ 'Accept-Language': 'en' });
    expect(client.calls.progress).to.deep.equal(['me']);
    const ring = part(el, 'ring')!;
    expect(ring.getAttribute('aria-valuenow')).to.equal('50');
    expect(ring.getAttribute('aria-label')).to.equal('Your progress');
    expect(text(el, 'progress')).to.contain('2 of 4 lessons done');
    await expect(el).to.be.accessible();
  });

  it('shares one progress request between the cards of a page', async () => {
    const client = fakeClient({ progress: () => [progress('crs_a', 100)] });
    const provider = await fixture<UpProvider>(html`<up-provider .client=${client}>
      <up-course-card course-id="crs_a"></up-course-card><up-course-card course-id="crs_b"></up-course-card>
    </up-provider>`);
    const [a, b] = [...provider.querySelectorAll('up-course-card')];
    await waitUntil(() => text(a!, 'action') === 'Review' && text(b!, 'action') === 'Enroll');
    expect(client.calls.progress).to.have.length(1);
    expect(text(a!, 'progress')).to.equal('Completed');
  });

  it('shows a skeleton while loading, then an error with a retry that works', async () => {
    let attempt = 0;
    let release!: () => void;
    const client = fakeClient({
      course: (id) => new Promise((resolve, reject) => {
        attempt += 1;
        release = attempt === 1 ? () => reject(apiError(503, 'internal_error')) : () => resolve({ ...course, id });
      }),
    });
    const el = await inProvider(client, html`<up-course-card course-id="crs_x"></up-course-card>`);
    expect(part(el, 'skeleton')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    const failed = oneEvent(el, 'up-error');
    release();
    expect((await failed).detail).to.deep.equal({ code: 'internal_error', message: 'internal_error (HTTP 503)', status: 503 });
    await el.updateComplete;
    expect(text(el, 'error')).to.contain('This content couldn’t be loaded.');
    await expect(el).to.be.accessible();
    part(el, 'retry')!.click();
    await el.updateComplete;
    expect(part(el, 'skeleton')).to.not.equal(null);
    release();
    await ready(el);
    expect(client.calls.courses).to.have.length(2);
  });

  it('offers no retry for a course that does not exist', async () => {
    const client = fakeClient({ course: () => Promise.reject(apiError(404, 'not_found')) });
    const el = await inProvider(client, html`<up-course-card course-id="crs_missing"></up-course-card>`);
    await waitUntil(() => part(el, 'error'));
    expect(text(el, 'error')).to.equal('This content could not be found.');
    expect(part(el, 'retry')).to.equal(null);
  });

  it('shows the empty state with neither course-id nor course', async () => {
    const el = await fixture<UpCourseCard>(html`<up-course-card></up-course-card>`);
    expect(text(el, 'empty')).to.equal('No course to show.');
    await expect(el).to.be.accessible();
  });

  for (const [markup, code, message] of [
    [html`<up-course-card course-id="not a course"></up-course-card>`, 'invalid_attribute', 'course-id "not a course"'],
    [html`<up-course-card .course=${course} learner-id="bob"></up-course-card>`, 'invalid_attribute', 'learner-id "bob"'],
    [html`<up-course-card course-id="crs_1"></up-course-card>`, 'no_provider', 'needs an <up-provider>'],
  ] as const) {
    it(`shows an error state and fires up-error (${code}: ${message})`, async () => {
      const errors: CustomEvent[] = [];
      const onError = (e: Event) => errors.push(e as CustomEvent);
      document.addEventListener('up-error', onError);
      const el = await fixture<UpCourseCard>(markup).finally(() => document.removeEventListener('up-error', onError));
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.code).to.equal(code);
      expect(errors[0]!.detail.message).to.contain(message);
      expect(text(el, 'error')).to.contain('This content isn’t available.').and.contain(message);
      await expect(el).to.be.accessible();
    });
  }

  it('makes the title a link with course-href, and a click on the card follows it', async () => {
    const el = await inProvider(fakeClient(), html`<up-course-card .course=${course}></up-course-card>`, '#learn/{id}');
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.match(/#learn\/crs_ai_store_ops$/);
    part(el, 'summary')!.click();
    expect(location.hash).to.equal('#learn/crs_ai_store_ops');
    await expect(el).to.be.accessible();
  });

  it('does not follow the link for a click on a button or at the end of a text selection', async () => {
    const el = await inProvider(fakeClient(), html`<up-course-card .course=${course}></up-course-card>`, '#learn/{id}');
    el.addEventListener('up-enroll', (e) => e.preventDefault());
    await waitUntil(() => part(el, 'action'));
    part(el, 'action')!.click();
    expect(location.hash).to.equal('');
    const summary = part(el, 'summary')!;
    const selection = document.getSelection()!;
    const words = [...summary.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
    selection.setBaseAndExtent(words, 0, words, 10);
    summary.click();
    expect(location.hash).to.equal('');
    selection.removeAllRanges();
  });

  it('never follows an unsafe course-href', async () => {
    const el = await inProvider(fakeClient(), html`<up-course-card .course=${course}></up-course-card>`, 'javascript:alert(1)//{id}');
    expect(part(el, 'link')).to.equal(null);
  });

  it('fires a cancelable up-enroll from the keyboard; a cancelled enroll calls nothing', async () => {
    const client = fakeClient();
    const el = await inProvider(client, html`<up-course-card .course=${course}></up-course-card>`);
    await waitUntil(() => text(el, 'action') === 'Enroll');
    part(el, 'action')!.focus();
    const enroll = oneEvent(el, 'up-enroll');
    el.addEventListener('up-enroll', (e) => e.preventDefault(), { once: true });
    await sendKeys({ press: 'Enter' });
    const event = await enroll;
    expect(event.detail).to.deep.equal({ courseId: 'crs_ai_store_ops' });
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    await aTimeout(0);
    expect(client.calls.enrollments).to.deep.equal([]);
  });

  it('enrolls through the client when up-enroll is not cancelled, then offers Continue', async () => {
    const client = fakeClient();
    const el = await inProvider(client, html`<up-course-card .course=${course}></up-course-card>`);
    await waitUntil(() => text(el, 'action') === 'Enroll');
    part(el, 'action')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => text(el, 'action') === 'Continue', 'enrolled');
    expect(client.calls.enrollments).to.deep.equal([{ learnerId: 'me', courseId: 'crs_ai_store_ops' }]);
    expect(text(el, 'progress')).to.equal('Not started');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'action'));
    await waitUntil(() => document.querySelector('[data-upskill-announcer]')?.textContent === 'Enrolled in AI for store operations');
    await expect(el).to.be.accessible();
  });

  it('reports a failed enrollment next to the action, and the button stays usable', async () => {
    const client = fakeClient({ enroll: () => Promise.reject(apiError(409, 'conflict')) });
    const el = await inProvider(client, html`<up-course-card .course=${course}></up-course-card>`);
    await waitUntil(() => text(el, 'action') === 'Enroll');
    const failed = oneEvent(el, 'up-error');
    part(el, 'action')!.click();
    expect((await failed).detail).to.include({ code: 'conflict', status: 409 });
    await el.updateComplete;
    expect(text(el, 'action-error')).to.equal('Enrollment failed. Please try again.');
    expect(text(el, 'action')).to.equal('Enroll');
    await expect(el).to.be.accessible();
  });

  it('renders markup in every text field as text', async () => {
    const hostile = {
      ...course,
      title: XSS, summary: XSS, imageUrl: 'javascript:alert(1)',
      skills: [{ id: 'skl_x', name: XSS }],
    };
    const el = await inProvider(fakeClient({ course: () => Promise.resolve(hostile) }), html`<up-course-card course-id="crs_x"></up-course-card>`, '#learn/{id}');
    await ready(el);
    expect(text(el, 'link')).to.equal(XSS);
    expect(text(el, 'summary')).to.equal(XSS);
    expect(text(el, 'skill')).to.equal(XSS);
    expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('follows lang changes at run time, reloading the course in the new language', async () => {
    const client = fakeClient();
    const wrapper = await fixture(html`<div lang="en"><up-provider .client=${client}><up-course-card course-id="crs_ai_store_ops"></up-course-card></up-provider></div>`);
    const el = wrapper.querySelector('up-course-card')!;
    await waitUntil(() => text(el, 'action') === 'Enroll');
    wrapper.setAttribute('lang', 'fr');
    await waitUntil(() => text(el, 'action') === 'S’inscrire', 'French text');
    await ready(el);
    expect(text(el, 'level')).to.equal('Fondamentaux');
    expect(text(el, 'meta')).to.contain('4 leçons');
    expect(client.calls.headers.map((h) => h['Accept-Language'])).to.deep.equal(['en', 'fr']);
    await expect(el).to.be.accessible();
  });
});
