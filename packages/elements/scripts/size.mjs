// Size of the CDN build, min+gzip (zlib level 9), KB = 1024 bytes: the entry module plus every
// chunk it imports statically (what a page downloads before the elements can render), then the
// lazy chunks. Fails above the 35 KB budget (goal 30 KB). Run after scripts/build-cdn.mjs; `--json`
// adds a last line `{"gzipBytes":…}`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const GOAL = 30;
const BUDGET = 35;
const root = new URL('..', import.meta.url);
const entry = 'dist/cdn/upskill-elements.js';
const { outputs } = JSON.parse(readFileSync(new URL('dist/cdn-meta.json', root), 'utf8'));

const gzipBytes = (file) => gzipSync(readFileSync(new URL(file, root)), { level: 9 }).length;
const gzipKB = (file) => gzipBytes(file) / 1024;
const kb = (value) => `${value.toFixed(1).padStart(6)} KB`;

const initial = new Set();
const visit = (file) => {
  if (initial.has(file)) return;
  initial.add(file);
  for (const { path, kind } of outputs[file]?.imports ?? []) if (kind === 'import-statement') visit(path);
};
visit(entry);

let total = 0;
console.log('Initial load (entry + static imports), min+gzip:');
for (const file of initial) {
  const size = gzipKB(file);
  total += size;
  console.log(`  ${kb(size)}  ${file}`);
}

// Where the initial bytes come from (minified, before gzip), by package.
const byPackage = new Map();
for (const file of initial) {
  for (const [input, { bytesInOutput }] of Object.entries(outputs[file].inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(input);
    const name = match ? match[1] : input.includes('packages/sdk/') || input.startsWith('../sdk/') ? '@upskill/sdk' : '@upskill/elements';
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
}
console.log('  minified bytes by package:');
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) {
  console.log(`    ${(bytes / 1024).toFixed(1).padStart(6)} KB  ${name}`);
}

console.log('Lazy chunks (dynamic import only), min+gzip:');
for (const file of Object.keys(outputs)) {
  if (!file.endsWith('.js') || initial.has(file)) continue;
  const inputs = Object.keys(outputs[file].inputs);
  const what = inputs.find((i) => /locales\/(fr|es)/.test(i)) ?? (inputs.some((i) => i.includes('verify')) ? 'credential verifier' : inputs[0]);
  console.log(`  ${kb(gzipKB(file))}  ${file}  (${what?.replace(/^.*node_modules\//, '') ?? 'shared'})`);
}

const verdict = total > BUDGET ? `over the ${BUDGET} KB budget` : total > GOAL ? `within the ${BUDGET} KB budget, above the ${GOAL} KB goal` : `within the ${GOAL} KB goal`;
console.log(`CDN initial size: ${total.toFixed(1)} KB min+gzip, ${verdict}.`);
// `--json`: one last line for tools (the benchmarks), with the same figure in bytes.
if (process.argv.includes('--json')) {
  const bytes = [...initial].reduce((sum, file) => sum + gzipBytes(file), 0);
  console.log(JSON.stringify({ gzipBytes: bytes, files: [...initial], goalKB: GOAL, budgetKB: BUDGET }));
}
if (total > BUDGET) process.exit(1);
