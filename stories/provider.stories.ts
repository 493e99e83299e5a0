import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/elements/src/badge/define.js';
import '../packages/elements/src/course-card/define.js';
import '../packages/elements/src/progress-ring/define.js';
import '../packages/elements/src/provider/define.js';
import { clientFor } from './support/provider.js';
import { offlineVerifier } from './support/verifier.js';

interface ProviderArgs {
  baseUrl?: string;
  token?: string;
  theme?: string;
  courseHref?: string;
  scripted: boolean;
}

const contents = html`<div class="provider-demo">
  <up-course-card course-id="crs_retail_ai_101"></up-course-card>
  <up-course-card course-id="crs_logistics_routing"></up-course-card>
  <div class="provider-side">
    <up-badge credential-id="cred_demo_verified" .verifier=${offlineVerifier}></up-badge>
    <p class="provider-ring"><span id="ring-label">Programme progress</span>
      <up-progress-ring value="0.58" aria-labelledby="ring-label"></up-progress-ring></p>
  </div>
</div>`;

const meta = {
  title: 'Elements/Provider',
  component: 'up-provider',
  tags: ['ready'],
  args: { scripted: true, courseHref: '' },
  argTypes: {
    theme: { control: { type: 'select' }, options: ['light', 'dark', 'sepia'] },
    baseUrl: { name: 'base-url', control: { type: 'text' } },
    token: { control: { type: 'text' } },
    scripted: {
      name: 'scripted client',
      description:
        'Story only: give the provider a `.client` whose fetch answers from fixtures. Turn it off and fill `base-url` and `token` to talk to a real server (see the Live stories).',
      control: { type: 'boolean' },
      table: { category: 'story' },
    },
  },
  render: (args, { globals }) => {
    const scripted = args.scripted && !args.baseUrl;
    return html`<up-provider
      .client=${scripted ? clientFor('ready', String(globals.locale ?? 'en')) : undefined}
      base-url=${ifDefined(args.baseUrl || undefined)}
      token=${ifDefined(args.token || undefined)}
      theme=${args.theme || (globals.theme === 'dark' ? 'dark' : 'light')}
      course-href=${ifDefined(args.courseHref || undefined)}
    >${contents}</up-provider>`;
  },
  decorators: [
    (story) => html`<style>
        .provider-demo { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; align-items: start; }
        .provider-side { display: grid; gap: 1rem; }
        .provider-ring { display: flex; align-items: center; gap: 0.75rem; margin: 0; }
      </style>${story()}`,
  ],
  parameters: {
    docs: {
      description: {
        component:
          'The provider renders nothing itself: it gives the elements inside it a client, the theme and the course link template. Here it holds a scripted client (`createClient({ fetch })` answering from fixtures).',
      },
    },
  },
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

/** A scripted client shared by every element inside; the theme follows the toolbar. */
export const Ready: Story = {};

export const LinkedCourses: Story = { name: 'Ready: course-href', args: { courseHref: '#/learn/{id}' } };

export const Dark: Story = { name: 'Ready: theme="dark"', args: { theme: 'dark' } };

export const InvalidTheme: Story = {
  name: 'Error: invalid theme',
  args: { theme: 'sepia' },
  parameters: {
    docs: { description: { story: 'A theme other than `light` or `dark` fires `up-error`; the elements follow the system theme.' } },
  },
};

export const NoClient: Story = {
  name: 'Error: no client',
  tags: ['!ready'],
  args: { scripted: false },
  parameters: { docs: { description: { story: 'Without `.client` or `base-url`, elements that load by id show a setup error.' } } },
};

export const French: Story = { globals: { locale: 'fr' } };
export const Spanish: Story = { globals: { locale: 'es' } };
export const RightToLeft: Story = { name: 'RTL', globals: { direction: 'rtl' } };
