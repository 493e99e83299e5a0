import type { ArgTypes, StoryContext } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { storyClient, type Scenario, type ScriptedApiOptions } from './api.js';

/** `none`: no client at all (data only from properties); the others script the API's answers. */
export type ApiScenario = Scenario | 'none';

/** The story-only `api` control: which answers the scripted client gives. */
export const apiArgType: ArgTypes = {
  api: {
    name: 'api',
    description:
      'Story only: how the scripted API client answers (`none` = no client, data from properties only). No request leaves the page.',
    options: ['ready', 'empty', 'loading', 'error', 'none'],
    control: { type: 'inline-radio' },
    table: { category: 'story' },
  },
};

const clients = new Map<string, ReturnType<typeof storyClient>>();

/** One client per scenario, language and fixture set, so re-rendering a story keeps its data. */
export function clientFor(scenario: Scenario, locale: string, fixtures = 'default', options: ScriptedApiOptions = {}) {
  const key = `${scenario}|${locale}|${fixtures}`;
  let client = clients.get(key);
  if (!client) clients.set(key, (client = storyClient({ ...options, scenario, locale })));
  return client;
}

/**
 * Wraps `content` in an `<up-provider>` holding a scripted client (unless `api` is `none`),
 * with the toolbar's theme and an optional `course-href`.
 */
export function withApi(
  content: TemplateResult,
  api: ApiScenario,
  { globals }: Pick<StoryContext, 'globals'>,
  { courseHref, fixtures, options }: { courseHref?: string; fixtures?: string; options?: ScriptedApiOptions } = {},
): TemplateResult {
  const theme = globals.theme === 'dark' ? 'dark' : 'light';
  if (api === 'none' && !courseHref) return content;
  const client = api === 'none' ? undefined : clientFor(api, String(globals.locale ?? 'en'), fixtures, options);
  return html`<up-provider .client=${client} theme=${theme} course-href=${ifDefined(courseHref)}>${content}</up-provider>`;
}
