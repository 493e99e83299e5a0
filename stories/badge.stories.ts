import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { OpenBadgeCredential } from '../packages/sdk/src/schemas/index.js';
import type { BadgeVerifier } from '../packages/elements/src/badge/badge.js';
import '../packages/elements/src/badge/define.js';
import { CREDENTIALS } from './support/api.js';
import { cssVars } from './support/controls.js';
import { apiArgType, withApi, type ApiScenario } from './support/provider.js';
import { offlineVerifier } from './support/verifier.js';

interface BadgeArgs {
  credentialId?: string;
  credential?: OpenBadgeCredential;
  verifier?: BadgeVerifier;
  headingLevel: number;
  api: ApiScenario;
  [cssProperty: `--${string}`]: string;
}

/** A verifier that cannot reach a conclusion (say, the network is down). */
const failingVerifier: BadgeVerifier = () => Promise.reject(new Error('The verification service cannot be reached.'));
/** A verifier still at work. */
const pendingVerifier: BadgeVerifier = () => new Promise(() => {});

const badge = (args: BadgeArgs) => html`<up-badge
  credential-id=${ifDefined(args.credentialId || undefined)}
  .credential=${args.credential}
  .verifier=${args.verifier ?? offlineVerifier}
  heading-level=${args.headingLevel}
  style=${cssVars(args)}
></up-badge>`;

const meta = {
  title: 'Elements/Badge',
  component: 'up-badge',
  tags: ['ready'],
  args: { credentialId: 'cred_demo_verified', headingLevel: 3, api: 'ready' },
  argTypes: {
    ...apiArgType,
    credentialId: {
      name: 'credential-id',
      control: { type: 'select' },
      options: ['cred_demo_verified', 'cred_demo_expired', 'cred_demo_revoked', 'cred_demo_invalid', 'cred_demo_long', 'cred_unknown', 'not-a-credential-id'],
    },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 } },
    credential: { control: { type: 'object' } },
    verifier: { control: false },
  },
  render: (args, context) => html`<div class="badge-frame">${withApi(badge(args), args.api, context)}</div>`,
  decorators: [(story) => html`<style>.badge-frame { max-inline-size: 34rem; }</style>${story()}`],
  parameters: {
    docs: {
      description: {
        component:
          'The fixture credentials are really signed (`eddsa-rdfc-2022`, a `did:key` issuer) and verified in the browser by `verifyCredential` from `@upskill/sdk/verify`, given their status list through `.verifier` so that nothing is fetched. Switch `credential-id` to see each verification state, and the `api` control for loading and error.',
      },
    },
  },
} satisfies Meta<BadgeArgs>;

export default meta;
type Story = StoryObj<BadgeArgs>;

/** A valid credential, loaded by `credential-id` and verified: signature, issuer, expiry and status. */
export const Ready: Story = { name: 'Ready: verified' };
export const Expired: Story = { name: 'Ready: expired', args: { credentialId: 'cred_demo_expired' } };
export const Revoked: Story = { name: 'Ready: revoked', args: { credentialId: 'cred_demo_revoked' } };
export const Invalid: Story = {
  name: 'Ready: invalid signature',
  args: { credentialId: 'cred_demo_invalid' },
  parameters: { docs: { description: { story: 'The achievement name was changed after signing: the proof fails.' } } },
};
export const Unverifiable: Story = { name: 'Ready: unverifiable', args: { verifier: failingVerifier } };

export const FromProperty: Story = {
  name: 'Ready: from .credential',
  args: { credentialId: undefined, api: 'none', credential: CREDENTIALS.verified },
};

export const Verifying: Story = {
  name: 'Loading: verifying',
  tags: ['!ready'],
  args: { verifier: pendingVerifier },
};

export const Loading: Story = { tags: ['!ready'], args: { api: 'loading' } };

export const ErrorState: Story = {
  name: 'Error',
  tags: ['!ready'],
  args: { api: 'error' },
  parameters: { docs: { description: { story: 'The API answered 500 (problem+json): a message and a retry button; `up-error` fires.' } } },
};
export const NotFound: Story = { name: 'Error: not found', tags: ['!ready'], args: { credentialId: 'cred_unknown' } };
export const InvalidAttribute: Story = { name: 'Error: invalid credential-id', tags: ['!ready'], args: { credentialId: 'not-a-credential-id' } };
export const NoProvider: Story = { name: 'Error: no provider', tags: ['!ready'], args: { api: 'none' } };

export const Empty: Story = { tags: ['!ready'], args: { credentialId: undefined, api: 'none' } };

export const LongContent: Story = { name: 'Long content', args: { credentialId: 'cred_demo_long' } };

export const Wallet: Story = {
  name: 'Every state side by side',
  render: (args, context) => html`<div class="wallet">
    ${withApi(
      html`${['cred_demo_verified', 'cred_demo_expired', 'cred_demo_revoked', 'cred_demo_invalid'].map((id) => badge({ ...args, credentialId: id }))}`,
      args.api,
      context,
    )}
  </div>`,
  decorators: [(story) => html`<style>.wallet { display: grid; grid-template-columns: repeat(auto-fill, minmax(24rem, 1fr)); gap: 1rem; }</style>${story()}`],
};

export const Dark: Story = { globals: { theme: 'dark' } };
export const RightToLeft: Story = { name: 'RTL', globals: { direction: 'rtl' } };
export const French: Story = { globals: { locale: 'fr' } };
export const Spanish: Story = { globals: { locale: 'es' } };
