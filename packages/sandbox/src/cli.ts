import { relative } from 'node:path';
import { configFromEnv } from './config.js';
import { startSandbox } from './index.js';
import { organisations, personas } from './seed/index.js';

async function main(): Promise<void> {
  let config;
  try {
    config = configFromEnv(process.env, process.cwd());
  } catch (error) {
    console.error(`upskill-sandbox: ${(error as Error).message}`);
    process.exit(1);
  }
  const sandbox = await startSandbox({
    ...config,
    logger: { info: (m) => console.log(m), error: (m) => console.error(m) },
  });
  const shown = relative(process.cwd(), config.db);
  const where = config.db === ':memory:' ? 'in memory' : shown && !shown.startsWith('..') ? shown : config.db;
  const seeded = sandbox.seed.seeded
    ? `new database seeded with ${sandbox.seed.jobs} job postings in ${sandbox.seed.milliseconds} ms`
    : 'existing database';
  const lines = [
    '',
    `Upskill sandbox: ${where} (${seeded})`,
    `  Demo portal     ${sandbox.url}/`,
    `  API             ${sandbox.url}/v1  (OpenAPI: ${sandbox.url}/v1/openapi.json)`,
    `  Public origin   ${sandbox.publicUrl}`,
    '  Secret keys (sandbox test keys):',
    ...organisations.map((o) => `    ${o.secretKey.padEnd(24)} ${o.name}`),
    '  Demo learners (Northwind Retail):',
    ...personas.map((p) => `    ${p.id.padEnd(24)} ${p.name} (${p.stage})`),
    `  Demo session    ${sandbox.url}/demo/session?learner=<learner id>  (loopback only)`,
    '',
    `Upskill sandbox listening on ${sandbox.url}`,
  ];
  console.log(lines.join('\n'));
  const stop = () => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`upskill-sandbox failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
