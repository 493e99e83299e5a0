import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const elements = join(root, 'packages/elements');
const sdkSource = join(root, 'packages/sdk/src');

process.env.STORYBOOK_DISABLE_TELEMETRY ??= '1';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The elements' `custom-elements.json`: the package's own when it is newer than every source
 * file, otherwise freshly analyzed (same command as the elements build) into a cache folder,
 * so Storybook never shows stale docs and does not need `pnpm build` first.
 */
function manifestPath(): string {
  const built = join(elements, 'custom-elements.json');
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource(join(elements, 'src'))) return built;
  const outdir = join(root, 'node_modules/.cache/storybook-cem');
  mkdirSync(outdir, { recursive: true });
  execFileSync(
    join(root, 'node_modules/.bin/cem'),
    // The analyzer resolves --outdir against its working directory.
    ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', '--outdir', relative(elements, outdir)],
    { cwd: elements, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return join(outdir, 'custom-elements.json');
}

interface Manifest {
  modules?: { path: string; declarations?: { name: string; tagName?: string; customElement?: boolean }[] }[];
}

/**
 * Fills in `tagName` for classes registered by a `define.ts` (`UpX.define('up-x')`) when the
 * analyzer did not record it (it only recognises `customElements.define` and `@tagname`), so
 * Storybook can match `component: 'up-x'` to its docs. Says so, since the published manifest
 * lacks the same information.
 */
function withTagNames(manifest: Manifest): Manifest {
  const tags = new Map<string, string>();
  for (const entry of readdirSync(join(elements, 'src'), { withFileTypes: true })) {
    const define = join(elements, 'src', entry.name, 'define.ts');
    if (!entry.isDirectory() || !existsSync(define)) continue;
    for (const [, className, tag] of readFileSync(define, 'utf8').matchAll(/(\w+)\.define\(\s*['"]([a-z][\w-]*-[\w-]*)['"]/g)) {
      tags.set(className!, tag!);
    }
  }
  const filled: string[] = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      const tag = tags.get(declaration.name);
      if (tag && !declaration.tagName) {
        declaration.tagName = tag;
        declaration.customElement = true;
        filled.push(`${declaration.name} → <${tag}>`);
      }
    }
  }
  if (filled.length) {
    console.warn(`custom-elements.json has no tagName for ${filled.join(', ')}; Storybook took them from the define.ts files.`);
  }
  return manifest;
}

/** `virtual:custom-elements-manifest`: the manifest as a JSON module, for `.storybook/preview.ts`. */
function customElementsManifest(): Plugin {
  const id = 'virtual:custom-elements-manifest';
  return {
    name: 'upskill-custom-elements-manifest',
    resolveId: (source) => (source === id ? '\0' + id : undefined),
    load(loaded) {
      if (loaded !== '\0' + id) return undefined;
      const path = manifestPath();
      this.addWatchFile(path);
      return `export default ${JSON.stringify(withTagNames(JSON.parse(readFileSync(path, 'utf8')) as Manifest))};`;
    },
  };
}

/**
 * Stories run the packages from source, where the `sideEffects` lists of their package.json
 * (written for `dist/`) do not apply: without this, the bundler drops `define.ts` imports.
 */
function sourcesHaveSideEffects(): Plugin {
  const sources = join(root, 'packages') + '/';
  return {
    name: 'upskill-sources-have-side-effects',
    transform(code, id) {
      if (id.startsWith(sources) && id.includes('/src/')) return { code, map: null, moduleSideEffects: true };
      return undefined;
    },
  };
}

/** The SDK from source, so stories never depend on a stale `dist/` (the browser entry when it exists). */
const sdkEntry = existsSync(join(sdkSource, 'browser.ts')) ? join(sdkSource, 'browser.ts') : join(sdkSource, 'index.ts');

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  staticDirs: [{ from: '../stories/assets', to: '/assets' }],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // The onboarding checklist is for Storybook authors, not for designers browsing the elements.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      plugins: [customElementsManifest(), sourcesHaveSideEffects()],
      resolve: {
        alias: [
          { find: /^@upskill\/sdk$/, replacement: sdkEntry },
          { find: /^@upskill\/sdk\/schemas$/, replacement: join(sdkSource, 'schemas/index.ts') },
          { find: /^@upskill\/sdk\/verify$/, replacement: join(sdkSource, 'verify/index.ts') },
        ],
      },
      build: { chunkSizeWarningLimit: 4096 },
    });
  },
};

export default config;
