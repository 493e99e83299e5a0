import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../packages/elements/src/badge/define.js';
import '../packages/elements/src/course-card/define.js';
import '../packages/elements/src/job-match-list/define.js';
import '../packages/elements/src/progress-ring/define.js';
import '../packages/elements/src/provider/define.js';
import { jobMatchesFixture } from './fixtures/jobs.js';
import { clientFor } from './support/provider.js';
import { offlineVerifier } from './support/verifier.js';

/** The global tokens every element reads (see each element's "css custom properties"). */
const TOKENS = [
  '--up-color-primary', '--up-color-on-primary', '--up-color-surface', '--up-color-surface-muted', '--up-color-text',
  '--up-color-text-muted', '--up-color-border', '--up-color-success', '--up-color-warning', '--up-color-danger',
  '--up-color-focus', '--up-radius', '--up-font-family',
] as const;
type Token = (typeof TOKENS)[number];
type Brand = Partial<Record<Token, string>>;

/** Fictional partner brands, each in a light and a dark variant, all meeting WCAG AA contrast. */
const BRANDS: Record<string, { light: Brand; dark: Brand; page: { light: string; dark: string } }> = {
  'Upskill default': { light: {}, dark: {}, page: { light: '#f6f7f9', dark: '#0d1117' } },
  'Harbour Bank': {
    light: {
      '--up-color-primary': '#1d3f8f', '--up-color-on-primary': '#ffffff', '--up-color-surface': '#ffffff',
      '--up-color-surface-muted': '#eef2fa', '--up-color-text': '#14213d', '--up-color-text-muted': '#4a5568',
      '--up-color-border': '#c9d3e6', '--up-color-success': '#1e6b3a', '--up-color-warning': '#8a4b00',
      '--up-color-danger': '#a4161a', '--up-radius': '4px', '--up-font-family': "Georgia, 'Times New Roman', serif",
    },
    dark: {
      '--up-color-primary': '#9db8f5', '--up-color-on-primary': '#0b1633', '--up-color-surface': '#111a2e',
      '--up-color-surface-muted': '#1b2740', '--up-color-text': '#e8edf7', '--up-color-text-muted': '#a9b5cc',
      '--up-color-border': '#2c3a57', '--up-color-success': '#7fd39b', '--up-color-warning': '#f3c16b',
      '--up-color-danger': '#ff9a93', '--up-radius': '4px', '--up-font-family': "Georgia, 'Times New Roman', serif",
    },
    page: { light: '#e9edf5', dark: '#080e1c' },
  },
  'Evergreen Co-op': {
    light: {
      '--up-color-primary': '#0b6e4f', '--up-color-on-primary': '#ffffff', '--up-color-surface': '#fbfdf9',
      '--up-color-surface-muted': '#e6f2ea', '--up-color-text': '#10291f', '--up-color-text-muted': '#3d5a4c',
      '--up-color-border': '#c2d9cb', '--up-color-success': '#0b6e4f', '--up-color-warning': '#7a4d00',
      '--up-color-danger': '#a3261b', '--up-radius': '20px',
      '--up-font-family': "ui-rounded, 'SF Pro Rounded', 'Segoe UI', system-ui, sans-serif",
    },
    dark: {
      '--up-color-primary': '#6fd3a8', '--up-color-on-primary': '#052419', '--up-color-surface': '#0f1f19',
      '--up-color-surface-muted': '#183028', '--up-color-text': '#e4f2ea', '--up-color-text-muted': '#a3c2b3',
      '--up-color-border': '#2a4a3c', '--up-color-success': '#6fd3a8', '--up-color-warning': '#f0c36b',
      '--up-color-danger': '#ff9d90', '--up-radius': '20px',
      '--up-font-family': "ui-rounded, 'SF Pro Rounded', 'Segoe UI', system-ui, sans-serif",
    },
    page: { light: '#eef5f0', dark: '#07130e' },
  },
  'Sunrise Logistics': {
    light: {
      '--up-color-primary': '#b3401a', '--up-color-on-primary': '#ffffff', '--up-color-surface': '#fffaf5',
      '--up-color-surface-muted': '#fbeadd', '--up-color-text': '#2b1a12', '--up-color-text-muted': '#6b4a3a',
      '--up-color-border': '#efd2bd', '--up-color-success': '#2f6b1f', '--up-color-warning': '#8a4b00',
      '--up-color-danger': '#a1121d', '--up-color-focus': '#5b2d91', '--up-radius': '8px',
    },
    dark: {
      '--up-color-primary': '#ffa477', '--up-color-on-primary': '#2b0f03', '--up-color-surface': '#21150f',
      '--up-color-surface-muted': '#332219', '--up-color-text': '#fbeee6', '--up-color-text-muted': '#d1b3a3',
      '--up-color-border': '#4a3327', '--up-color-success': '#9bdc82', '--up-color-warning': '#f5c26b',
      '--up-color-danger': '#ff9a9f', '--up-color-focus': '#c7a5ff', '--up-radius': '8px',
    },
    page: { light: '#f7efe8', dark: '#140c08' },
  },
};

type ThemingArgs = { brand: string } & Partial<Record<Token, string>>;

const matches = jobMatchesFixture(3);

const meta = {
  title: 'Theming/Brand',
  tags: ['ready', '!autodocs'],
  args: { brand: 'Harbour Bank' },
  argTypes: {
    brand: {
      description: 'A partner brand: a set of `--up-*` values for light and dark. The colour controls below override single tokens.',
      options: Object.keys(BRANDS),
      control: { type: 'select' },
    },
    ...Object.fromEntries(
      TOKENS.map((token) => [token, { control: { type: /color/.test(token) ? 'color' : 'text' }, table: { category: 'tokens' } }]),
    ),
  },
  render: (args, { globals }) => {
    const mode = globals.theme === 'dark' ? 'dark' : 'light';
    const brand = BRANDS[args.brand] ?? BRANDS['Upskill default']!;
    const tokens: Brand = { ...brand[mode] };
    for (const token of TOKENS) if (args[token]) tokens[token] = args[token];
    const css = Object.entries(tokens).map(([name, value]) => `  ${name}: ${value};`).join('\n');
    return html`<div class="brand-page" style=${styleMap({ ...tokens, background: brand.page[mode] })}>
      <up-provider .client=${clientFor('ready', String(globals.locale ?? 'en'))} theme=${mode} course-href="#/learn/{id}">
        <div class="brand-grid">
          <up-course-card course-id="crs_supply_forecasting"></up-course-card>
          <up-course-card course-id="crs_logistics_routing"></up-course-card>
          <div class="brand-side">
            <up-badge credential-id="cred_demo_verified" .verifier=${offlineVerifier}></up-badge>
            <p class="brand-rings">
              <up-progress-ring value="0.25" label="Foundation track"></up-progress-ring>
              <up-progress-ring value="0.6" label="Practitioner track"></up-progress-ring>
              <up-progress-ring value="1" label="Specialist track"></up-progress-ring>
            </p>
          </div>
        </div>
        <up-job-match-list .jobMatches=${matches}></up-job-match-list>
      </up-provider>
      <details class="brand-css">
        <summary>CSS for this brand (${mode})</summary>
        <pre><code>${css ? `/* On <up-provider> or any ancestor of the elements */\nup-provider {\n${css}\n}` : '/* The built-in tokens: nothing to set. */'}</code></pre>
      </details>
    </div>`;
  },
  decorators: [
    (story) => html`<style>
        .brand-page { display: grid; gap: 1rem; padding: 1rem; border-radius: 8px; font-family: var(--up-font-family, inherit); }
        .brand-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; align-items: start; margin-block-end: 1rem; }
        .brand-side { display: grid; gap: 1rem; }
        .brand-rings { display: flex; gap: 1rem; margin: 0; }
        .brand-css pre { overflow: auto; padding: 0.75rem; background: rgb(127 127 127 / 0.12); border-radius: 6px; }
      </style>${story()}`,
  ],
  parameters: {
    docs: {
      description: {
        component:
          'Every element reads the same `--up-*` custom properties (inherited through shadow DOM), so a partner sets them once on `<up-provider>` or any ancestor. `::part()` is the escape hatch for anything else.',
      },
    },
  },
} satisfies Meta<ThemingArgs>;

export default meta;
type Story = StoryObj<ThemingArgs>;

/** Pick a brand, switch light and dark in the toolbar, or change single tokens. */
export const PartnerBrand: Story = { name: 'Partner brand' };
export const Default: Story = { name: 'Built-in tokens', args: { brand: 'Upskill default' } };
export const Evergreen: Story = { args: { brand: 'Evergreen Co-op' }, globals: { theme: 'dark' } };
export const Sunrise: Story = { args: { brand: 'Sunrise Logistics' } };
