import * as z from 'zod/mini';
import { ErrorCode, Problem } from './problem.js';
import { endpoints, type Endpoint } from './endpoints.js';

type JsonSchema = Record<string, unknown>;

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };
const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: PROBLEM_REF } },
});

function toSchema(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete json.$schema;
  return json;
}

function queryParameters(query: z.ZodMiniType | undefined): JsonSchema[] {
  if (!query) return [];
  const json = toSchema(query, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, schema]) => ({
    name, in: 'query', required: required.has(name), schema,
  }));
}

function operation(endpoint: Endpoint, schemaName: (e: Endpoint, kind: string) => string) {
  const parameters: JsonSchema[] = [];
  if (endpoint.path.includes('{id}')) {
    parameters.push({
      name: 'id', in: 'path', required: true, schema: { type: 'string' },
      description: endpoint.path.startsWith('/learners/') ? 'A learner id, or `me` for the session\'s learner' : 'The resource id',
    });
  }
  parameters.push(...queryParameters(endpoint.query));
  parameters.push({ name: 'Accept-Language', in: 'header', required: false, schema: { type: 'string' }, description: 'en, fr or es' });
  parameters.push({ name: 'X-Request-Id', in: 'header', required: false, schema: { type: 'string' } });
  if (endpoint.method === 'post') {
    parameters.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 } });
  }
  const responses: Record<string, unknown> = {
    [String(endpoint.status)]: endpoint.response
      ? {
          description: 'Success',
          headers: { 'x-request-id': { schema: { type: 'string' } } },
          content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName(endpoint, 'Response')}` } } },
        }
      : { description: 'Done, no content' },
    '400': problemResponse('Invalid request (malformed JSON, schema violation, bad query)'),
    '404': problemResponse('Not found'),
    '429': problemResponse('Rate limited; see Retry-After'),
  };
  if (endpoint.method === 'post' && endpoint.operationId === 'createEnrollment') {
    responses['200'] = { description: 'Already enrolled: the existing enrollment', content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName(endpoint, 'Response')}` } } } };
    responses['422'] = problemResponse('Idempotency-Key reused with a different body');
  }
  if (endpoint.auth !== 'public') {
    responses['401'] = problemResponse('Missing, malformed or expired token');
    responses['403'] = problemResponse('The token may not do this');
  }
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    ...(endpoint.auth === 'public' ? { security: [] } : {}),
    ...(endpoint.auth === 'secret' ? { security: [{ secretKey: [] }] } : {}),
    parameters,
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName(endpoint, 'Body')}` } } },
          },
        }
      : {}),
    responses,
  };
}

/**
 * Builds the OpenAPI 3.1 document of the Upskill API from the contract's schemas: every path,
 * parameter, request body, response and problem+json error. `serverUrl` is the server origin.
 */
export function createOpenApiDocument(options: { serverUrl?: string; version?: string } = {}): Record<string, unknown> {
  const schemas: Record<string, JsonSchema> = {
    Problem: { ...toSchema(Problem, 'output'), properties: { ...(toSchema(Problem, 'output').properties as object), code: { type: 'string', enum: ErrorCode.options } } },
  };
  const names = new Map<z.ZodMiniType, string>();
  const schemaName = (endpoint: Endpoint, kind: string) => {
    const schema = kind === 'Body' ? endpoint.body! : endpoint.response!;
    const existing = names.get(schema);
    if (existing) return existing;
    const name = endpoint.operationId.charAt(0).toUpperCase() + endpoint.operationId.slice(1) + kind;
    names.set(schema, name);
    schemas[name] = toSchema(schema, kind === 'Body' ? 'input' : 'output');
    return name;
  };
  const paths: Record<string, Record<string, unknown>> = {
    '/healthz': {
      get: {
        operationId: 'health', summary: 'Liveness', security: [],
        responses: { '200': { description: 'Alive', content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' } } } } } } },
      },
    },
  };
  for (const endpoint of endpoints) {
    const path = '/v1' + endpoint.path;
    (paths[path] ??= {})[endpoint.method] = operation(endpoint, schemaName);
  }
  paths['/v1/openapi.json'] = {
    get: { operationId: 'getOpenApi', summary: 'This document', security: [], responses: { '200': { description: 'The OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } } },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Upskill API',
      version: options.version ?? '1.0.0',
      description: 'Courses, learning progress, Open Badges 3.0 credentials and explainable, consent-based job matches.',
    },
    servers: [{ url: options.serverUrl ?? 'http://localhost:4010' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'A partner secret key (sk_test_…) or a learner session token' },
        secretKey: { type: 'http', scheme: 'bearer', description: 'A partner secret key (sk_test_…), for partner servers only' },
      },
      schemas,
    },
  };
}
