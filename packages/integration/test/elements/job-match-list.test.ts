/// <reference types="mocha" />
// <up-job-match-list> from the CDN build: the learner's real matches, paged through the API as
// the user scrolls.
import { expect } from '@open-wc/testing';
import type { JobMatch } from '@upskill/sdk/schemas';
import { api, html, mount, part, parts, sandbox, textOf, until, type Sandbox } from './support.js';

type Page = { data: JobMatch[]; nextCursor: string | null };

const PAGE_SIZE = 5;
const titles = (el: Element) => parts(el, 'title').map(textOf);

describe('<up-job-match-list> against the sandbox', () => {
  let env: Sandbox;
  before(async () => {
    env = await sandbox();
  });

  it('shows the session learner’s ranked matches and loads the next page on scroll', async () => {
    const first = await api<Page>(env.baseUrl, env.tokens.amara, `/learners/me/job-matches?limit=${PAGE_SIZE}`);
    expect(first.nextCursor, 'Amara has more than one page of matches').to.be.a('string');
    const second = await api<Page>(env.baseUrl, env.tokens.amara, `/learners/me/job-matches?limit=${PAGE_SIZE}&cursor=${encodeURIComponent(first.nextCursor!)}`);

    const { el, errors, wrapper } = await mount(
      env.baseUrl,
      env.tokens.amara,
      html`<div class="scroller" style="height: 320px; overflow: auto">
        <up-job-match-list learner-id="me" page-size=${PAGE_SIZE}></up-job-match-list>
      </div>`,
      'up-job-match-list',
    );
    const scroller = wrapper.querySelector<HTMLElement>('.scroller')!;
    await until(() => parts(el, 'row').length > 0, 'the first rows', el);

    expect(titles(el)).to.deep.equal(first.data.map((match) => match.job.title));
    const row = parts(el, 'row')[0]!;
    const best = first.data[0]!;
    expect(textOf(row.querySelector('[part~="employer"]'))).to.equal(best.job.employer.name);
    expect([...row.querySelectorAll('[part~="matched-skill"]')].map((chip) => textOf(chip.querySelector('span:not(.visually-hidden)')))).to.deep.equal(
      best.matchedSkills.map((skill) => skill.name),
    );
    expect(row.querySelector('[part~="score"]')?.getAttribute('aria-valuenow')).to.equal(String(Math.round(best.score * 100)));
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // The footer is below the fold, so nothing more loads until the user scrolls.
    const footer = part(el, 'footer')!;
    expect(footer.getBoundingClientRect().top).to.be.greaterThan(scroller.getBoundingClientRect().bottom);
    expect(parts(el, 'row')).to.have.length(PAGE_SIZE);

    scroller.scrollTop = scroller.scrollHeight;

    await until(() => parts(el, 'row').length >= 2 * PAGE_SIZE, 'the second page after scrolling', el);
    expect(titles(el).slice(0, 2 * PAGE_SIZE)).to.deep.equal([...first.data, ...second.data].map((match) => match.job.title));
    expect(errors).to.deep.equal([]);
  });

  it('shows the error state and fires up-error "unauthenticated" for an invalid token', async () => {
    const { el, errors } = await mount(env.baseUrl, 'ust_not_a_real_session', html`<up-job-match-list learner-id="me"></up-job-match-list>`, 'up-job-match-list');
    await until(() => part(el, 'error'), 'the error state', el);
    expect(errors.map((e) => [e.code, e.status])).to.deep.equal([['unauthenticated', 401]]);
    await expect(el).to.be.accessible();
  });
});
