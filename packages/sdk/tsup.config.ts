import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
// Sent as `X-Upskill-Client: sdk/<version>`.
const define = { __UPSKILL_SDK_VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'schemas/index': 'src/schemas/index.ts',
      'verify/index': 'src/verify/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    define,
  },
  {
    // Browser build: sets zod's jitless mode before any schema is built (strict CSP).
    entry: { 'browser/index': 'src/browser.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    treeshake: true,
    define,
  },
]);
