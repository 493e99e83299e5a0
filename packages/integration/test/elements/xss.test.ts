/// <reference types="mocha" />
// Markup-looking text that travels through the real API comes back byte for byte, and the elements
// show such text as text.
import { expect } from '@open-wc/testing';
import type { UpBadge } from '@upskill/elements';
import { api, freshLearner, html, mount, part, sandbox, textOf, until, type Sandbox } from './support.js';

/** OWASP filter-evasion strings; each would call `alert` if it ever became markup or a followed URL. */
const PAYLOADS: [string, string, string, string, string] = [
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  "'';!--\"<XSS>=&{()}",
  '<a href="javascript:alert(1)">x</a>',
];

/** The fields of a signed credential that this test alters. */
interface SignedCredential {
  id: string;
  issuer: { name?: string };
  credentialSubject: { achievement: { name: string; description?: string; image?: unknown } };
}

describe('untrusted text, end to end', () => {
  let env: Sandbox;
  const alerts: unknown[] = [];
  const alertDescriptor = Object.getOwnPropertyDescriptor(window, 'alert')!;
  before(async () => {
    env = await sandbox();
    window.alert = (message?: unknown) => void alerts.push(message);
  });
  after(() => {
    Object.defineProperty(window, 'alert', alertDescriptor);
  });

  it('a learner name stored through POST /v1/learners comes back byte for byte', async () => {
    for (const payload of PAYLOADS) {
      const learner = await freshLearner(payload);
      const profile = await api<{ id: string; name: string }>(env.baseUrl, learner.token, '/learners/me');
      expect(profile.id).to.equal(learner.learnerId);
      expect(profile.name).to.equal(payload);
    }
  });

  // No element shows a field a partner or learner can write (learner names are not displayed;
  // courses, jobs and credentials are issued by the sandbox). A credential, though, can come
  // from any issuer: here a real one from the API, altered to carry the payloads.
  it('<up-badge> shows a hostile credential’s text as text, links nothing, and calls it invalid', async () => {
    const real = await api<SignedCredential>(env.baseUrl, env.tokens.amara, `/credentials/${env.credentials.verified}`);
    const hostile = structuredClone(real);
    hostile.id = PAYLOADS[2];
    hostile.issuer.name = PAYLOADS[1];
    hostile.credentialSubject.achievement.name = PAYLOADS[0];
    hostile.credentialSubject.achievement.description = PAYLOADS[4];
    hostile.credentialSubject.achievement.image = { id: PAYLOADS[2], type: 'Image' };

    const { el } = await mount<UpBadge>(env.baseUrl, env.tokens.amara, html`<up-badge .credential=${hostile}></up-badge>`, 'up-badge');
    const state = await until(() => { const value = el.getAttribute('verification'); return value !== 'verifying' && value; }, 'the verification', el);

    expect(state).to.equal('invalid');
    expect(textOf(part(el, 'name'))).to.equal(PAYLOADS[0]);
    expect(textOf(part(el, 'description'))).to.equal(PAYLOADS[4]);
    expect(textOf(part(el, 'issuer'))).to.contain(PAYLOADS[1]);
    const root = el.shadowRoot!;
    expect(root.querySelector('img[src="x"], svg[onload], a[href^="javascript:"], img[src^="javascript:"], xss')).to.equal(null);
    expect(part(el, 'verification-link'), 'a javascript: id is not linked').to.equal(null);
    expect(alerts).to.deep.equal([]);
  });
});
