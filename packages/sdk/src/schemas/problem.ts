import * as z from 'zod/mini';

/** Every error code the API answers with. */
export const ErrorCode = /* @__PURE__ */ z.enum([
  'invalid_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'idempotency_key_reused',
  'rate_limited',
  'internal_error',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One invalid field: `path` is a JSON Pointer such as `/events/0/lessonId`. */
export const FieldError = /* @__PURE__ */ z.looseObject({ path: /* @__PURE__ */ z.string(), message: /* @__PURE__ */ z.string() });
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, the body of every error response (`application/problem+json`). */
export const Problem = /* @__PURE__ */ z.looseObject({
  type: /* @__PURE__ */ z.string(),
  title: /* @__PURE__ */ z.string(),
  status: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int()),
  detail: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  code: /* @__PURE__ */ z.string(),
  requestId: /* @__PURE__ */ z.string(),
  errors: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(FieldError)),
});
export type Problem = z.infer<typeof Problem>;

type Issue = z.core.$ZodIssue;

const escapePointer = (segment: PropertyKey) =>
  String(segment).replaceAll('~', '~0').replaceAll('/', '~1');

/** Renders a path as a JSON Pointer (`['events', 0, 'id']` → `/events/0/id`). */
export function toJsonPointer(path: readonly PropertyKey[]): string {
  return path.map((s) => '/' + escapePointer(s)).join('');
}

const unit = (origin: string) =>
  origin === 'string' ? ' characters' : origin === 'array' ? ' items' : '';

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      return `must be at least ${String(issue.minimum)}${unit(issue.origin)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${unit(issue.origin)}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input'
        ? issue.message
        : `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'does not match any allowed shape';
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is invalid';
  }
}

/**
 * Turns schema issues into the `errors[]` of a problem: one `{ path, message }` per invalid
 * field, `path` a JSON Pointer below `base`. Unknown fields are reported at their own path.
 */
export function toFieldErrors(issues: readonly Issue[], base: readonly PropertyKey[] = []): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: toJsonPointer([...base, ...issue.path, key]), message: 'unknown field' });
      }
    } else {
      out.push({ path: toJsonPointer([...base, ...issue.path]), message: describe(issue) });
    }
  }
  return out;
}
