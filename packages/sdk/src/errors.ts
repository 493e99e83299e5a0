import type { FieldError } from './schemas/problem.js';

/**
 * The root of every error the SDK throws, so `catch (e) { if (e instanceof UpskillError) … }`
 * tells the SDK's failures from the application's own. No error ever holds a token, a key or
 * the request headers.
 */
export class UpskillError extends Error {
  /** Creates an error; `cause` keeps the underlying error when there is one. */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** What the server said in its `application/problem+json` body. */
export interface ApiErrorDetails {
  /** The API's error code, such as `not_found` or `invalid_request`. */
  code: string;
  /** A short human summary of the problem type. */
  title: string;
  /** What went wrong for this request, when the server said. */
  detail?: string | undefined;
  /** The server's `x-request-id`, to quote when reporting the problem. */
  requestId: string | null;
  /** One `{ path, message }` per invalid field (`path` a JSON Pointer such as `/events/0/lessonId`). */
  errors?: FieldError[] | undefined;
}

/** The server answered with an error status (4xx or 5xx). Subclasses exist per common status. */
export class ApiError extends UpskillError {
  /** The HTTP status. */
  readonly status: number;
  /** The API's error code, such as `not_found` (see the API reference for the list). */
  readonly code: string;
  /** A short human summary of the problem type. */
  readonly title: string;
  /** What went wrong for this request, when the server said. */
  readonly detail: string | undefined;
  /** The server's request id (`x-request-id`), or `null` if the response had none. */
  readonly requestId: string | null;
  /** The invalid fields, each with a JSON Pointer `path`; empty unless the input was invalid. */
  readonly errors: FieldError[];

  /**
   * @param status - The HTTP status.
   * @param details - The problem body's fields.
   * @param where - The request, as `METHOD /path` (no query, no headers), for the message.
   */
  constructor(status: number, details: ApiErrorDetails, where: string) {
    const fields = (details.errors ?? []).map((e) => ` ${e.path} ${e.message}`).join(',');
    super(`${where}: ${status} ${details.code}, ${details.detail ?? details.title}${fields} (request id ${details.requestId})`);
    this.status = status;
    this.code = details.code;
    this.title = details.title;
    this.detail = details.detail;
    this.requestId = details.requestId;
    this.errors = details.errors ?? [];
  }
}

/** 400 `invalid_request`: malformed input; `errors[]` names each invalid field. */
export class BadRequestError extends ApiError {}
/** 401 `unauthenticated`: the token is missing, unknown or expired. */
export class AuthenticationError extends ApiError {}
/** 403 `forbidden`: the token may not do this (for example a session token reading another learner). */
export class PermissionDeniedError extends ApiError {}
/** 404 `not_found`: no such resource, or not visible to this token. */
export class NotFoundError extends ApiError {}
/** 409 `conflict`: the request conflicts with the resource's current state. */
export class ConflictError extends ApiError {}
/** 422 `idempotency_key_reused`: the same `Idempotency-Key` was sent with a different body. */
export class UnprocessableEntityError extends ApiError {}
/** 429 `rate_limited`: too many requests; `retryAfter` says how long to wait. */
export class RateLimitError extends ApiError {
  /** Seconds the server asked to wait (`Retry-After`), or `null` if it did not say. */
  readonly retryAfter: number | null;
  /** @param retryAfter - The `Retry-After` header in seconds, if any. */
  constructor(status: number, details: ApiErrorDetails, where: string, retryAfter: number | null) {
    super(status, details, where);
    this.retryAfter = retryAfter;
  }
}
/** 5xx: the server failed (after the SDK's retries, for 502, 503 and 504). */
export class InternalServerError extends ApiError {}

/** The request never got an HTTP answer: DNS failure, refused or reset connection, CORS. */
export class NetworkError extends UpskillError {}

/** No answer within the `timeout` (per attempt), after the SDK's retries. */
export class TimeoutError extends UpskillError {}

/** The caller aborted the request through its `signal`. */
export class AbortError extends UpskillError {}

/**
 * The server answered 2xx but the body does not match the contract (or is not JSON). The
 * message names the first JSON Pointer path and the request id; `issues` lists them all.
 */
export class ResponseValidationError extends UpskillError {
  /** JSON Pointer of the first mismatch (`''` for the whole body, such as malformed JSON). */
  readonly path: string;
  /** The server's request id, or `null` if the response had none. */
  readonly requestId: string | null;
  /** Every mismatch, `{ path, message }`. */
  readonly issues: FieldError[];

  /**
   * @param where - The request, as `METHOD /path`.
   * @param issues - The mismatches; the first one is named in the message.
   */
  constructor(where: string, requestId: string | null, issues: FieldError[], options?: { cause?: unknown }) {
    const first = issues[0]!;
    super(`${where}: unexpected response, ${first.path || 'body'} ${first.message} (request id ${requestId})`, options);
    this.path = first.path;
    this.requestId = requestId;
    this.issues = issues;
  }
}

// Names set on the prototypes, not from `constructor.name`, so they survive minification.
for (const [name, ErrorClass] of Object.entries({
  UpskillError, ApiError, BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError,
  ConflictError, UnprocessableEntityError, RateLimitError, InternalServerError, NetworkError,
  TimeoutError, AbortError, ResponseValidationError,
})) {
  ErrorClass.prototype.name = name;
}

const byStatus: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
};

/** Builds the error class that matches a status. Internal to the SDK. */
export function apiErrorFor(status: number, details: ApiErrorDetails, where: string, retryAfter: number | null): ApiError {
  if (status === 429) return new RateLimitError(status, details, where, retryAfter);
  const ErrorClass = byStatus[status] ?? (status >= 500 ? InternalServerError : ApiError);
  return new ErrorClass(status, details, where);
}
