import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Course } from '../packages/sdk/src/schemas/index.js';
import '../packages/elements/src/course-card/define.js';
import { COURSE_IDS, LONG_COURSE_ID, course } from './fixtures/courses.js';
import { cssVars } from './support/controls.js';
import { apiArgType, withApi, type ApiScenario } from './support/provider.js';

interface CardArgs {
  courseId?: string;
  course?: Course;
  learnerId?: string;
  headingLevel: number;
  api: ApiScenario;
  courseHref?: string;
  [cssProperty: `--${string}`]: string;
}

const card = (args: CardArgs) => html`<up-course-card
  course-id=${ifDefined(args.courseId || undefined)}
  .course=${args.course}
  learner-id=${ifDefined(args.learnerId || undefined)}
  heading-level=${args.headingLevel}
  style=${cssVars(args)}
></up-course-card>`;

const meta = {
  title: 'Elements/Course card',
  component: 'up-course-card',
  tags: ['ready'],
  args: { courseId: 'crs_supply_forecasting', headingLevel: 3, api: 'ready' },
  argTypes: {
    ...apiArgType,
    courseId: { name: 'course-id', control: { type: 'select' }, options: [...COURSE_IDS, LONG_COURSE_ID, 'crs_unknown', 'not-a-course-id'] },
    learnerId: { name: 'learner-id', control: { type: 'text' } },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 } },
    course: { control: { type: 'object' } },
    courseHref: {
      name: 'course-href (provider)',
      description: 'Story only: the `<up-provider course-href>` template; the title becomes a link.',
      control: { type: 'text' },
      table: { category: 'story' },
    },
  },
  render: (args, context) => html`<div class="card-frame">
    ${withApi(card(args), args.api, context, { ...(args.courseHref ? { courseHref: args.courseHref } : {}) })}
  </div>`,
  decorators: [(story) => html`<style>.card-frame { max-inline-size: 22rem; }</style>${story()}`],
  parameters: {
    docs: {
      description: {
        component:
          'Stories get their data from a scripted SDK client (`createClient({ fetch })` answering from fixtures): switch the `api` control between ready, empty, loading and error. With `api: none` the card shows only what its `.course` property holds.',
      },
    },
  },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

/** A course the learner is half-way through, loaded by `course-id` through the provider's client. */
export const Ready: Story = {};

export const NotEnrolled: Story = { name: 'Ready: not enrolled', args: { courseId: 'crs_logistics_routing' } };
export const NotStarted: Story = { name: 'Ready: not started', args: { courseId: 'crs_office_automation' } };
export const Completed: Story = { name: 'Ready: completed', args: { courseId: 'crs_retail_ai_101' } };

export const FromProperty: Story = {
  name: 'Ready: from .course',
  args: { courseId: undefined, course: course('crs_agri_vision'), api: 'none' },
  parameters: { docs: { description: { story: 'The course given as a property, with no client: no progress, an Enroll button that only fires `up-enroll`.' } } },
};

export const LinkedTitle: Story = {
  name: 'Ready: title links to the partner page',
  args: { courseHref: '#/learn/{id}' },
};

export const Loading: Story = { tags: ['!ready'], args: { api: 'loading' } };

export const ErrorState: Story = {
  name: 'Error',
  tags: ['!ready'],
  args: { api: 'error' },
  parameters: { docs: { description: { story: 'The API answered 500 (problem+json): a message and a retry button; `up-error` fires.' } } },
};

export const NotFound: Story = { name: 'Error: not found', tags: ['!ready'], args: { courseId: 'crs_unknown' } };

export const InvalidAttribute: Story = {
  name: 'Error: invalid course-id',
  tags: ['!ready'],
  args: { courseId: 'not-a-course-id' },
};

export const NoProvider: Story = {
  name: 'Error: no provider',
  tags: ['!ready'],
  args: { api: 'none' },
  parameters: { docs: { description: { story: 'A `course-id` with no client to load it: a visible setup error, never an exception.' } } },
};

export const Empty: Story = { tags: ['!ready'], args: { courseId: undefined, api: 'none' } };

export const LongContent: Story = { name: 'Long content', args: { courseId: LONG_COURSE_ID } };

export const Catalog: Story = {
  name: 'Catalog grid',
  render: (args, context) => html`<div class="catalog">
    ${withApi(html`${[...COURSE_IDS, LONG_COURSE_ID].map((id) => card({ ...args, courseId: id }))}`, args.api, context)}
  </div>`,
  decorators: [
    (story) => html`<style>
        .catalog { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; align-items: stretch; }
      </style>${story()}`,
  ],
};

export const Dark: Story = { globals: { theme: 'dark' } };
export const RightToLeft: Story = { name: 'RTL', globals: { direction: 'rtl' } };
export const French: Story = { globals: { locale: 'fr' } };
export const Spanish: Story = { globals: { locale: 'es' } };
