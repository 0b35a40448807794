// A strict Content-Security-Policy for demo/csp.html, as a Koa-style middleware for
// @web/dev-server (`npm start`, web-dev-server.config.mjs) and @web/test-runner
// (web-test-runner.config.mjs; test/isolation/csp-strict-page.test.ts checks it).
//
// The policy is the strictest one the widget needs: scripts, styles, the feed request
// and everything else only from the page's own origin, no inline script or style, and
// Trusted Types for every script sink with exactly one policy allowed: `lit-html`, the
// name lit-html passes to trustedTypes.createPolicy (node_modules/lit-html/lit-html.js).
// A page that also loads the feed or the bundle from another host adds that host to
// `script-src` / `connect-src`.
//
// The pages are sent exactly as they are on disk, past the server's plugins: the test
// runner's server adds a script to every HTML page it serves (its web-socket client),
// and a page under test must hold nothing the demo does not.
import { readFile } from 'node:fs/promises';

/** The directory both servers serve (their rootDir '.'): the one above demo/. */
const ROOT = new URL('../', import.meta.url);

export const STRICT_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/**
 * The pages served with the policy (path names, without query): the demo, and the static
 * pages of `npm run render:demo` (scripts/render-demo.mjs), which must work under it too:
 * their JSON-LD is a data block, not a script, and their stylesheet a file.
 */
export const CSP_PAGES = [
  '/demo/csp.html',
  '/dist/static/de/index.html',
  '/dist/static/en/index.html',
  '/dist/static/with-fallback.html',
];

/**
 * Answers GET/HEAD for `pages` with the file as it is, `Content-Security-Policy: policy`
 * and `no-store` (a browser never shows a cached copy served without the header), and
 * passes every other request on.
 */
export function cspMiddleware({ pages = CSP_PAGES, policy = STRICT_POLICY } = {}) {
  const paths = new Set(pages);
  return async (ctx, next) => {
    if (!paths.has(ctx.path) || !['GET', 'HEAD'].includes(ctx.method)) return next();
    ctx.type = 'html';
    ctx.set('Content-Security-Policy', policy);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await readFile(new URL(`.${ctx.path}`, ROOT), 'utf8');
  };
}
