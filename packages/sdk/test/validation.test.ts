import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BadRequestError, createClient, InternalServerError, NotFoundError, ResponseValidationError } from '../src/index.js';
import { course, json, problem, scriptedFetch } from './support.js';

const client = (...steps: Response[]) => createClient({ baseUrl: 'http://localhost:4010', token: 't', fetch: scriptedFetch(steps).fetch, retry: 0 });

test('a wrong-typed field: ResponseValidationError naming the JSON Pointer path and the request id', async () => {
  const upskill = client(json({ data: [course, { ...course, durationMinutes: '45' }], nextCursor: null }, 200, { 'x-request-id': 'req_abc' }));
  const error = await upskill.courses.list().then(() => null, (e: unknown) => e);
  assert.ok(error instanceof ResponseValidationError);
  assert.equal(error.path, '/data/1/durationMinutes');
  assert.equal(error.requestId, 'req_abc');
  assert.deepEqual(error.issues, [{ path: '/data/1/durationMinutes', message: 'expected number' }]);
  assert.match(error.message, /\/data\/1\/durationMinutes/);
  assert.match(error.message, /req_abc/);
  assert.match(error.message, /GET \/v1\/courses/);
});

test('malformed JSON in a 2xx answer is a ResponseValidationError for the whole body', async () => {
  const upskill = client(new Response('{"id": "crs_1", ', { status: 200, headers: { 'x-request-id': 'req_broken' } }));
  const error = await upskill.courses.get('crs_1').catch((e: unknown) => e);
  assert.ok(error instanceof ResponseValidationError);
  assert.equal(error.path, '');
  assert.equal(error.requestId, 'req_broken');
  assert.match(error.message, /body is not valid JSON \(request id req_broken\)/);
  assert.ok(error.cause instanceof SyntaxError);
});

test('a missing field and a bad enum value are reported with their paths', async () => {
  const { title: _title, ...untitled } = course;
  const upskill = client(json({ ...untitled, level: 'expert' }));
  const error = await upskill.courses.get('crs_1').catch((e: unknown) => e);
  assert.ok(error instanceof ResponseValidationError);
  assert.deepEqual(error.issues.map((i) => i.path).sort(), ['/level', '/title']);
});

test('unknown extra fields are kept (forward compatibility)', async () => {
  const upskill = client(json({ ...course, rating: 4.5, lessons: [{ id: 'les_1', title: 'Intro', videoUrl: 'v.mp4' }] }));
  const result = await upskill.courses.get('crs_1');
  assert.equal(result.rating, 4.5);
  assert.equal(result.lessons[0]!.videoUrl, 'v.mp4');
});

test('400 problem: BadRequestError with errors[] paths and the request id', async () => {
  const upskill = client(problem(400, 'invalid_request', {
    detail: 'The request body is invalid', errors: [{ path: '/courseId', message: 'must be an id starting with "crs_"' }],
  }));
  const error = await upskill.enrollments.create({ learnerId: 'me', courseId: 'x' }).catch((e: unknown) => e);
  assert.ok(error instanceof BadRequestError);
  assert.equal(error.status, 400);
  assert.equal(error.code, 'invalid_request');
  assert.equal(error.detail, 'The request body is invalid');
  assert.equal(error.requestId, 'req_problem_1');
  assert.deepEqual(error.errors, [{ path: '/courseId', message: 'must be an id starting with "crs_"' }]);
  assert.match(error.message, /POST \/v1\/enrollments: 400 invalid_request, The request body is invalid \/courseId must be/);
});

test('404 problem: NotFoundError', async () => {
  const error = await client(problem(404, 'not_found', { detail: 'No course crs_x' })).courses.get('crs_x').catch((e: unknown) => e);
  assert.ok(error instanceof NotFoundError);
  assert.equal(error.name, 'NotFoundError');
  assert.equal(error.title, 'not found');
  assert.deepEqual(error.errors, []);
});

test('an error answer that is not problem+json still maps by status, with the header request id', async () => {
  const upskill = client(new Response('<html>Bad gateway</html>', { status: 500, statusText: 'Internal Server Error', headers: { 'x-request-id': 'req_proxy' } }));
  const error = await upskill.courses.get('crs_1').catch((e: unknown) => e);
  assert.ok(error instanceof InternalServerError);
  assert.equal(error.code, 'http_500');
  assert.equal(error.title, 'Internal Server Error');
  assert.equal(error.requestId, 'req_proxy');
});
