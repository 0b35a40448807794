// `npm start`: serves the project root and opens the demo, which loads the built
// dist/network-directory.js exactly as an embedding page would.
// /demo/csp.html is served with a strict Content-Security-Policy (demo/csp-middleware.mjs).
// The port: PORT, else 8000 or the next free one (scripts/dev-server-port.mjs says why).
import { cspMiddleware } from './demo/csp-middleware.mjs';
import { choosePort, PortError } from './scripts/dev-server-port.mjs';

let port;
try {
  const chosen = await choosePort(process.env);
  if (chosen.note) console.log(chosen.note);
  port = chosen.port;
} catch (error) {
  if (!(error instanceof PortError)) throw error;
  console.error(error.message);
  process.exit(1);
}

export default {
  rootDir: '.',
  port,
  hostname: 'localhost',
  open: process.env.CI ? false : '/demo/',
  watch: false, // no reload script injected into the pages: demo/csp.html allows no inline script
  middleware: [cspMiddleware()],
};
