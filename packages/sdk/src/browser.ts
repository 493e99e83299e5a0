/**
 * The browser build of `@upskill/sdk` (picked by the `browser` export condition): the same API,
 * with zod's `jitless` mode set before any schema is built, for strict Content-Security-Policies.
 * @packageDocumentation
 */
import './jitless.js';

export * from './exports.js';
