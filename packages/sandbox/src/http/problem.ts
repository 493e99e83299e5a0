import type { ErrorCode, FieldError } from '@upskill/sdk/schemas';

const TITLES: Record<ErrorCode, string> = {
  invalid_request: 'Invalid request',
  unauthenticated: 'Unauthenticated',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  conflict: 'Conflict',
  idempotency_key_reused: 'Idempotency key reused',
  rate_limited: 'Rate limited',
  internal_error: 'Internal error',
};

/** An error the API answers as `application/problem+json`; services throw it, the app renders it. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }

  /** The RFC 9457 body for this problem. */
  body(requestId: string): Record<string, unknown> {
    return problemBody(this.status, this.code, this.detail, requestId, this.errors);
  }
}

/** Builds an RFC 9457 problem body. */
export function problemBody(
  status: number, code: ErrorCode, detail: string, requestId: string, errors?: FieldError[],
): Record<string, unknown> {
  return {
    type: `urn:upskill:problem:${code}`,
    title: TITLES[code],
    status,
    detail,
    code,
    requestId,
    ...(errors ? { errors } : {}),
  };
}

export const invalid = (detail: string, errors?: FieldError[]) => new ApiProblem(400, 'invalid_request', detail, errors);
export const invalidAt = (path: string, message: string) =>
  new ApiProblem(400, 'invalid_request', `${path}: ${message}`, [{ path, message }]);
export const unauthenticated = (detail: string) => new ApiProblem(401, 'unauthenticated', detail);
export const forbidden = (detail: string) => new ApiProblem(403, 'forbidden', detail);
export const notFound = (detail: string) => new ApiProblem(404, 'not_found', detail);
