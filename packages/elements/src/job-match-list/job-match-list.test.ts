import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import type { JobMatch } from '@upskill/sdk/schemas';
import '../provider/define.js';
import './define.js';
import type { UpJobMatchList, UpJobSelectDetail } from './job-match-list.js';
import type { UpProvider } from '../provider/provider.js';
import type { ElementsClient, PageLike, PagePromiseLike } from '../internal/context.js';

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
const employers = ['Northwind Foods', 'Bluebird Logistics', 'Greenfield Co-op', 'Harbor Office Supply'];
const places = [
  { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'France', remote: false },
  { city: 'Leeds', region: 'West Yorkshire', country: 'United Kingdom', remote: true },
  { city: 'Valencia', region: 'Comunitat Valenciana', country: 'Spain', remote: false },
];

/** A realistic match; `i` varies title, employer, place and skills. */
function match(i: number, overrides: Partial<JobMatch['job']> = {}): JobMatch {
  return {
    job: {
      id: `job_${i}`,
      title: `Inventory analyst ${i + 1}`,
      employer: { id: `emp_${i % 4}`, name: employers[i % 4]! },
      location: places[i % 3]!,
      skills: [],
      preferredCertificationIds: [],
      postedAt: '2025-02-01T09:00:00Z',
      ...overrides,
    },
    score: Math.max(0.2, 0.92 - i * 0.0001),
    matchedSkills: [
      { id: 'skl_forecasting', name: 'Demand forecasting', level: 3, evidence: { type: 'credential', id: 'cred_1' } },
      { id: 'skl_spreadsheets', name: 'Spreadsheet modelling', level: 2, evidence: { type: 'course', id: 'crs_sheets' } },
      { id: 'skl_prompting', name: 'Prompt writing', level: 2, evidence: { type: 'self' } },
    ],
    missingSkills: [
      {
        id: 'skl_dataviz', name: 'Data visualization', required: true,
        recommendedCourses: [{ id: 'crs_dashboards', title: 'Dashboards that answer questions', level: 'practitioner', durationMinutes: 150 }],
      },
    ],
  };
}
const matches = (count: number) => Array.from({ length: count }, (_, i) => match(i));

/** A client whose job matches come in pages, like the SDK's; records every request. */
function pagedClient(all: JobMatch[], pageSize: number, fail?: { page: number; error: Error }) {
  const calls = { first: [] as { id: string; params: unknown; headers: unknown }[], next: 0, enrollments: [] as unknown[] };
  const pageAt = (offset: number): PageLike<JobMatch> => {
    const data = all.slice(offset, offset + pageSize);
    const more = offset + pageSize < all.length;
    return {
      data,
      nextCursor: more ? String(offset + pageSize) : null,
      hasNextPage: () => more,
      getNextPage: () => {
        calls.next++;
        if (fail && calls.next === fail.page) return Promise.reject(fail.error);
        return Promise.resolve(pageAt(offset + pageSize));
      },
      async *[Symbol.asyncIterator]() {
        yield* all.slice(offset);
      },
    };
  };
  const client = {
    calls,
    learners: {
      progress: () => { throw new Error('not used'); },
      jobMatches(id: string, params?: unknown, options?: { headers?: unknown }): PagePromiseLike<JobMatch> {
        calls.first.push({ id, params, headers: options?.headers });
        const page = pageAt(0);
        return Object.assign(Promise.resolve(page), { [Symbol.asyncIterator]: page[Symbol.asyncIterator] });
      },
    },
    courses: { get: () => Promise.reject(new Error('not used')) },
    credentials: { get: () => Promise.reject(new Error('not used')) },
    enrollments: {
      create(body: { learnerId: string; courseId: string }) {
        calls.enrollments.push(body);
        return Promise.resolve({ id: 'enr_1', createdAt: '2025-01-01T00:00:00Z', ...body });
      },
    },
  };
  return client as typeof client & ElementsClient;
}

/** A client whose first request is answered by `answer`. */
function clientAnswering(answer: () => Promise<PageLike<JobMatch>>): ElementsClient {
  return {
    ...pagedClient([], 1),
    learners: {
      progress: () => { throw new Error('not used'); },
      jobMatches: () => {
        const result = answer();
        return Object.assign(result, { async *[Symbol.asyncIterator]() {} });
      },
    },
  };
}

/** `waitUntil` with room for a busy machine: the virtualizer works across animation frames. */
const until = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 4000 });
const root = (el: Element) => el.shadowRoot!;
const parts = (el: Element, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const part = (el: Element, name: string) => parts(el, name)[0];
const text = (node: Element | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const rows = (el: Element) => parts(el, 'row');
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;

async function inProvider(client: ElementsClient | undefined, list: ReturnType<typeof html>, courseHref?: string) {
  const provider = await fixture<UpProvider>(html`<up-provider .client=${client} course-href=${courseHref ?? ''}>${list}</up-provider>`);
  const el = provider.querySelector('up-job-match-list')!;
  await el.updateComplete;
  return el;
}

describe('<up-job-match-list>', () => {
  // The virtualizer measures rows in a ResizeObserver; Chromium reports the benign loop warning
  // that follows as a window error (the virtualizer's own tests ignore it the same way).
  setupIgnoreWindowResizeObserverLoopErrors(before, after);
  afterEach(() => window.scrollTo(0, 0));

  it('shows matches given as a property: job, employer, place, score, skills with evidence, gaps with courses', async () => {
    const el = await fixture<UpJobMatchList>(html`<up-job-match-list .jobMatches=${matches(3)}></up-job-match-list>`);
    await el.renderComplete;
    expect(rows(el)).to.have.length(3);
    const [first, second] = rows(el);
    expect(first!.getAttribute('role')).to.equal('listitem');
    expect(part(el, 'list')!.getAttribute('role')).to.equal('list');
    expect(text(part(el, 'title'))).to.equal('Inventory analyst 1');
    expect(text(part(el, 'employer'))).to.equal('Northwind Foods');
    expect(text(part(el, 'location'))).to.equal('Lyon, Auvergne-Rhône-Alpes, France');
    expect(first!.querySelector('[part~="remote"]')).to.equal(null);
    expect(text(second!.querySelector<HTMLElement>('[part~="remote"]')!)).to.equal('Remote');
    const ring = first!.querySelector('up-progress-ring')!;
    expect(ring.getAttribute('aria-valuenow')).to.equal('92');
    expect(ring.getAttribute('aria-label')).to.equal('92% match');
    expect([...first!.querySelectorAll('[part~="matched-skill"]')].map(text)).to.deep.equal([
      'Demand forecasting (Credential)', 'Spreadsheet modelling (Course)', 'Prompt writing (Self-declared)',
    ]);
    const gap = first!.querySelector('[part~="missing"] li')!;
    expect(text(gap)).to.contain('Data visualization').and.contain('Required')
      .and.contain('Closes the gap: Dashboards that answer questions').and.contain('2 hr, 30 min');
    expect(text(part(el, 'count'))).to.equal('3 matches');
    await expect(el).to.be.accessible();
  });

  it('loads learner-id matches through the provider client, with its filters and the page language', async () => {
    const client = pagedClient(matches(5), 20);
    const el = await inProvider(client, html`<up-job-match-list learner-id="me" min-score="0.5" location="Lyon" remote page-size="20"></up-job-match-list>`);
    await until(() => rows(el).length === 5, 'rows rendered');
    expect(client.calls.first).to.deep.equal([
      { id: 'me', params: { limit: 20, minScore: 0.5, location: 'Lyon', remote: 'true' }, headers: { 'Accept-Language': 'en' } },
    ]);
    expect(part(el, 'load-more')).to.equal(undefined);
    await expect(el).to.be.accessible();
    el.setAttribute('remote', 'false');
    await until(() => client.calls.first.length === 2, 'reloaded');
    expect(client.calls.first[1]!.params).to.deep.equal({ limit: 20, minScore: 0.5, location: 'Lyon' });
  });

  it('shows an accessible skeleton while loading, then an error with a working retry', async () => {
    let answer!: { resolve: (page: PageLike<JobMatch>) => void; reject: (error: Error) => void };
    const client = clientAnswering(() => new Promise((resolve, reject) => (answer = { resolve, reject })));
    const el = await inProvider(client, html`<up-job-match-list learner-id="lrn_demo"></up-job-match-list>`);
    expect(part(el, 'skeleton')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(part(el, 'skeleton'))).to.equal('Loading…');
    await expect(el).to.be.accessible();

    const failed = oneEvent(el, 'up-error');
    answer.reject(Object.assign(new Error('Service unavailable'), { status: 503, code: 'internal_error' }));
    expect((await failed).detail).to.deep.include({ code: 'internal_error', status: 503 });
    await el.updateComplete;
    expect(text(part(el, 'error'))).to.contain('couldn’t be loaded');
    await expect(el).to.be.accessible();

    part(el, 'retry')!.click();
    await el.updateComplete;
    answer.resolve(pagedClient(matches(2), 20).learners.jobMatches('me') as unknown as PageLike<JobMatch>);
    await until(() => rows(el).length === 2, 'retried');
  });

  it('shows the empty state, localized, when there is no match', async () => {
    const el = await inProvider(pagedClient([], 20), html`<up-job-match-list learner-id="me"></up-job-match-list>`);
    await until(() => part(el, 'empty'), 'empty state');
    expect(text(part(el, 'empty'))).to.equal('No matches yet — complete courses to unlock matches.');
    await expect(el).to.be.accessible();
    const list = await fixture<UpJobMatchList>(html`<up-job-match-list lang="es" .jobMatches=${[]}></up-job-match-list>`);
    await until(() => text(part(list, 'empty'))?.startsWith('Todavía'), 'Spanish empty state');
  });

  it('shows a visible error and fires up-error for a bad attribute or a missing provider, without throwing', async () => {
    const client = pagedClient(matches(2), 20);
    for (const [markup, needle] of [
      [html`<up-job-match-list learner-id="me" min-score="2"></up-job-match-list>`, 'min-score "2"'],
      [html`<up-job-match-list learner-id=${'<b>x</b>'}></up-job-match-list>`, 'learner-id "<b>x</b>"'],
      [html`<up-job-match-list learner-id="me" page-size="500"></up-job-match-list>`, 'page-size "500"'],
    ] as const) {
      const provider = document.createElement('up-provider');
      provider.client = client;
      const holder = await fixture(html`<div></div>`);
      const errored = oneEvent(holder, 'up-error');
      const { render } = await import('lit');
      render(markup, provider);
      holder.append(provider);
      const { detail } = await errored;
      expect(detail.code).to.equal('invalid_attribute');
      expect(detail.message).to.contain(needle);
      const el = provider.querySelector('up-job-match-list')!;
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.contain(needle);
      expect(root(el).querySelector('b')).to.equal(null);
      await expect(el).to.be.accessible();
    }
    expect(client.calls.first).to.have.length(0);

    const orphan = document.createElement('up-job-match-list');
    orphan.setAttribute('learner-id', 'me');
    const missing = oneEvent(orphan, 'up-error');
    document.body.append(orphan);
    expect((await missing).detail.code).to.equal('no_provider');
    await orphan.updateComplete;
    expect(part(orphan, 'error')).to.not.equal(undefined);
    orphan.remove();
  });

  it('moves focus between rows with the keyboard (one tab stop) and selects with Enter or a click', async () => {
    const el = await fixture<UpJobMatchList>(html`<up-job-match-list .jobMatches=${matches(12)}></up-job-match-list>`);
    await el.renderComplete;
    const titles = parts(el, 'title');
    expect(titles.map((title) => title.tabIndex)).to.deep.equal([0, ...Array(11).fill(-1)]);
    expect(rows(el)[1]!.querySelector<HTMLElement>('[part~="enroll"]')!.tabIndex).to.equal(-1);
    titles[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => focused(el) === titles[1], 'second row focused');
    expect(titles[1]!.tabIndex).to.equal(0);
    expect(titles[0]!.tabIndex).to.equal(-1);
    await sendKeys({ press: 'End' });
    await until(() => focused(el) === titles[11], 'last row focused');
    await sendKeys({ press: 'Home' });
    await until(() => focused(el) === titles[0], 'first row focused');
    await sendKeys({ press: 'PageDown' });
    await until(() => focused(el) !== titles[0] && focused(el)?.part.contains('title'), 'page down');
    await sendKeys({ press: 'ArrowUp' });

    const row = Number(focused(el)!.closest<HTMLElement>('[data-index]')!.dataset.index);
    const selected = oneEvent(el, 'up-job-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await selected) as CustomEvent<UpJobSelectDetail>;
    expect(detail.jobId).to.equal(`job_${row}`);
    expect(detail.match.job.title).to.equal(`Inventory analyst ${row + 1}`);
    await el.updateComplete;
    expect(titles[row]!.getAttribute('aria-current')).to.equal('true');
    expect(rows(el)[row]!.part.contains('selected')).to.equal(true);

    const clicked = oneEvent(el, 'up-job-select');
    rows(el)[4]!.querySelector<HTMLElement>('[part~="employer"]')!.click();
    expect((await clicked).detail.jobId).to.equal('job_4');
    expect(focused(el)).to.equal(titles[4]);
    await expect(el).to.be.accessible();
  });

  it('fires a cancelable up-enroll from a gap’s course, and enrolls through the client when not cancelled', async () => {
    const client = pagedClient(matches(2), 20);
    const el = await inProvider(client, html`<up-job-match-list learner-id="me"></up-job-match-list>`);
    await until(() => part(el, 'enroll'), 'enroll button');
    const button = part(el, 'enroll')!;
    expect(button.getAttribute('aria-label')).to.equal('Enroll in Dashboards that answer questions');
    el.addEventListener('up-enroll', (event) => event.preventDefault(), { once: true });
    const cancelled = oneEvent(el, 'up-enroll');
    button.click();
    const event = await cancelled;
    expect(event.detail).to.deep.equal({ courseId: 'crs_dashboards' });
    expect(event.cancelable).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(client.calls.enrollments).to.have.length(0);

    button.click();
    await until(() => text(rows(el)[0]!.querySelector('.done') ?? undefined) === 'Enrolled', 'enrolled');
    expect(client.calls.enrollments).to.deep.equal([{ learnerId: 'me', courseId: 'crs_dashboards' }]);
  });

  it('links each gap’s course through the provider’s course-href', async () => {
    const el = await inProvider(undefined, html`<up-job-match-list .jobMatches=${matches(2)}></up-job-match-list>`, '/learn/{id}');
    await el.updateComplete;
    const link = part(el, 'course-link') as HTMLAnchorElement;
    expect(new URL(link.href).pathname).to.equal('/learn/crs_dashboards');
    expect(text(link)).to.equal('Dashboards that answer questions');
    expect(part(el, 'enroll')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('virtualizes 10,000 matches: at most 200 rows in the DOM, the first ones visible, and keyboard reaches the end', async () => {
    const el = await fixture<UpJobMatchList>(html`<up-job-match-list .jobMatches=${matches(10_000)}></up-job-match-list>`);
    await el.renderComplete;
    const rendered = rows(el);
    expect(rendered.length).to.be.greaterThan(2).and.at.most(200);
    const first = rendered.find((row) => row.dataset.index === '0')!;
    expect(text(first.querySelector('[part~="title"]')!)).to.equal('Inventory analyst 1');
    const { top, bottom } = first.getBoundingClientRect();
    expect(top).to.be.at.least(0);
    expect(bottom).to.be.at.most(innerHeight);
    expect(first.getAttribute('aria-setsize')).to.equal('10000');
    expect(text(part(el, 'count'))).to.equal('10,000 matches');

    parts(el, 'title')[0]!.focus();
    await sendKeys({ press: 'End' });
    await until(() => text(focused(el) ?? undefined) === 'Inventory analyst 10000', 'last row focused');
    expect(rows(el).length).to.be.at.most(200);
    await sendKeys({ press: 'ArrowUp' });
    await until(() => text(focused(el) ?? undefined) === 'Inventory analyst 9999', 'previous row focused');
    await expect(el).to.be.accessible();
  });

  it('renders markup in job titles, employers and skill names as text', async () => {
    const evil = match(0, { title: XSS, employer: { id: 'emp_x', name: XSS } });
    evil.matchedSkills[0]!.name = XSS;
    evil.missingSkills[0]!.name = XSS;
    evil.missingSkills[0]!.recommendedCourses[0]!.title = XSS;
    const el = await fixture<UpJobMatchList>(html`<up-job-match-list .jobMatches=${[evil]}></up-job-match-list>`);
    await el.renderComplete;
    expect(text(part(el, 'title'))).to.equal(XSS);
    expect(text(part(el, 'employer'))).to.equal(XSS);
    expect(text(part(el, 'matched-skill'))).to.contain(XSS);
    expect(text(part(el, 'missing-skill'))).to.contain(XSS);
    expect(root(el).querySelector('img, script')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('follows a lang change at run time', async () => {
    const wrapper = await fixture(html`<div lang="en"><up-job-match-list .jobMatches=${matches(2)}></up-job-match-list></div>`);
    const el = wrapper.querySelector('up-job-match-list')!;
    await el.renderComplete;
    expect(text(part(el, 'heading'))).to.equal('Job matches');
    wrapper.setAttribute('lang', 'fr');
    await until(() => text(part(el, 'heading')) === 'Offres correspondantes', 'French text');
    expect(text(parts(el, 'remote')[0])).to.equal('Télétravail');
    expect(text(part(el, 'count'))).to.equal('2 offres');
    expect(rows(el)[0]!.querySelector('up-progress-ring')!.getAttribute('label')).to.match(/^Correspondance : 92\s%$/);
    expect(text(rows(el)[0]!.querySelector('[part~="missing"] li')!)).to.contain('Pour combler l’écart : Dashboards').and.contain('2 h');
  });

  it('fetches the next page as the user scrolls to the end, and with Load more', async () => {
    const client = pagedClient(matches(130), 50);
    const el = await inProvider(client, html`<up-job-match-list learner-id="me"></up-job-match-list>`);
    await until(() => rows(el).length > 0, 'first page');
    await el.renderComplete;
    expect(text(part(el, 'count'))).to.equal('50+ matches');
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal('-1');
    expect(client.calls.next).to.equal(0);

    // Scrolls down like a user would, until the list asks for more (the virtualizer refines its
    // size estimate as rows are measured, so one jump may fall short of the end).
    await until(() => {
      if (client.calls.next === 0) window.scrollTo(0, document.documentElement.scrollHeight);
      return text(part(el, 'count')) === '100+ matches';
    }, 'second page on scroll');
    expect(client.calls.next).to.equal(1);

    window.scrollTo(0, 0);
    await el.renderComplete;
    const calls = client.calls.next;
    part(el, 'load-more')!.click();
    await until(() => text(part(el, 'count')) === '130 matches', 'last page');
    expect(client.calls.next).to.equal(calls + 1);
    await until(() => text(focused(el) ?? undefined) === 'Inventory analyst 101', 'first new row focused');
    expect(part(el, 'load-more')).to.equal(undefined);
    expect(rows(el).find((row) => row.dataset.index === '100')!.getAttribute('aria-setsize')).to.equal('130');
  });

  it('reports a failed page and retries it from the footer', async () => {
    const client = pagedClient(matches(30), 20, { page: 1, error: Object.assign(new Error('timeout'), { code: 'timeout_error' }) });
    const el = await inProvider(client, html`<up-job-match-list learner-id="me" page-size="20"></up-job-match-list>`);
    await until(() => rows(el).length === 20, 'first page');
    const failed = oneEvent(el, 'up-error');
    part(el, 'load-more')!.click();
    expect((await failed).detail.code).to.equal('timeout_error');
    await el.updateComplete;
    expect(text(part(el, 'footer'))).to.contain('More matches couldn’t be loaded.');
    await expect(el).to.be.accessible();
    part(el, 'footer')!.querySelector<HTMLElement>('[part~="retry"]')!.click();
    await until(() => rows(el).length === 30, 'retried page');
  });
});
