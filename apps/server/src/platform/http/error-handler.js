import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, ErrorCode } from '../errors.js';
const CONTEXT_NAMES = {
    querystring: 'query',
    params: 'params',
    body: 'body',
    headers: 'headers',
};
function validationDetails(error) {
    const context = CONTEXT_NAMES[error.validationContext ?? 'body'] ?? 'body';
    return error.validation.flatMap((v) => {
        const base = [context, ...v.instancePath.split('/').filter(Boolean)].join('.');
        if (v.keyword === 'unrecognized_keys' && Array.isArray(v.params.keys)) {
            return v.params.keys.map((key) => ({
                field: `${base}.${key}`,
                reason: 'is not a known field',
            }));
        }
        return [{ field: base, reason: v.message ?? 'is invalid' }];
    });
}
/** Turns anything thrown into an AppError; only AppErrors reach the client. */
export function toAppError(error) {
    if (error instanceof AppError)
        return error;
    if (hasZodFastifySchemaValidationErrors(error)) {
        return new AppError(ErrorCode.ValidationFailed, 'The request is invalid', validationDetails(error));
    }
    const e = error;
    switch (e.code) {
        case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
            return new AppError(ErrorCode.UnsupportedMediaType, 'The Content-Type is not supported; send application/json');
        case 'FST_ERR_CTP_EMPTY_JSON_BODY':
            return new AppError(ErrorCode.MalformedJson, 'The body is empty but Content-Type says JSON', [
                { field: 'body', reason: 'is empty' },
            ]);
        case 'FST_ERR_CTP_BODY_TOO_LARGE':
            return new AppError(ErrorCode.PayloadTooLarge, 'The body is too large');
        case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
            return new AppError(ErrorCode.MalformedJson, 'The Content-Length does not match the body');
        default:
            break;
    }
    if (e instanceof SyntaxError || e.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
        return new AppError(ErrorCode.MalformedJson, 'The body is not valid JSON', [
            { field: 'body', reason: 'is not valid JSON' },
        ]);
    }
    return new AppError(ErrorCode.Internal, 'Something went wrong on our side. Quote the request id if you contact us.');
}
export function sendError(request, reply, error) {
    const body = { error: { code: error.code, message: error.message, requestId: request.id } };
    if (error.details.length > 0)
        body.error.details = error.details;
    return reply.status(error.status).header('cache-control', 'no-store').type('application/json').send(body);
}
export function installErrorHandler(app) {
    app.setErrorHandler((error, request, reply) => {
        const appError = toAppError(error);
        if (appError.code === ErrorCode.Internal) {
            // Log the type and stack for operators, never the message of driver errors (it may quote data).
            const e = error;
            request.log.error({
                err: {
                    type: e?.name,
                    code: error?.code,
                    stack: e?.stack?.split('\n').slice(1, 8).join('\n'),
                },
                responseSerialization: isResponseSerializationError(error) || undefined,
            }, 'request failed');
        }
        else {
            request.log.info({ code: appError.code }, 'request refused');
        }
        return sendError(request, reply, appError);
    });
}
//# sourceMappingURL=error-handler.js.map