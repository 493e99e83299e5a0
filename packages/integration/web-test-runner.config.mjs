import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/**
 * Browser tests of the built SDK in Chromium: `@upskill/sdk` resolves through its `browser`
 * export condition to `dist/browser/index.js` (build it first). Each test page is served under a
 * Content-Security-Policy without 'unsafe-eval' ('unsafe-inline' only for the runner's own
 * bootstrap script), so any eval or `new Function` is reported as a violation.
 */
export default {
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  files: [fileURLToPath(new URL('test/browser/**/*.test.ts', import.meta.url))],
  nodeResolve: { exportConditions: ['browser'] },
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'unsafe-inline'"></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        args: chromiumArgs,
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
};
