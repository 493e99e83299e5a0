import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { JobMatch } from '../packages/sdk/src/schemas/index.js';
import '../packages/elements/src/job-match-list/define.js';
import { jobMatchesFixture } from './fixtures/jobs.js';
import { cssVars } from './support/controls.js';
import { apiArgType, withApi, type ApiScenario } from './support/provider.js';

interface ListArgs {
  learnerId?: string;
  minScore?: number;
  location?: string;
  remote: boolean;
  pageSize: number;
  jobMatches?: JobMatch[];
  api: ApiScenario;
  courseHref?: string;
  [cssProperty: `--${string}`]: string;
}

const list = (args: ListArgs, jobMatches = args.jobMatches) => html`<up-job-match-list
  learner-id=${ifDefined(args.learnerId || undefined)}
  min-score=${ifDefined(args.minScore ?? undefined)}
  location=${ifDefined(args.location || undefined)}
  ?remote=${args.remote}
  page-size=${args.pageSize}
  .jobMatches=${jobMatches}
  style=${cssVars(args)}
></up-job-match-list>`;

const tenThousand = new Map<string, JobMatch[]>();
/** 10,000 matches in the toolbar's language, built once per language. */
const manyMatches = (locale: string) => {
  let matches = tenThousand.get(locale);
  if (!matches) tenThousand.set(locale, (matches = jobMatchesFixture(10_000, locale as 'en')));
  return matches;
};

const meta = {
  title: 'Elements/Job match list',
  component: 'up-job-match-list',
  tags: ['ready'],
  args: { learnerId: 'me', remote: false, pageSize: 50, api: 'ready' },
  argTypes: {
    ...apiArgType,
    learnerId: { name: 'learner-id', control: { type: 'text' } },
    minScore: { name: 'min-score', control: { type: 'range', min: 0, max: 1, step: 0.05 } },
    pageSize: { name: 'page-size', control: { type: 'number', min: 1, max: 100 } },
    courseHref: {
      name: 'course-href (provider)',
      description: 'Story only: the `<up-provider course-href>` template; each gap’s course becomes a link instead of an Enroll button.',
      control: { type: 'text' },
      table: { category: 'story' },
    },
  },
  render: (args, context) => withApi(list(args), args.api, context, { ...(args.courseHref ? { courseHref: args.courseHref } : {}) }),
  parameters: {
    docs: {
      description: {
        component:
          'Stories load matches through a scripted SDK client (`createClient({ fetch })` answering from fixtures, paginated like the API): switch the `api` control between ready, empty, loading and error. With `api: none`, only `.jobMatches` is shown.',
      },
    },
  },
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<ListArgs>;

/** The session learner's matches, loaded page by page through the provider's client. */
export const Ready: Story = {};

export const FromProperty: Story = {
  name: 'Ready: from .jobMatches',
  args: { learnerId: undefined, api: 'none', jobMatches: jobMatchesFixture(4) },
};

export const LinkedCourses: Story = {
  name: 'Ready: gaps link to course pages',
  args: { courseHref: '#/learn/{id}' },
};

export const Loading: Story = { tags: ['!ready'], args: { api: 'loading' } };

export const ErrorState: Story = {
  name: 'Error',
  tags: ['!ready'],
  args: { api: 'error' },
  parameters: { docs: { description: { story: 'The API answered 500 (problem+json): a message and a retry button; `up-error` fires.' } } },
};

export const InvalidAttribute: Story = { name: 'Error: invalid min-score', tags: ['!ready'], args: { minScore: 7 } };

export const NoProvider: Story = { name: 'Error: no provider', tags: ['!ready'], args: { api: 'none' } };

export const Empty: Story = { args: { api: 'empty' } };

export const ManySkills: Story = {
  name: 'Long content: many skills',
  args: { learnerId: undefined, api: 'none', jobMatches: jobMatchesFixture(3, 'en', { manySkills: true }) },
};

export const TenThousand: Story = {
  name: 'Long content: 10,000 matches',
  args: { learnerId: undefined, api: 'none' },
  render: (args, context) => html`<div class="scroller">${withApi(list(args, manyMatches(String(context.globals.locale ?? 'en'))), 'none', context)}</div>`,
  decorators: [(story) => html`<style>.scroller { block-size: 36rem; overflow: auto; }</style>${story()}`],
  parameters: {
    docs: {
      description: {
        story: '10,000 matches given as `.jobMatches`, in a scrolling container: the list is virtualized, so only the rows near the viewport are in the DOM.',
      },
    },
  },
};

export const TenThousandPaged: Story = {
  name: 'Long content: 10,000 matches, paged from the API',
  args: { pageSize: 100 },
  render: (args, context) => html`<div class="scroller">
    ${withApi(list(args), args.api, context, { fixtures: '10k', options: { jobMatches: manyMatches } })}
  </div>`,
  decorators: [(story) => html`<style>.scroller { block-size: 36rem; overflow: auto; }</style>${story()}`],
  parameters: {
    docs: { description: { story: 'The scripted API holds 10,000 matches; the list fetches the next page of 100 as the user scrolls.' } },
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
export const RightToLeft: Story = { name: 'RTL', globals: { direction: 'rtl' } };
export const French: Story = { globals: { locale: 'fr' } };
export const Spanish: Story = { globals: { locale: 'es' } };
