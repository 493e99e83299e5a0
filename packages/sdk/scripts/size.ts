// Size of the SDK as a browser app pays for it: createClient + one resource call, bundled and
// minified by esbuild, then gzip -9. Exits 1 above the limit.
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
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
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
const code = result.outputFiles[0]!.contents;
const gzip = gzipped(code);

// What the SDK cannot go below: ky, zod/mini and the contract's response schemas, used once.
const floor = await bundle(`import ky from 'ky';
import './src/jitless.ts';
import { page } from './src/schemas/common.ts';
import { Certification, Course, Job, Skill } from './src/schemas/catalog.ts';
import { Consent, Enrollment, JobMatch, Learner, Progress, ProgressBatchResult, Session } from './src/schemas/learners.ts';
import { CredentialRecord, IssuerProfile, OpenBadgeCredential } from './src/schemas/credentials.ts';
const schemas = [Certification, Course, Job, Skill, Consent, Enrollment, JobMatch, Learner, Progress, ProgressBatchResult, Session,
  CredentialRecord, IssuerProfile, OpenBadgeCredential].map((s) => page(s));
ky.get('https://api.example.com').json().then((body) => console.log(schemas.map((s) => s.safeParse(body).success)));`);

const inputs = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs);
const byPackage = new Map<string, number>();
for (const [file, info] of inputs) {
  const name = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? 'sdk';
  byPackage.set(name, (byPackage.get(name) ?? 0) + info.bytesInOutput);
}
console.log(`@upskill/sdk, createClient + courses.list(): ${kb(code.length)} min, ${kb(gzip)} min+gzip = ${gzip} bytes (goal ${kb(GOAL)}, limit ${kb(LIMIT)} = ${LIMIT} bytes)`);
console.log(`  of which ky + zod/mini + the contract's response schemas alone: ${kb(gzipped(floor.outputFiles[0]!.contents))} min+gzip`);
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) console.log(`  ${name}: ${kb(bytes)} min`);
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
