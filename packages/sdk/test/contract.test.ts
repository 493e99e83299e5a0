import { test } from 'node:test';
import assert from 'node:assert/strict';
import SwaggerParser from '@apidevtools/swagger-parser';
import * as s from '../src/schemas/index.js';

const skill = { id: 'skl_prompting', name: 'Prompt design' };
const course = {
  id: 'crs_ai_basics', title: 'AI at work', summary: 'Basics', language: 'en', languages: ['en', 'fr'],
  level: 'foundation', durationMinutes: 45, lessons: [{ id: 'les_1', title: 'Intro' }], skills: [skill],
  imageUrl: 'http://localhost:4010/v1/images/courses/crs_ai_basics.svg',
};
const job = {
  id: 'job_1', title: 'Store analyst', employer: { id: 'emp_1', name: 'Bluefield Grocers' },
  location: { city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'FR', remote: false },
  skills: [{ ...skill, level: 3, required: true }], preferredCertificationIds: ['crt_ops'], postedAt: '2026-10-01T00:00:00Z',
};
const credential = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: 'http://localhost:4010/v1/credentials/cred_1', type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'did:key:z6Mk', type: ['Profile'], name: 'Northwind Retail' }, validFrom: '2026-01-01T00:00:00Z',
  credentialSubject: { id: 'urn:uuid:1', achievement: { id: 'http://x/crt', type: ['Achievement'], name: 'Ops', description: 'd' } },
};
const progress = { learnerId: 'lrn_1', courseId: 'crs_1', completedLessons: 1, totalLessons: 4, percent: 25, status: 'in_progress', updatedAt: '2026-01-01T00:00:00Z' };
const event = { id: 'evt_1', learnerId: 'me', courseId: 'crs_1', lessonId: 'les_1', verb: 'completed', occurredAt: '2026-01-01T10:00:00Z' };

/** For every schema of the contract: a valid example, and a broken one with the path it must name. */
const cases: { name: string; schema: { safeParse(v: unknown): { success: boolean; error?: { issues: unknown[] } } }; valid: unknown; invalid: unknown; path: string }[] = [
  { name: 'Skill', schema: s.Skill, valid: { ...skill, category: 'AI', description: 'd', url: 'u' }, invalid: { ...skill, category: 1, description: 'd', url: 'u' }, path: '/category' },
  { name: 'Course', schema: s.Course, valid: course, invalid: { ...course, level: 'expert' }, path: '/level' },
  { name: 'Certification', schema: s.Certification, valid: { id: 'crt_1', name: 'n', description: 'd', courseIds: ['crs_1'], skills: [skill], validityMonths: 24, imageUrl: 'u' }, invalid: { id: 'crt_1', name: 'n', description: 'd', courseIds: [1], skills: [], validityMonths: 24, imageUrl: 'u' }, path: '/courseIds/0' },
  { name: 'Job', schema: s.Job, valid: job, invalid: { ...job, location: { ...job.location, remote: 'yes' } }, path: '/location/remote' },
  { name: 'Learner', schema: s.Learner, valid: { id: 'lrn_1', externalId: 'e1', name: 'Ana', locale: 'es', skills: [{ ...skill, level: 2, evidence: { type: 'self' } }], consent: { shareWithEmployers: false, updatedAt: null }, createdAt: '2026-01-01T00:00:00Z' }, invalid: { id: 'lrn_1', externalId: 'e1', name: 'Ana', locale: 'es', skills: [{ ...skill, level: 9, evidence: { type: 'self' } }], consent: { shareWithEmployers: false, updatedAt: null }, createdAt: 'x' }, path: '/skills/0/level' },
  { name: 'LearnerCreate', schema: s.LearnerCreate, valid: { externalId: 'hr-1', name: 'Ana' }, invalid: { externalId: 'hr-1', name: '' }, path: '/name' },
  { name: 'LearnerCreate (extra field)', schema: s.LearnerCreate, valid: { externalId: 'hr-1', name: 'Ana', email: 'a@b.co' }, invalid: { externalId: 'hr-1', name: 'Ana', admin: true }, path: '/admin' },
  { name: 'LearnerUpdate', schema: s.LearnerUpdate, valid: { skills: [{ id: 'skl_a', level: 3 }] }, invalid: { skills: [{ id: 'crs_a', level: 3 }] }, path: '/skills/0/id' },
  { name: 'ConsentUpdate', schema: s.ConsentUpdate, valid: { shareWithEmployers: true }, invalid: { shareWithEmployers: 'true' }, path: '/shareWithEmployers' },
  { name: 'Consent', schema: s.Consent, valid: { shareWithEmployers: true, updatedAt: '2026-01-01T00:00:00Z' }, invalid: { shareWithEmployers: null, updatedAt: null }, path: '/shareWithEmployers' },
  { name: 'SessionCreate', schema: s.SessionCreate, valid: { learnerId: 'lrn_1', ttlSeconds: 600 }, invalid: { learnerId: 'lrn_1', ttlSeconds: 7200 }, path: '/ttlSeconds' },
  { name: 'Session', schema: s.Session, valid: { token: 't', expiresAt: 'x', learnerId: 'lrn_1' }, invalid: { expiresAt: 'x', learnerId: 'lrn_1' }, path: '/token' },
  { name: 'EnrollmentCreate', schema: s.EnrollmentCreate, valid: { learnerId: 'me', courseId: 'crs_1' }, invalid: { learnerId: 'me', courseId: '../etc' }, path: '/courseId' },
  { name: 'Enrollment', schema: s.Enrollment, valid: { id: 'enr_1', learnerId: 'lrn_1', courseId: 'crs_1', createdAt: 'x' }, invalid: { id: 'enr_1', learnerId: 'lrn_1', createdAt: 'x' }, path: '/courseId' },
  { name: 'Progress', schema: s.Progress, valid: progress, invalid: { ...progress, percent: 140 }, path: '/percent' },
  { name: 'ProgressBatch', schema: s.ProgressBatch, valid: { events: [event] }, invalid: { events: [event, { ...event, lessonId: 7 }] }, path: '/events/1/lessonId' },
  { name: 'ProgressBatch (empty)', schema: s.ProgressBatch, valid: { events: [event] }, invalid: { events: [] }, path: '/events' },
  { name: 'ProgressBatchResult', schema: s.ProgressBatchResult, valid: { accepted: 1, duplicates: 0, progress: [progress] }, invalid: { accepted: -1, duplicates: 0, progress: [] }, path: '/accepted' },
  { name: 'JobMatch', schema: s.JobMatch, valid: { job, score: 0.8, matchedSkills: [{ ...skill, level: 3, evidence: { type: 'credential', id: 'cred_1' } }], missingSkills: [{ ...skill, required: true, recommendedCourses: [{ id: 'crs_1', title: 't', level: 'foundation', durationMinutes: 30 }] }] }, invalid: { job, score: 1.5, matchedSkills: [], missingSkills: [] }, path: '/score' },
  { name: 'OpenBadgeCredential', schema: s.OpenBadgeCredential, valid: credential, invalid: { ...credential, credentialSubject: { achievement: { id: 'x', type: ['Achievement'], description: 'd' } } }, path: '/credentialSubject/achievement/name' },
  { name: 'CredentialRecord', schema: s.CredentialRecord, valid: { id: 'cred_1', learnerId: 'lrn_1', certificationId: 'crt_1', status: 'active', issuedAt: 'x', expiresAt: null, url: 'u', credential }, invalid: { id: 'cred_1', learnerId: 'lrn_1', certificationId: 'crt_1', status: 'lost', issuedAt: 'x', expiresAt: null, url: 'u', credential }, path: '/status' },
  { name: 'IssuerProfile', schema: s.IssuerProfile, valid: { id: 'did:key:z6Mk', type: ['Profile'], name: 'Northwind Retail' }, invalid: { id: 'did:key:z6Mk', type: ['Profile'] }, path: '/name' },
  { name: 'StatusListCredential', schema: s.StatusListCredential, valid: { '@context': [], id: 'u', type: ['VerifiableCredential'], credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: 'uH4' } }, invalid: { '@context': [], id: 'u', type: ['VerifiableCredential'], credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation' } }, path: '/credentialSubject/encodedList' },
  { name: 'Problem', schema: s.Problem, valid: { type: 'about:blank', title: 'Bad', status: 400, code: 'invalid_request', requestId: 'r', errors: [{ path: '/x', message: 'm' }] }, invalid: { type: 'about:blank', title: 'Bad', status: 400, code: 'invalid_request' }, path: '/requestId' },
  { name: 'CoursesQuery', schema: s.CoursesQuery, valid: { limit: '50', level: 'foundation' }, invalid: { limit: '101' }, path: '/limit' },
  { name: 'CoursesQuery (unknown filter)', schema: s.CoursesQuery, valid: { q: 'ai' }, invalid: { sort: 'x' }, path: '/sort' },
  { name: 'JobsQuery', schema: s.JobsQuery, valid: { remote: 'true', skill: 'skl_a' }, invalid: { remote: 'maybe' }, path: '/remote' },
  { name: 'JobMatchesQuery', schema: s.JobMatchesQuery, valid: { minScore: '0.5' }, invalid: { minScore: '2' }, path: '/minScore' },
  { name: 'ListQuery', schema: s.ListQuery, valid: { cursor: 'abc' }, invalid: { limit: '0' }, path: '/limit' },
  { name: 'page(Course)', schema: s.page(s.Course), valid: { data: [course], nextCursor: null }, invalid: { data: [{ ...course, durationMinutes: '45' }], nextCursor: null }, path: '/data/0/durationMinutes' },
];

for (const c of cases) {
  test(`contract: ${c.name} accepts a valid example and names the broken field`, () => {
    assert.equal(c.schema.safeParse(c.valid).success, true, `${c.name}: valid example rejected`);
    const result = c.schema.safeParse(c.invalid);
    assert.equal(result.success, false, `${c.name}: broken example accepted`);
    const paths = s.toFieldErrors(result.error!.issues as never).map((e) => e.path);
    assert.ok(paths.includes(c.path), `${c.name}: expected an error at ${c.path}, got ${paths.join(', ')}`);
  });
}

test('contract: response schemas keep unknown fields (forward compatibility)', () => {
  const parsed = s.Course.parse({ ...course, newField: { nested: true } }) as Record<string, unknown>;
  assert.deepEqual(parsed.newField, { nested: true });
});

test('contract: field errors read as sentences with JSON Pointer paths', () => {
  const r = s.ProgressBatch.safeParse({ events: [{ ...event, 'a/b': 1, occurredAt: 'yesterday' }] });
  const errors = s.toFieldErrors(r.error!.issues);
  assert.deepEqual(errors, [
    { path: '/events/0/occurredAt', message: 'must be a valid datetime' },
    { path: '/events/0/a~1b', message: 'unknown field' },
  ]);
});

const PRODUCT_PATHS = [
  'get /healthz', 'get /v1/openapi.json', 'get /v1/skills', 'get /v1/skills/{id}', 'get /v1/courses', 'get /v1/courses/{id}',
  'get /v1/certifications', 'get /v1/certifications/{id}', 'post /v1/learners', 'get /v1/learners', 'get /v1/learners/{id}',
  'patch /v1/learners/{id}', 'delete /v1/learners/{id}', 'put /v1/learners/{id}/consent', 'post /v1/enrollments',
  'get /v1/learners/{id}/enrollments', 'get /v1/learners/{id}/progress', 'post /v1/progress-events',
  'get /v1/learners/{id}/credentials', 'get /v1/credentials/{id}', 'get /v1/issuers/{id}', 'get /v1/status-lists/{id}',
  'post /v1/credentials/{id}/revoke', 'get /v1/jobs', 'get /v1/jobs/{id}', 'get /v1/learners/{id}/job-matches', 'post /v1/sessions',
];

test('openapi: a valid OpenAPI 3.1 document with every path of the contract and resolvable $refs', async () => {
  const doc = s.createOpenApiDocument();
  assert.equal(doc.openapi, '3.1.0');
  const paths = doc.paths as Record<string, Record<string, unknown>>;
  const present = Object.entries(paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
  for (const expected of PRODUCT_PATHS) assert.ok(present.includes(expected), `missing ${expected}`);
  // validate() checks the structure against the OpenAPI 3.1 schema and dereferences every $ref.
  await SwaggerParser.validate(structuredClone(doc) as never);
  const refs = JSON.stringify(doc).match(/"\$ref":"([^"]+)"/g) ?? [];
  assert.ok(refs.length > 20);
  for (const ref of refs) {
    const pointer = ref.slice(8, -1).replace(/^#\//, '').split('/');
    let node: unknown = doc;
    for (const part of pointer) node = (node as Record<string, unknown>)[part];
    assert.ok(node, `unresolved ${ref}`);
  }
});

test('openapi: error responses are problem+json and request bodies are strict', () => {
  const doc = s.createOpenApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>; components: { schemas: Record<string, { additionalProperties?: unknown }> } };
  const op = doc.paths['/v1/progress-events']!.post!;
  assert.ok(op.responses['400']!.content!['application/problem+json']);
  assert.equal(doc.components.schemas.RecordProgressBody!.additionalProperties, false);
});
