// The CDN build: one self-contained ES module, dist/cdn/upskill-elements.js, plus sibling chunks
// loaded on demand (the credential verifier, French and Spanish text). Usage: node scripts/build-cdn.mjs
import { build } from 'esbuild';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

// base64url-universal declares `exports`, so esbuild ignores its `browser` mapping and would
// bundle its Node version (which needs Buffer). Point it at its browser file, found from the SDK.
const fromSdk = createRequire(createRequire(import.meta.url).resolve('@upskill/sdk/package.json'));
let packageDir = dirname(fromSdk.resolve('base64url-universal'));
while (!existsSync(join(packageDir, 'package.json'))) packageDir = dirname(packageDir);
const base64urlBrowser = join(packageDir, 'lib', 'browser.js');

/**
 * Minifies the CSS inside Lit's css`…` templates (esbuild leaves template text alone): drops
 * comments, indentation and the spaces around punctuation. Interpolations are kept as they are.
 */
const minifyLitCss = {
  name: 'minify-lit-css',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      if (!source.includes('css`')) return undefined;
      const contents = source.replace(/css`([^`]*)`/g, (_, body) => {
        const minified = body
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${minified}\``;
      });
      return { contents, loader: 'ts' };
    });
  },
};

const result = await build({
  plugins: [minifyLitCss],
  absWorkingDir: new URL('.', root).pathname,
  entryPoints: { 'upskill-elements': 'src/cdn.ts' },
  outdir: 'dist/cdn',
  bundle: true,
  format: 'esm',
  platform: 'browser', // resolves the `browser` export condition: the SDK's jitless (CSP-safe) build
  splitting: true,
  minify: true,
  sourcemap: 'linked',
  target: 'es2022',
  chunkNames: '[name]-[hash]',
  alias: { 'base64url-universal': base64urlBrowser },
  define: { __UPSKILL_ELEMENTS_VERSION__: JSON.stringify(version) },
  legalComments: 'linked', // licences in upskill-elements.js.LEGAL.txt, next to the module
  metafile: true,
  logLevel: 'warning',
});

// Read by scripts/size.mjs to tell static imports from lazy ones; kept out of dist/cdn.
writeFileSync(new URL('dist/cdn-meta.json', root), JSON.stringify(result.metafile));
console.log('CDN build: dist/cdn/upskill-elements.js');
