import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/elements/src/progress-ring/define.js';
import { cssVars } from './support/controls.js';

interface RingArgs {
  value: number;
  label: string;
  indeterminate: boolean;
  [cssProperty: `--${string}`]: string;
}

const meta = {
  title: 'Elements/Progress ring',
  component: 'up-progress-ring',
  tags: ['ready'],
  args: { value: 0.42, label: '', indeterminate: false },
  argTypes: {
    value: { control: { type: 'range', min: 0, max: 1, step: 0.01 } },
  },
  render: (args) => html`<up-progress-ring
    .value=${args.value}
    label=${ifDefined(args.label || undefined)}
    ?indeterminate=${args.indeterminate}
    style=${cssVars(args)}
  ></up-progress-ring>`,
  parameters: {
    docs: {
      description: {
        component:
          'Sizes come from CSS (`--up-ring-size`), colours from the theme tokens. The host carries `role="progressbar"`, so a label elsewhere in the page can point at it with `aria-labelledby`.',
      },
    },
  },
} satisfies Meta<RingArgs>;

export default meta;
type Story = StoryObj<RingArgs>;

export const Ready: Story = {};

export const Empty: Story = { args: { value: 0 } };

export const Complete: Story = { args: { value: 1 } };

export const Indeterminate: Story = {
  args: { indeterminate: true },
  parameters: { docs: { description: { story: 'Activity without a known value: `aria-valuenow` is omitted.' } } },
};

export const InvalidValue: Story = {
  name: 'Error: invalid value',
  tags: ['!ready'],
  args: { value: 1.7 },
  render: () => html`<up-progress-ring value="not-a-number"></up-progress-ring>`,
  parameters: { docs: { description: { story: 'A value that is not a number from 0 to 1 shows a visible mark and fires `up-error`.' } } },
};

export const Labelled: Story = {
  name: 'Labelled by page text',
  render: (args) => html`<p id="ring-label">Retail AI foundations</p>
    <up-progress-ring .value=${args.value} aria-labelledby="ring-label" style=${cssVars(args)}></up-progress-ring>`,
};

export const Sizes: Story = {
  render: (args) => html`<div style="display:flex;gap:1.5rem;align-items:center">
    ${['2rem', '3rem', '5rem', '8rem'].map(
      (size) => html`<up-progress-ring .value=${args.value} label=${`Progress, ${size}`}
        style=${cssVars({ ...args, '--up-ring-size': args['--up-ring-size'] || size })}></up-progress-ring>`,
    )}
  </div>`,
};

export const Branded: Story = {
  args: {
    value: 0.68,
    '--up-ring-size': '6rem',
    '--up-ring-thickness': '14',
    '--up-ring-color': '#0f7b6c',
    '--up-ring-track-color': '#cfe9e4',
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
export const RightToLeft: Story = { name: 'RTL', globals: { direction: 'rtl', locale: 'es' } };
export const French: Story = { globals: { locale: 'fr' }, args: { value: 0.75 } };
export const Spanish: Story = { globals: { locale: 'es' }, args: { value: 0.33 } };
