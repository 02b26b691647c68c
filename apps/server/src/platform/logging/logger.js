import { randomUUID } from 'node:crypto';
/**
 * Log lines carry ids, codes and timings, never personal data. We never log bodies, query strings
 * (a search for a name or fødselsnummer would land in them), cookies or authorization headers.
 */
export function loggerOptions(level) {
    return {
        level,
        base: { service: 'vern' },
        timestamp: () => `,"time":"${new Date().toISOString()}"`,
        messageKey: 'msg',
        serializers: {
            req: (req) => ({ method: req.method, path: pathOnly(req.url) }),
            res: (res) => ({ status: res.statusCode }),
        },
        redact: {
            paths: ['req.headers', 'headers', 'cookie', 'authorization', 'password', 'token'],
            remove: true,
        },
    };
}
export function pathOnly(url) {
    const q = url.indexOf('?');
    return q === -1 ? url : url.slice(0, q);
}
const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;
/** Keeps a well-formed request id from a trusted proxy for correlation, else makes one. */
export function requestId(header) {
    return typeof header === 'string' && INCOMING_ID.test(header) ? header : randomUUID();
}
//# sourceMappingURL=logger.js.map