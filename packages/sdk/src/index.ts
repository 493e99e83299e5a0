/**
 * `@upskill/sdk`: the typed client of the Upskill API. Create one with {@link createClient};
 * every response is validated against the contract, whose schemas live in `@upskill/sdk/schemas`
 * (their types are re-exported here). Credential verification is `@upskill/sdk/verify`.
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { prepareSchemas } from './transport.js';

// Outside browsers, zod compiles each response schema into one generated function on first use:
// list pages validate several times faster. It falls back to the interpreted parser when the
// runtime forbids `new Function`, and for every invalid response (same errors either way); it is
// off under `z.config({ jitless: true })`. The browser entry never loads it (strict CSP, size).
const compiled = new WeakMap<z.ZodMiniType, z.ZodMiniType>();
prepareSchemas((schema) => {
  let fast = compiled.get(schema);
  if (!fast) compiled.set(schema, (fast = z.config().jitless ? schema : z.compile(schema)));
  return fast as typeof schema;
});

export * from './exports.js';
