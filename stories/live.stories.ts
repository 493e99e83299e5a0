import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/elements/src/define.js';
import { createClient } from '../packages/sdk/src/index.js';
import type { Course, CredentialRecord } from '../packages/sdk/src/schemas/index.js';

interface LiveArgs {
  baseUrl: string;
  learner: string;
}

interface Session {
  token?: string;
  courses?: Course[];
  credentials?: CredentialRecord[];
  problem?: string;
}

/**
 * Asks the sandbox for a session token of a demo learner (`GET /demo/session`, loopback only),
 * then for a few courses and the learner's credentials, so the stories can show real data.
 */
async function session({ baseUrl, learner }: LiveArgs, locale: string): Promise<Session> {
  try {
    const response = await fetch(`${baseUrl}/demo/session?learner=${encodeURIComponent(learner)}`);
    if (!response.ok) return { problem: `GET /demo/session answered ${response.status}.` };
    const { token } = (await response.json()) as { token: string };
    const client = createClient({ baseUrl, token, locale });
    const [courses, credentials] = await Promise.all([
      client.courses.list({ limit: 6 }),
      client.learners.credentials('me', { limit: 6 }),
    ]);
    return { token, courses: courses.data, credentials: credentials.data };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

const offline = (args: LiveArgs, problem: string) => html`<div class="live-offline" role="note">
  <p><strong>No sandbox answered at ${args.baseUrl}.</strong> ${problem}</p>
  <p>Start one in another terminal with <code>pnpm start</code>, then reload this story.</p>
</div>`;

const meta = {
  title: 'Live/Sandbox',
  tags: ['live', '!test', '!autodocs'],
  args: { baseUrl: 'http://localhost:4010', learner: 'lrn_demo_amara' },
  argTypes: {
    baseUrl: { name: 'base-url', description: 'The sandbox started by `pnpm start`.', control: { type: 'text' } },
    learner: {
      description: 'Demo learner: Amara (certified), Lucie (mid-way, French), Mateo (starting, Spanish).',
      options: ['lrn_demo_amara', 'lrn_demo_lucie', 'lrn_demo_mateo'],
      control: { type: 'select' },
    },
  },
  loaders: [async ({ args, globals }) => ({ session: await session(args, String(globals.locale ?? 'en')) })],
  decorators: [
    (story) => html`<style>
        .live-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem; align-items: start; }
        .live-offline { max-inline-size: 40rem; padding: 1rem 1.25rem; border: 1px dashed currentColor; border-radius: 8px; }
      </style>${story()}`,
  ],
  parameters: {
    docs: {
      description: {
        component: 'These stories talk to a running sandbox (`pnpm start`, http://localhost:4010) with a demo learner’s session token.',
      },
    },
  },
} satisfies Meta<LiveArgs>;

export default meta;
type Story = StoryObj<LiveArgs>;

const provider = (args: LiveArgs, data: Session, theme: string, content: unknown) =>
  html`<up-provider base-url=${args.baseUrl} token=${data.token ?? ''} theme=${theme}>${content}</up-provider>`;

export const Courses: Story = {
  name: 'Courses and progress',
  render: (args, { loaded, globals }) => {
    const data = loaded.session as Session;
    if (!data.token) return offline(args, data.problem ?? '');
    return provider(args, data, String(globals.theme), html`<div class="live-grid">
      ${(data.courses ?? []).map((course) => html`<up-course-card course-id=${course.id}></up-course-card>`)}
    </div>`);
  },
};

export const Credentials: Story = {
  render: (args, { loaded, globals }) => {
    const data = loaded.session as Session;
    if (!data.token) return offline(args, data.problem ?? '');
    const records = data.credentials ?? [];
    return provider(args, data, String(globals.theme), html`<div class="live-grid">
      ${records.length ? records.map((record) => html`<up-badge credential-id=${record.id}></up-badge>`) : nothing}
      ${records.length ? nothing : html`<p>This learner holds no credential yet.</p>`}
    </div>`);
  },
};

export const JobMatches: Story = {
  name: 'Job matches',
  render: (args, { loaded, globals }) => {
    const data = loaded.session as Session;
    if (!data.token) return offline(args, data.problem ?? '');
    return provider(args, data, String(globals.theme), html`<up-job-match-list learner-id="me"></up-job-match-list>`);
  },
};
