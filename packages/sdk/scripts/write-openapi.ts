// Writes the OpenAPI 3.1 document generated from the contract into dist/openapi.json.
import { writeFileSync, readFileSync } from 'node:fs';
import { createOpenApiDocument } from '../src/schemas/index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const target = new URL('../dist/openapi.json', import.meta.url);
writeFileSync(target, JSON.stringify(createOpenApiDocument({ version: pkg.version }), null, 2) + '\n');
console.log('wrote dist/openapi.json');
