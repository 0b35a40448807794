// `npm start`: serves the project root and opens the demo, which loads the built
// dist/network-directory.js exactly as an embedding page would.
// /demo/csp.html is served with a strict Content-Security-Policy (demo/csp-middleware.mjs).
import { cspMiddleware } from './demo/csp-middleware.mjs';

const port = Number(process.env.PORT) || 8000;

export default {
  rootDir: '.',
  port,
  hostname: 'localhost',
  open: process.env.CI ? false : '/demo/',
  watch: false, // no reload script injected into the pages: demo/csp.html allows no inline script
  middleware: [cspMiddleware()],
};
