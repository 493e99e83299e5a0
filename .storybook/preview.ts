import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import manifest from 'virtual:custom-elements-manifest';
import '../packages/elements/src/provider/define.js';
import { extractArgTypes, extractComponentDescription } from './custom-elements.js';
import './preview.css';

setCustomElementsManifest(manifest);

const logEvent = (event: Event) => action(event.type)((event as CustomEvent).detail);

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour theme, set on <up-provider theme>',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language: the lang attribute around the story, and the Accept-Language of scripted clients',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fr', title: 'Français', right: 'fr' },
          { value: 'es', title: 'Español', right: 'es' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction, the dir attribute around the story',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'ltr' },
  decorators: [
    (story, { globals, viewMode }) => {
      const theme = globals.theme === 'dark' ? 'dark' : 'light';
      return html`<div
        class="up-story ${viewMode === 'docs' ? 'in-docs' : ''}"
        data-theme=${theme}
        lang=${globals.locale ?? 'en'}
        dir=${globals.direction ?? 'ltr'}
        @up-error=${logEvent}
        @up-enroll=${logEvent}
        @up-job-select=${logEvent}
      >
        <up-provider theme=${theme}>${story()}</up-provider>
      </div>`;
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: false, extractArgTypes, extractComponentDescription },
    options: { storySort: { order: ['Introduction', 'Elements', 'Theming', 'Live'] } },
  },
  tags: ['autodocs'],
};

export default preview;
