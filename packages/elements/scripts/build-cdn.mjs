// The CDN build: one self-contained ES module, dist/cdn/upskill-elements.js, plus sibling chunks
// loaded on demand (the credential verifier, French and Spanish text). Usage: node scripts/build-cdn.mjs
import { build } from 'esbuild';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

// base64url-universal declares `exports`, so esbuild ignores its `browser` mapping and would
// bundle its Node version (which needs Buffer). Point it at its browser file, found from the SDK.
const fromSdk = createRequire(createRequire(import.meta.url).resolve('@upskill/sdk/package.json'));
let packageDir = dirname(fromSdk.resolve('base64url-universal'));
while (!existsSync(join(packageDir, 'package.json'))) packageDir = dirname(packageDir);
const base64urlBrowser = join(packageDir, 'lib', 'browser.js');

/** Collapses the indentation of html`…` and svg`…` template text (a line break and its indent become one space). */
function collapseTemplates(source, path) {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ['html', 'svg'].includes(node.tag.getText(file))) {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((span) => span.literal)];
      for (const part of parts) edits.push([part.getStart(file), part.getEnd()]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let last = 0;
  for (const [start, end] of edits.sort((a, b) => a[0] - b[0])) {
    out += source.slice(last, start) + source.slice(start, end).replace(/[ \t]*\n\s*/g, ' ');
    last = end;
  }
  return out + source.slice(last);
}

/** Minifies the CSS inside Lit's css`…` templates: drops comments, indentation and spaces around punctuation. */
function minifyCss(source) {
  return source.replace(/css`([^`]*)`/g, (_, body) => {
    const minified = body
      .replace(/\/\*[^]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${minified}\``;
  });
}

/**
 * esbuild leaves template text alone: shrink the elements' own css`…` and html`…` templates.
 * Interpolations are kept as they are.
 */
const minifyTemplates = {
  name: 'minify-lit-templates',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      if (!source.includes('css`') && !source.includes('html`') && !source.includes('svg`')) return undefined;
      return { contents: collapseTemplates(minifyCss(source), path), loader: 'ts' };
    });
  },
};

const result = await build({
  plugins: [minifyTemplates],
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
