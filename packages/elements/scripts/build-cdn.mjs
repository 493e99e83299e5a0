// The CDN build, self-contained: dist/cdn/upskill-elements.js (the entry, which imports one chunk
// holding Lit, the SDK client and the elements), plus sibling modules loaded on demand (the
// credential verifier, the virtualizer, French and Spanish text). Usage: node scripts/build-cdn.mjs
import { build } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { minify } from 'terser';

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
    out += source.slice(last, start) + source.slice(start, end).replace(/[ \t]*\n\s*/g, " ");
    last = end;
  }
  return out + source.slice(last);
}

/**
 * Short names for the private custom properties (`--_primary` → `--_0`). They are set on
 * each element's `:host` and read only inside its own styles, never from outside: the public
 * `--up-*` properties are left alone. Shorter names by frequency of use, the same in every module.
 */
const privateProperties = (() => {
  const counts = new Map();
  const sources = readdirSync(new URL('src', root), { recursive: true }).filter((file) => /(?<!\.test)\.ts$/.test(file));
  for (const file of sources) {
    for (const [, body] of readFileSync(new URL(`src/${file}`, root), 'utf8').matchAll(/css`([^`]*)`/g)) {
      for (const [name] of body.matchAll(/--_[\w-]+/g)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(ordered.map(([name], i) => [name, `--_${i.toString(36)}`]));
})();

/**
 * Minifies the CSS inside Lit's css`…` templates: drops comments, indentation, spaces around
 * punctuation and slashes, and the leading zero of fractions (`0.5rem` → `.5rem`); shortens the
 * private custom properties.
 */
function minifyCss(source) {
  return source.replace(/css`([^`]*)`/g, (_, body) => {
    const minified = body
      .replace(/\/\*[^]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/@media \(/g, '@media(')
      .replace(/:\s+/g, ':')
      .replace(/\s*\/\s*/g, '/')
      .replace(/\s*!important/g, '!important')
      .replace(/(?<![\w.])0\.(\d)/g, '.$1')
      .replace(/;}/g, '}')
      .replace(/--_[\w-]+/g, (name) => privateProperties.get(name) ?? name)
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

/**
 * The text catalogs (`locales/*.ts`) are objects keyed by the `Msg` enum, whose members the
 * build inlines as 0, 1, 2…: `{0:"Loading…",1:"Try again",…}`. Written as an array in enum
 * order instead, the catalog carries no keys at all (about 0.15 KB gzip less). Every key must
 * be present exactly once (the `Messages` type already requires it; checked again here).
 */
const catalogsAsArrays = {
  name: 'catalogs-as-arrays',
  setup(pluginBuild) {
    const keysPath = new URL('src/internal/locales/keys.ts', root);
    const keys = ts.createSourceFile('keys.ts', readFileSync(keysPath, 'utf8'), ts.ScriptTarget.Latest, true);
    const members = keys.statements.find((node) => ts.isEnumDeclaration(node) && node.name.text === 'Msg')?.members ?? [];
    if (!members.length || members.some((member) => member.initializer)) throw new Error(`${keysPath.pathname}: expected enum Msg with implicit values`);
    const index = new Map(members.map((member, i) => [member.name.getText(keys), i]));
    pluginBuild.onLoad({ filter: /[\\/]src[\\/]internal[\\/]locales[\\/](en|fr|es)\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const edits = [];
      const visit = (node) => {
        if (ts.isVariableDeclaration(node) && node.type?.getText(file) === 'Messages' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
          const texts = new Array(index.size);
          for (const property of node.initializer.properties) {
            const key = ts.isPropertyAssignment(property) && ts.isComputedPropertyName(property.name) ? /^Msg\.(\w+)$/.exec(property.name.expression.getText(file))?.[1] : undefined;
            const i = key === undefined ? undefined : index.get(key);
            if (i === undefined || texts[i] !== undefined) throw new Error(`${path}: unexpected catalog entry ${property.getText(file)}`);
            texts[i] = property.initializer.getText(file);
          }
          const missing = [...index].filter(([, i]) => texts[i] === undefined).map(([key]) => key);
          if (missing.length) throw new Error(`${path}: missing ${missing.join(', ')}`);
          edits.push([node.initializer.getStart(file), node.initializer.getEnd(), `[${texts.join(',')}]`]);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (edits.length !== 1) throw new Error(`${path}: expected one catalog (a const of type Messages)`);
      const [[start, end, text]] = edits;
      return { contents: source.slice(0, start) + text + source.slice(end), loader: 'ts' };
    });
  },
};

// The credential verifier is a build of its own, imported lazily by <up-badge> under a fixed name:
// sharing nothing with the elements, it would otherwise only add a chunk of esbuild's CommonJS
// helpers (for jsonld) that every module of the main build imports.
const VERIFIER = 'upskill-elements-verify';
const lazyVerifier = {
  name: 'lazy-verifier',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@upskill\/sdk\/verify$/ }, () => ({ path: `./${VERIFIER}.js`, external: true }));
  },
};

/**
 * The virtualizer shares Lit with the elements, which alone would put Lit in a chunk of its own,
 * compressed apart from the code that uses it. Importing the library from the virtualizer's
 * module (already loaded whenever that module runs) makes esbuild put Lit, the SDK and the
 * elements in one shared chunk instead: one gzip stream, about 0.3 KB smaller, with the entry a
 * small module that imports it and re-exports the classes.
 */
const oneLibraryChunk = {
  name: 'one-library-chunk',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/]job-match-list[\\/]virtual\.ts$/ }, ({ path }) => ({
      contents: `${readFileSync(path, 'utf8')}\nimport '../cdn.js';\n`,
      loader: 'ts',
    }));
  },
};

const common = {
  absWorkingDir: new URL('.', root).pathname,
  outdir: 'dist/cdn',
  bundle: true,
  format: 'esm',
  platform: 'browser', // resolves the `browser` export condition: the SDK's jitless (CSP-safe) build
  minify: true,
  sourcemap: 'linked',
  target: 'es2022',
  alias: { 'base64url-universal': base64urlBrowser },
  legalComments: 'linked', // licences in <module>.js.LEGAL.txt, next to each module
  metafile: true,
  logLevel: 'warning',
};

rmSync(new URL('dist/cdn', root), { recursive: true, force: true });
const [elements, verifier] = await Promise.all([
  build({
    ...common,
    plugins: [catalogsAsArrays, minifyTemplates, lazyVerifier, oneLibraryChunk],
    entryPoints: { 'upskill-elements': 'src/cdn.ts' },
    splitting: true,
    chunkNames: '[name]-[hash]',
    // src/cdn.ts registers <up-provider> before the elements that consume its context: no
    // ContextRoot is needed to answer consumers that would otherwise upgrade before it.
    define: { __UPSKILL_ELEMENTS_VERSION__: JSON.stringify(version), __UPSKILL_PROVIDER_FIRST__: 'true' },
  }),
  build({ ...common, entryPoints: { [VERIFIER]: '@upskill/sdk/verify' } }),
]);

/**
 * A second pass over the elements' modules with terser: it names variables by how often they are
 * used and compresses a little further than esbuild, about 0.8 KB gzip less on the initial load.
 * The source maps are chained, so they still point at the sources. A module with no code of its
 * own (the entry, which only re-exports the shared chunk) gets no source map: it would map nothing.
 */
async function compress(file) {
  const url = new URL(file, root);
  const code = readFileSync(url, 'utf8');
  const name = file.split('/').pop();
  const mapped = Object.values(elements.metafile.outputs[file].inputs).some((input) => input.bytesInOutput > 0);
  const result = await minify(code, {
    module: true,
    ecma: 2022,
    // keep_fargs: false drops unused parameters (no code here reads a function's `length`).
    compress: { passes: 2, keep_fargs: false },
    format: { comments: /^!/ }, // the pointer to the licences file
    sourceMap: mapped && { content: readFileSync(new URL(`${file}.map`, root), 'utf8'), url: `${name}.map` },
  });
  // esbuild's pointer to the licences, shortened: `/*! For license information please see x.LEGAL.txt */`.
  writeFileSync(url, result.code.replace(/\/\*! For license information please see (\S+\.LEGAL\.txt) \*\//, '/*! Licences: $1 */'));
  if (mapped) writeFileSync(new URL(`${file}.map`, root), result.map);
  else {
    rmSync(new URL(`${file}.map`, root));
    delete elements.metafile.outputs[`${file}.map`];
  }
}
await Promise.all(Object.keys(elements.metafile.outputs).filter((file) => file.endsWith('.js')).map(compress));

// Read by scripts/size.mjs to tell static imports from lazy ones; kept out of dist/cdn.
const metafile = {
  inputs: { ...verifier.metafile.inputs, ...elements.metafile.inputs },
  outputs: { ...elements.metafile.outputs, ...verifier.metafile.outputs },
};
writeFileSync(new URL('dist/cdn-meta.json', root), JSON.stringify(metafile));
console.log('CDN build: dist/cdn/upskill-elements.js');
