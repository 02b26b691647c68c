/** Content Security Policy for every response. Scripts only from our own origin; nothing framed. */
export const CONTENT_SECURITY_POLICY = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
].join('; ');
export function installSecurityHeaders(app, options) {
    app.addHook('onSend', async (request, reply, payload) => {
        reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
        reply.header('x-content-type-options', 'nosniff');
        reply.header('referrer-policy', 'no-referrer');
        reply.header('x-frame-options', 'DENY');
        reply.header('cross-origin-opener-policy', 'same-origin');
        reply.header('cross-origin-resource-policy', 'same-origin');
        reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
        if (options.behindTls)
            reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
        // Personal data must never sit in a shared or browser cache; only fingerprinted assets may.
        if (!reply.hasHeader('cache-control'))
            reply.header('cache-control', 'no-store');
        reply.header('x-request-id', request.id);
        return payload;
    });
}
//# sourceMappingURL=security-headers.js.map