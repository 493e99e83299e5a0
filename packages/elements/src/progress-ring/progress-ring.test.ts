import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './define.js';
import type { UpProgressRing } from './progress-ring.js';

describe('<up-progress-ring>', () => {
  it('exposes its value on the host as a progressbar', async () => {
    const el = await fixture<UpProgressRing>(html`<up-progress-ring value="0.42"></up-progress-ring>`);
    expect(el.getAttribute('role')).to.equal('progressbar');
    expect(el.getAttribute('aria-valuemin')).to.equal('0');
    expect(el.getAttribute('aria-valuemax')).to.equal('100');
    expect(el.getAttribute('aria-valuenow')).to.equal('42');
    expect(el.getAttribute('aria-valuetext')).to.equal('42%');
    expect(el.getAttribute('aria-label')).to.equal('Progress');
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent.trim()).to.equal('42%');
    await expect(el).to.be.accessible();
  });

  it('takes its accessible name from label, or leaves an author-given aria-labelledby alone', async () => {
    const el = await fixture<UpProgressRing>(html`<up-progress-ring value="1" label="Course progress"></up-progress-ring>`);
    expect(el.getAttribute('aria-label')).to.equal('Course progress');
    const wrapper = await fixture(html`<div><span id="l">Upload</span><up-progress-ring value="0" aria-labelledby="l"></up-progress-ring></div>`);
    const ring = wrapper.querySelector('up-progress-ring')!;
    await ring.updateComplete;
    expect(ring.hasAttribute('aria-label')).to.equal(false);
    await expect(wrapper).to.be.accessible();
  });

  it('omits aria-valuenow when indeterminate', async () => {
    const el = await fixture<UpProgressRing>(html`<up-progress-ring indeterminate></up-progress-ring>`);
    expect(el.hasAttribute('aria-valuenow')).to.equal(false);
    expect(el.hasAttribute('aria-valuetext')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows an error and fires up-error for an invalid value, without throwing', async () => {
    const el = document.createElement('up-progress-ring');
    el.setAttribute('value', '42');
    const event = oneEvent(el, 'up-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail).to.include({ code: 'invalid_attribute' });
    expect(detail.message).to.contain('"42"');
    await el.updateComplete;
    expect(el.hasAttribute('aria-valuenow')).to.equal(false);
    expect(el.getAttribute('aria-valuetext')).to.equal('Invalid progress value');
    expect(el.shadowRoot!.querySelector('svg')!.classList.contains('invalid')).to.equal(true);
    await expect(el).to.be.accessible();
    el.setAttribute('value', 'abc');
    expect((await oneEvent(el, 'up-error')).detail.message).to.contain('"abc"');
    el.remove();
  });

  it('formats its value in the language of the nearest lang, following changes', async () => {
    const wrapper = await fixture(html`<div lang="en"><up-progress-ring value="0.5"></up-progress-ring></div>`);
    const el = wrapper.querySelector('up-progress-ring')!;
    await el.updateComplete;
    expect(el.getAttribute('aria-valuetext')).to.equal('50%');
    wrapper.setAttribute('lang', 'fr');
    await waitUntil(() => el.getAttribute('aria-label') === 'Progression');
    expect(el.getAttribute('aria-valuetext')).to.match(/^50\s%$/);
  });

  it('keeps its drawing left-to-right in a right-to-left page, and sizes from --up-ring-size', async () => {
    const wrapper = await fixture(html`<div dir="rtl" style="--up-ring-size: 80px"><up-progress-ring value="0.3"></up-progress-ring></div>`);
    const el = wrapper.querySelector('up-progress-ring')!;
    expect(getComputedStyle(el).direction).to.equal('ltr');
    expect(el.getBoundingClientRect().width).to.equal(80);
  });
});
