// `Access-Control-Allow-Origin: *` on what a sandboxed embed page loads, for the test server
// (web-test-runner.config.mjs). A frame with `sandbox="allow-scripts"` has an opaque origin,
// so even its own host's module scripts and feed are cross-origin requests to it: a host of
// dist/embed.html must send this header on network-directory.js, embed.js and the feed
// (docs/embedding.md). test/embed/ checks the page in such a frame.
import { STRICT_POLICY, cspMiddleware } from '../../demo/csp-middleware.mjs';

/**
 * The strict policy for dist/embed.html, with this server's host names beside 'self': in a
 * frame with an opaque origin (sandbox without allow-same-origin), WebKit matches 'self'
 * against nothing, so a policy for an embed page names its own host (docs/embedding.md).
 */
export const EMBED_POLICY = STRICT_POLICY.replace(/'self'/g, "'self' http://localhost:* http://127.0.0.1:*");

const SHARED = [/^\/dist\/[^/]+\.(js|css)$/, /^\/demo\/feed\.json$/, /^\/test\/embed\/[^/]+\.json$/];

export function corsMiddleware() {
  return async (ctx, next) => {
    // Set before the file is served: the server's static middleware answers without coming back.
    if (SHARED.some((path) => path.test(ctx.path))) ctx.set('Access-Control-Allow-Origin', '*');
    return next();
  };
}

/** Both, for web-test-runner.config.mjs: the embed page under EMBED_POLICY, and CORS. */
export function embedMiddleware() {
  return [cspMiddleware({ pages: ['/dist/embed.html'], policy: EMBED_POLICY }), corsMiddleware()];
}
