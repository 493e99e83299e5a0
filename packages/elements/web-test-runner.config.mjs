import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const here = new URL('.', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', here), 'utf8'));

/**
 * Element tests in Chromium. The server's root is the repository, so that `@upskill/sdk` can be
 * served from its TypeScript source (its browser entry, which sets zod's jitless mode) and the
 * tests exercise the SDK as it is, without waiting for its build.
 */
const sdkFromSource = {
  name: 'upskill-sdk-from-source',
  resolveImport({ source }) {
    if (source === '@upskill/sdk') return '/packages/sdk/src/browser.ts';
    return undefined;
  },
};

export default {
  rootDir: fileURLToPath(new URL('../..', here)),
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        args: chromiumArgs,
      },
    }),
  ],
  plugins: [
    sdkFromSource,
    esbuildPlugin({ ts: true, target: 'es2022', define: { __UPSKILL_ELEMENTS_VERSION__: JSON.stringify(version) } }),
  ],
  coverageConfig: { include: ['src/**/*.ts'] },
};
