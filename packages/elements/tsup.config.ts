import { defineConfig } from 'tsup';
import pkg from './package.json' with { type: 'json' };

// The npm build: bare imports of lit, @lit/context, @lit-labs/virtualizer and @upskill/sdk stay
// external (dependencies), so a partner's bundler dedupes them.
export default defineConfig({
  entry: ['src/index.ts', 'src/define.ts', 'src/*/define.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  target: 'es2022',
  platform: 'browser',
  define: { __UPSKILL_ELEMENTS_VERSION__: JSON.stringify(pkg.version) },
});
