/**
 * The Upskill API contract: zod schemas of every resource, request body, query, list envelope
 * and problem+json error, with their inferred types. The sandbox and the SDK both import these.
 * @packageDocumentation
 */
export * from './common.js';
export * from './problem.js';
export * from './catalog.js';
export * from './learners.js';
export * from './credentials.js';
export * from './endpoints.js';
export { createOpenApiDocument } from './openapi.js';
