/// <reference types="mocha" />
// <up-badge> from the CDN build: real credentials, verified in the browser by the lazy verifier,
// with the status list fetched from the sandbox over HTTP.
import { expect } from '@open-wc/testing';
import type { UpBadge } from '@upskill/elements';
import { api, html, mount, part, sandbox, textOf, until, type Sandbox } from './support.js';

interface Credential {
  id: string;
  credentialSubject: { achievement: { name: string; description?: string } };
  issuer: { name?: string };
}

/** Mounts a badge for `credentialId` and resolves once its verification settled. */
async function settled(env: Sandbox, token: string, credentialId: string) {
  const { el, errors } = await mount<UpBadge>(env.baseUrl, token, html`<up-badge credential-id=${credentialId}></up-badge>`, 'up-badge');
  const state = await until(
    () => { const value = el.getAttribute('verification'); return value && value !== 'verifying' && value; },
    `the verification of ${credentialId}`,
    el,
  );
  return { el, errors, state };
}

describe('<up-badge> against the sandbox', () => {
  let env: Sandbox;
  before(async () => {
    env = await sandbox();
  });

  it('verifies Amara’s credential: proof, issuer and status list', async () => {
    const id = env.credentials.verified;
    const credential = await api<Credential>(env.baseUrl, env.tokens.amara, `/credentials/${id}`);
    const { el, errors, state } = await settled(env, env.tokens.amara, id);
    expect(state).to.equal('verified');
    expect(el.verificationState).to.equal('verified');
    expect(textOf(part(el, 'name'))).to.equal(credential.credentialSubject.achievement.name);
    expect(textOf(part(el, 'issuer'))).to.contain(credential.issuer.name);
    expect(textOf(part(el, 'status'))).to.contain('Verified');
    expect(part(el, 'verification-link')?.getAttribute('href')).to.equal(`${env.baseUrl}/v1/credentials/${id}`);
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('downloads exactly the signed credential the API serves', async () => {
    const id = env.credentials.verified;
    const credential = await api<Credential>(env.baseUrl, env.tokens.amara, `/credentials/${id}`);
    const { el } = await settled(env, env.tokens.amara, id);
    const download = part(el, 'download') as HTMLAnchorElement;
    expect(download.getAttribute('download')).to.match(/\.json$/);
    expect(await (await fetch(download.href)).json()).to.deep.equal(credential);
  });

  it('shows Amara’s expired credential as expired', async () => {
    const { el, errors, state } = await settled(env, env.tokens.amara, env.credentials.expired);
    expect(state).to.equal('expired');
    expect(textOf(part(el, 'status'))).to.contain('Expired');
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows Lucie’s revoked credential as revoked', async () => {
    const { el, errors, state } = await settled(env, env.tokens.lucie, env.credentials.revoked);
    expect(state).to.equal('revoked');
    expect(textOf(part(el, 'status'))).to.contain('Revoked');
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows the not-found state for an unknown credential id', async () => {
    const { el, errors } = await mount<UpBadge>(env.baseUrl, env.tokens.amara, html`<up-badge credential-id="cred_does_not_exist"></up-badge>`, 'up-badge');
    await until(() => part(el, 'error'), 'the error state', el);
    expect(errors.map((e) => [e.code, e.status])).to.deep.equal([['not_found', 404]]);
    expect(el.hasAttribute('verification')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
