import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  platform: 'node',
  target: 'node20',
  // The CLI is run as `upskill-sandbox`; a hashbang is valid at the top of any ES module.
  banner: { js: '#!/usr/bin/env node' },
});
