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
    /** Also what a record the actor may not see answers: 404, never 403. */
    NotFound: 'NOT_FOUND',
    MethodNotAllowed: 'METHOD_NOT_ALLOWED',
    Conflict: 'CONFLICT',
    InvalidTransition: 'INVALID_TRANSITION',
    RateLimited: 'RATE_LIMITED',
    Unavailable: 'UNAVAILABLE',
    Internal: 'INTERNAL',
};
export function httpStatusOf(code) {
    switch (code) {
        case ErrorCode.ValidationFailed:
        case ErrorCode.MalformedJson:
            return 400;
        case ErrorCode.Unauthenticated:
            return 401;
        case ErrorCode.Forbidden:
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
            return 422;
        case ErrorCode.RateLimited:
            return 429;
        case ErrorCode.Internal:
            return 500;
        case ErrorCode.Unavailable:
            return 503;
        default: {
            const unreachable = code;
            throw new Error(`unmapped error code ${String(unreachable)}`);
        }
    }
}
export class AppError extends Error {
    code;
    details;
    constructor(code, message, details = []) {
        super(message);
        this.code = code;
        this.details = details;
        this.name = 'AppError';
    }
    get status() {
        return httpStatusOf(this.code);
    }
    static notFound(what = 'The resource') {
        return new AppError(ErrorCode.NotFound, `${what} was not found`);
    }
}
//# sourceMappingURL=errors.js.map