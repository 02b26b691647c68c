import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
/** The built front ends, found relative to this file from both src/ and dist/. */
export const WEB_DIST = fileURLToPath(new URL('../../../../web/dist/', import.meta.url));
export const PORTAL_DIST = fileURLToPath(new URL('../../../../portal/dist/', import.meta.url));
export const PORTAL_PREFIX = '/portal/';
function cacheHeaders(res, filePath) {
    // Vite fingerprints everything under assets/, so those may be cached for good; the HTML may not.
    res.setHeader('cache-control', filePath.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store');
}
/**
 * Serves the staff app at / and the citizen portal at /portal/. Paths that match no file get the
 * app's index.html so client-side routes survive a reload; /api paths never do.
 */
export async function installStaticApps(app, apps) {
    const served = [];
    if (existsSync(`${apps.portal}/index.html`)) {
        await app.register(fastifyStatic, {
            root: apps.portal,
            prefix: PORTAL_PREFIX,
            decorateReply: false,
            setHeaders: cacheHeaders,
            wildcard: true,
        });
        served.push({ prefix: PORTAL_PREFIX, root: apps.portal });
    }
    if (existsSync(`${apps.web}/index.html`)) {
        await app.register(fastifyStatic, {
            root: apps.web,
            prefix: '/',
            decorateReply: true,
            setHeaders: cacheHeaders,
            wildcard: true,
        });
        served.push({ prefix: '/', root: apps.web });
    }
    return served;
}
/** The SPA fallback for a GET that matched no route and no file; undefined when not applicable. */
export function spaFallback(served, request, reply) {
    if (request.method !== 'GET' && request.method !== 'HEAD')
        return undefined;
    const path = request.url.split('?')[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/'))
        return undefined;
    // A missing asset is a 404, not an HTML page in its place.
    if (/\.[a-z0-9]{1,8}$/i.test(path) && !path.endsWith('.html'))
        return undefined;
    const target = served.find((s) => s.prefix === '/' ? true : path === s.prefix.slice(0, -1) || path.startsWith(s.prefix));
    if (!target)
        return undefined;
    return reply.header('cache-control', 'no-store').sendFile('index.html', target.root);
}
//# sourceMappingURL=static-apps.js.map