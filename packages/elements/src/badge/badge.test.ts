import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { UpBadge, BadgeVerificationResult, BadgeVerifier, VerificationState } from './badge.js';
import type { UpProvider } from '../provider/provider.js';
import { XSS, apiError, credential, fakeClient, part, text } from '../../test/fixtures.js';


const result = (checks: BadgeVerificationResult['checks'], verified = false): BadgeVerifier =>
  () => Promise.resolve({ verified, checks });

const cases: [VerificationState, BadgeVerifier, string][] = [
  ['verified', result({ proof: 'ok', expiry: 'ok', revocation: 'ok', issuer: 'ok' }, true), 'Verified Signature, issuer and status checked.'],
  ['expired', result({ proof: 'ok', expiry: 'failed', revocation: 'ok', issuer: 'ok' }), 'Expired This credential is past its expiry date.'],
  ['revoked', result({ proof: 'ok', expiry: 'ok', revocation: 'failed', issuer: 'ok' }), 'Revoked The issuer has revoked this credential.'],
  ['invalid', result({ proof: 'failed', expiry: 'ok', revocation: 'unknown', issuer: 'ok' }), 'Not valid The signature or issuer does not check out.'],
  ['unverifiable', () => Promise.reject(new Error('offline')), 'Can’t be verified Verification could not be completed.'],
  ['unverifiable', result({ proof: 'unknown', expiry: 'ok', revocation: 'unknown', issuer: 'unknown' }), 'Can’t be verified Verification could not be completed.'],
];

describe('<up-badge>', () => {
  it('shows the Open Badges displayer fields', async () => {
    const el = await fixture<UpBadge>(html`<up-badge .credential=${credential} .verifier=${cases[0]![1]}></up-badge>`);
    expect(text(el, 'name')).to.equal('AI in Retail Practitioner');
    expect(part(el, 'name')!.getAttribute('role')).to.equal('heading');
    expect(text(el, 'issuer')).to.equal('Issued by Northwind Retail');
    expect(text(el, 'description')).to.contain('Plans, checks and explains');
    expect(text(el, 'dates')).to.equal('Issued Mar 14, 2025 Expires Mar 14, 2027');
    expect(part(el, 'verification-link')!.getAttribute('href')).to.equal(credential.id);
  });

  it('offers the credential JSON as a download', async () => {
    const el = await fixture<UpBadge>(html`<up-badge .credential=${credential} .verifier=${cases[0]![1]}></up-badge>`);
    const link = part(el, 'download') as HTMLAnchorElement;
    expect(link.getAttribute('download')).to.equal('ai-in-retail-practitioner.json');
    expect(link.getAttribute('aria-label')).to.equal('Download AI in Retail Practitioner (JSON)');
    expect(link.href).to.match(/^blob:/);
    expect(await (await fetch(link.href)).json()).to.deep.equal(credential);
  });

  for (const [state, verifier, shown] of cases) {
    it(`goes from verifying to ${state}`, async () => {
      let settle!: () => void;
      const gate = new Promise<void>((resolve) => (settle = resolve));
      const el = await fixture<UpBadge>(html`<up-badge .credential=${credential} .verifier=${(c: typeof credential) => gate.then(() => verifier(c))}></up-badge>`);
      expect(el.verificationState).to.equal('verifying');
      expect(el.getAttribute('verification')).to.equal('verifying');
      expect(text(el, 'status')).to.equal('Verifying…');
      await expect(el).to.be.accessible();
      settle();
      await waitUntil(() => el.verificationState !== 'verifying');
      expect(el.verificationState).to.equal(state);
      expect(el.getAttribute('verification')).to.equal(state);
      expect(text(el, 'status')).to.equal(shown);
      expect(el.shadowRoot!.querySelector('[role="status"], [aria-live]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('announces the result of a verification the user asked for', async () => {
    let answer = cases[0]![1];
    const el = await fixture<UpBadge>(html`<up-badge .credential=${credential} .verifier=${(c: typeof credential) => answer(c)}></up-badge>`);
    await waitUntil(() => el.verificationState === 'verified');
    answer = cases[2]![1];
    el.verify();
    await waitUntil(() => el.verificationState === 'revoked');
    await waitUntil(() => document.querySelector('[data-upskill-announcer]')?.textContent === 'AI in Retail Practitioner: Revoked');
  });

  it('loads credential-id through the provider, with loading and error states', async () => {
    let fail = true;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const client = fakeClient({
      credential: () => gate.then(() => (fail ? Promise.reject(apiError(500, 'internal_error')) : credential)),
    });
    const provider = await fixture<UpProvider>(html`<up-provider .client=${client}><up-badge credential-id="cred_demo1" .verifier=${cases[0]![1]}></up-badge></up-provider>`);
    const el = provider.querySelector('up-badge')!;
    expect(part(el, 'skeleton')).to.not.equal(null);
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => part(el, 'error'));
    expect(text(el, 'error')).to.contain('This content couldn’t be loaded.');
    await expect(el).to.be.accessible();
    fail = false;
    part(el, 'retry')!.click();
    await waitUntil(() => el.verificationState === 'verified');
    expect(client.calls.credentials).to.deep.equal(['cred_demo1', 'cred_demo1']);
    await expect(el).to.be.accessible();
  });

  it('shows the empty state with neither credential-id nor credential', async () => {
    const el = await fixture<UpBadge>(html`<up-badge></up-badge>`);
    expect(text(el, 'empty')).to.equal('No credential to show.');
    await expect(el).to.be.accessible();
  });

  for (const [markup, code, message] of [
    [html`<up-badge credential-id="../../admin"></up-badge>`, 'invalid_attribute', 'credential-id "../../admin"'],
    [html`<up-badge .credential=${{ hello: 'world' }}></up-badge>`, 'invalid_attribute', 'is not an OpenBadgeCredential'],
    [html`<up-badge credential-id="cred_1"></up-badge>`, 'no_provider', 'needs an <up-provider>'],
  ] as const) {
    it(`shows an error state and fires up-error (${code}: ${message})`, async () => {
      const errors: CustomEvent[] = [];
      const onError = (e: Event) => errors.push(e as CustomEvent);
      document.addEventListener('up-error', onError);
      const el = await fixture<UpBadge>(markup).finally(() => document.removeEventListener('up-error', onError));
      expect(errors.map((e) => e.detail.code)).to.deep.equal([code]);
      expect(text(el, 'error')).to.contain(message);
      await expect(el).to.be.accessible();
    });
  }

  it('renders markup in every text field as text and drops unsafe links', async () => {
    const hostile = structuredClone(credential) as typeof credential & { issuer: { name: string } };
    hostile.id = 'javascript:alert(1)';
    hostile.issuer.name = XSS;
    hostile.credentialSubject.achievement.name = XSS;
    hostile.credentialSubject.achievement.description = XSS;
    hostile.credentialSubject.achievement.image = 'javascript:alert(1)';
    const el = await fixture<UpBadge>(html`<up-badge .credential=${hostile} .verifier=${cases[0]![1]}></up-badge>`);
    expect(text(el, 'name')).to.equal(XSS);
    expect(text(el, 'description')).to.equal(XSS);
    expect(text(el, 'issuer')).to.equal(`Issued by ${XSS}`);
    expect(part(el, 'verification-link')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('follows lang changes at run time', async () => {
    const wrapper = await fixture(html`<div lang="en"><up-badge .credential=${credential} .verifier=${cases[1]![1]}></up-badge></div>`);
    const el = wrapper.querySelector('up-badge')!;
    await waitUntil(() => el.verificationState === 'expired');
    wrapper.setAttribute('lang', 'fr');
    await waitUntil(() => text(el, 'status')?.startsWith('Expiré'));
    expect(text(el, 'dates')).to.match(/^Délivré le 14 mars 2025 Expiré 14 mars 2027$/);
    expect(text(el, 'download')).to.equal('Télécharger');
    await expect(el).to.be.accessible();
  });

  it('fires no error when the verifier module fails to load; the state says so', async () => {
    const missingModule = new URL('./missing-module.js', import.meta.url).href;
    const el = await fixture<UpBadge>(html`<up-badge .credential=${credential} .verifier=${() => import(missingModule)}></up-badge>`);
    const errors: Event[] = [];
    el.addEventListener('up-error', (e) => errors.push(e));
    await waitUntil(() => el.verificationState === 'unverifiable');
    expect(errors).to.deep.equal([]);
  });
});

