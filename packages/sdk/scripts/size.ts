// Size of the SDK as a browser app pays for it: createClient + one resource call, bundled and
// minified by esbuild, then gzip -9: the initial load (the entry and what it imports statically;
// ky, imported on a call's first retry, is a lazy chunk, as any splitting bundler makes it).
// Exits 1 above the limit.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const KB = 1024;
const GOAL = 12 * KB;
const LIMIT = 16 * KB;
const root = fileURLToPath(new URL('..', import.meta.url));
const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const bundle = (contents: string) =>
  build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'app.ts' },
    bundle: true,
    splitting: true,
    outdir: 'size',
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    define: { __UPSKILL_SDK_VERSION__: JSON.stringify(version) },
    logLevel: 'error',
  });
const gzipped = (code: Uint8Array) => gzipSync(code, { level: 9 }).length;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

const result = await bundle(`import { createClient } from './src/browser.ts';
const client = createClient({ baseUrl: 'https://api.example.com', getToken: async () => 'token' });
client.courses.list().then((page) => console.log(page.data.length));`);

/** The entry chunk and the chunks it imports statically, and the lazy chunks apart. */
function initialLoad(built: typeof result) {
  const outputs = built.metafile.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file]!.entryPoint)!;
  const initial = new Set([entry]);
  for (const file of initial) for (const { path, kind } of outputs[file]!.imports) if (kind === 'import-statement') initial.add(path);
  const code = (file: string) => built.outputFiles.find((output) => output.path.endsWith(`/${file}`))!.contents;
  const chunks = [...initial].map(code);
  const lazy = Object.keys(outputs).filter((file) => file.endsWith('.js') && !initial.has(file));
  return {
    code: Buffer.concat(chunks),
    gzip: chunks.reduce((sum, chunk) => sum + gzipped(chunk), 0),
    inputs: [...initial].flatMap((file) => Object.entries(outputs[file]!.inputs)),
    lazy: lazy.map((file) => ({ file, gzip: gzipped(code(file)), inputs: Object.keys(outputs[file]!.inputs) })),
  };
}
const { code, gzip, inputs, lazy } = initialLoad(result);

// What the SDK cannot go below: zod/mini and the contract's response schemas, used once.
const floor = await bundle(`import './src/jitless.ts';
import { page } from './src/schemas/common.ts';
import { Certification, Course, Job, Skill } from './src/schemas/catalog.ts';
import { Consent, Enrollment, JobMatch, Learner, Progress, ProgressBatchResult, Session } from './src/schemas/learners.ts';
import { CredentialRecord, IssuerProfile, OpenBadgeCredential } from './src/schemas/credentials.ts';
const schemas = [Certification, Course, Job, Skill, Consent, Enrollment, JobMatch, Learner, Progress, ProgressBatchResult, Session,
  CredentialRecord, IssuerProfile, OpenBadgeCredential].map((s) => page(s));
fetch('https://api.example.com').then((response) => response.json()).then((body) => console.log(schemas.map((s) => s.safeParse(body).success)));`);

const packageOf = (file: string) => /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? 'sdk';
const byPackage = new Map<string, number>();
for (const [file, info] of inputs) {
  const name = packageOf(file);
  byPackage.set(name, (byPackage.get(name) ?? 0) + info.bytesInOutput);
}
console.log(`@upskill/sdk, createClient + courses.list(): ${kb(code.length)} min, ${kb(gzip)} min+gzip = ${gzip} bytes (goal ${kb(GOAL)}, limit ${kb(LIMIT)} = ${LIMIT} bytes)`);
console.log(`  of which zod/mini + the contract's response schemas alone: ${kb(initialLoad(floor).gzip)} min+gzip`);
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) console.log(`  ${name}: ${kb(bytes)} min`);
for (const chunk of lazy) console.log(`  lazy chunk, loaded on a first retry: ${kb(chunk.gzip)} min+gzip (${[...new Set(chunk.inputs.map(packageOf))].join(', ')})`);
// `--files` lists every module of the bundle, to see where the bytes go.
if (process.argv.includes('--files')) {
  for (const [file, info] of inputs.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) console.log(`    ${info.bytesInOutput} ${file}`);
}
if (gzip > LIMIT) {
  console.error(`SDK size ${kb(gzip)} is above the ${kb(LIMIT)} limit`);
  process.exit(1);
}
if (gzip > GOAL) console.log(`note: above the ${kb(GOAL)} goal by ${kb(gzip - GOAL)}`);
// `--json`: one last line for tools (the benchmarks), with the same figure in bytes.
if (process.argv.includes('--json')) console.log(JSON.stringify({ gzipBytes: gzip, goalBytes: GOAL, limitBytes: LIMIT }));
