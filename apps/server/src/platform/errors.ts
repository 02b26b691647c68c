/**
 * The one error type of the API. Every failure a client sees is an AppError with a code from
 * ErrorCode; the code decides the HTTP status in exactly one place (httpStatusOf). Messages are
 * written for the client and never contain internals (SQL, stack traces, file paths).
 */
export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  MalformedJson: 'MALFORMED_JSON',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  Unauthenticated: 'UNAUTHENTICATED',
  /** Used for authenticated users lacking a capability where the resource itself is not secret. */
  Forbidden: 'FORBIDDEN',
  /** A state-changing request of a session without that session's x-csrf-token header. */
  CsrfFailed: 'CSRF_FAILED',
  /** Also what a record the actor may not see answers: 404, never 403. */
  NotFound: 'NOT_FOUND',
  MethodNotAllowed: 'METHOD_NOT_ALLOWED',
  Conflict: 'CONFLICT',
  InvalidTransition: 'INVALID_TRANSITION',
  /** A file whose content is refused for what it is (e.g. the virus scanner found malware). */
  ContentRefused: 'CONTENT_REFUSED',
  RateLimited: 'RATE_LIMITED',
  Unavailable: 'UNAVAILABLE',
  Internal: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.ValidationFailed:
    case ErrorCode.MalformedJson:
      return 400;
    case ErrorCode.Unauthenticated:
      return 401;
    case ErrorCode.Forbidden:
    case ErrorCode.CsrfFailed:
      return 403;
    case ErrorCode.NotFound:
      return 404;
    case ErrorCode.MethodNotAllowed:
      return 405;
    case ErrorCode.Conflict:
      return 409;
    case ErrorCode.PayloadTooLarge:
      return 413;
    case ErrorCode.UnsupportedMediaType:
      return 415;
    case ErrorCode.InvalidTransition:
    case ErrorCode.ContentRefused:
      return 422;
    case ErrorCode.RateLimited:
      return 429;
    case ErrorCode.Internal:
      return 500;
    case ErrorCode.Unavailable:
      return 503;
    default: {
      const unreachable: never = code;
      throw new Error(`unmapped error code ${String(unreachable)}`);
    }
  }
}

export interface ErrorDetail {
  /** Where the problem is, as a dotted path: `body.melder.kode`, `query.limit`, `params.id`. */
  field: string;
  reason: string;
  /** A stable code for the rule that refused it (e.g. a case step's 'DATE_BEFORE'), when there is one. */
  code?: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return httpStatusOf(this.code);
  }

  static notFound(what = 'The resource'): AppError {
    return new AppError(ErrorCode.NotFound, `${what} was not found`);
  }
}
