/// <reference types="mocha" />
// <up-course-card> from the CDN build, bound to a real sandbox through <up-provider>.
import { expect } from '@open-wc/testing';
import type { Course } from '@upskill/sdk/schemas';
import { api, freshLearner, html, mount, part, parts, sandbox, textOf, until, type Sandbox } from './support.js';

/** Seeded with English, French and Spanish versions. */
const TRANSLATED = 'crs_ai_at_work';

describe('<up-course-card> against the sandbox', () => {
  let env: Sandbox;
  before(async () => {
    env = await sandbox();
  });

  it('renders the real course, with the learner’s progress, and is accessible', async () => {
    const course = await api<Course>(env.baseUrl, env.tokens.amara, `/courses/${TRANSLATED}`);
    const { el, errors } = await mount(env.baseUrl, env.tokens.amara, html`<up-course-card course-id=${TRANSLATED}></up-course-card>`, 'up-course-card');
    await until(() => part(el, 'title') && part(el, 'action'), 'the course and its action', el);
    expect(textOf(part(el, 'title'))).to.equal(course.title);
    expect(textOf(part(el, 'summary'))).to.equal(course.summary);
    expect(parts(el, 'skill').map(textOf)).to.deep.equal(course.skills.map((skill) => skill.name));
    expect(part(el, 'image')?.getAttribute('src')).to.equal(course.imageUrl);
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows the French version under lang="fr", and follows a change to Spanish', async () => {
    const [en, fr, es] = await Promise.all(
      ['en', 'fr', 'es'].map((language) => api<Course>(env.baseUrl, env.tokens.amara, `/courses/${TRANSLATED}`, language)),
    );
    expect(fr!.language).to.equal('fr');
    expect(fr!.title).to.not.equal(en!.title);
    const { el, wrapper } = await mount(env.baseUrl, env.tokens.amara, html`<up-course-card course-id=${TRANSLATED}></up-course-card>`, 'up-course-card', 'fr');
    await until(() => textOf(part(el, 'title')) === fr!.title, `the French title "${fr!.title}"`, el);
    expect(textOf(part(el, 'level'))).to.not.equal('Foundation');
    await expect(el).to.be.accessible();

    wrapper.setAttribute('lang', 'es');
    await until(() => textOf(part(el, 'title')) === es!.title, `the Spanish title "${es!.title}"`, el);
  });

  it('enrolls the learner through the client on click', async () => {
    const learner = await freshLearner();
    const { el, errors } = await mount(env.baseUrl, learner.token, html`<up-course-card course-id=${TRANSLATED}></up-course-card>`, 'up-course-card');
    const action = await until(() => textOf(part(el, 'action')) === 'Enroll' && part(el, 'action'), 'the Enroll button', el);
    const enrollEvents: string[] = [];
    el.addEventListener('up-enroll', (event) => enrollEvents.push((event as CustomEvent<{ courseId: string }>).detail.courseId));

    action.click();

    await until(() => textOf(part(el, 'action')) === 'Continue', 'the Continue action after enrolling', el);
    expect(enrollEvents).to.deep.equal([TRANSLATED]);
    expect(part(el, 'ring')?.getAttribute('aria-valuenow')).to.equal('0');
    const enrollments = await api<{ data: { courseId: string; learnerId: string }[] }>(env.baseUrl, learner.token, '/learners/me/enrollments');
    expect(enrollments.data.map((e) => [e.learnerId, e.courseId])).to.deep.equal([[learner.learnerId, TRANSLATED]]);
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows an error state and fires up-error "unauthenticated" for an invalid token', async () => {
    const { el, errors } = await mount(env.baseUrl, 'ust_not_a_real_session', html`<up-course-card course-id=${TRANSLATED}></up-course-card>`, 'up-course-card');
    await until(() => part(el, 'error'), 'the error state', el);
    expect(errors.map((e) => [e.code, e.status])).to.deep.equal([['unauthenticated', 401]]);
    expect(JSON.stringify(errors)).to.not.contain('ust_not_a_real_session');
    expect(part(el, 'retry'), 'a retry button').to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the not-found state for a course id the API does not know', async () => {
    const { el, errors } = await mount(env.baseUrl, env.tokens.amara, html`<up-course-card course-id="crs_does_not_exist"></up-course-card>`, 'up-course-card');
    await until(() => part(el, 'error'), 'the error state', el);
    expect(textOf(part(el, 'error'))).to.equal('This content could not be found.');
    expect(part(el, 'retry')).to.equal(null);
    expect(errors.map((e) => [e.code, e.status])).to.deep.equal([['not_found', 404]]);
    await expect(el).to.be.accessible();
  });
});
