// The port `npm start` serves on (web-dev-server.config.mjs). @web/dev-server, given a port
// that is taken, prints a stack trace from EADDRINUSE and exits with status 0; so the port
// is chosen here, before the server starts:
// - PORT set: exactly that port, or a one-line error naming it and a free one to try.
// - PORT not set: 8000, or the next free port above it (a message says which).
import net from 'node:net';
import { pathToFileURL } from 'node:url';

/** The port `npm start` tries first when PORT is not set. */
export const DEFAULT_PORT = 8000;

/** How many ports above the first one are tried before giving up. */
const PORTS_TRIED = 20;

/** A port `npm start` cannot use, with a message for the person who ran it (one line). */
export class PortError extends Error {
  name = 'PortError';
}

/**
 * Whether nothing listens on `port`, tested the way @web/dev-server listens with
 * hostname 'localhost' (on every interface, no host given), so a server bound to
 * 0.0.0.0 only (python3 -m http.server) counts as taking the port.
 * @param {number} port
 * @returns {Promise<boolean>} false when the port is in use or not ours to open (EACCES).
 */
export function isPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    });
    probe.once('listening', () => probe.close(() => resolve(true)));
    probe.listen({ port });
  });
}

/**
 * The first free port from `first` on, trying `PORTS_TRIED` ports.
 * @param {number} first
 * @returns {Promise<number | undefined>} undefined when all of them are taken.
 */
export async function firstFreePort(first) {
  for (let port = first; port < first + PORTS_TRIED && port <= 65535; port++) {
    if (await isPortFree(port)) return port;
  }
  return undefined;
}

/**
 * Reads PORT: a whole number from 1 to 65535.
 * @param {string} text
 * @returns {number}
 * @throws {PortError} for anything else, so that a typo does not quietly serve elsewhere.
 */
export function parsePort(text) {
  const port = Number(text.trim());
  if (!/^\s*\d+\s*$/.test(text) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new PortError(`npm start: PORT=${text} is not a port number (1 to 65535), e.g. PORT=8080 npm start`);
  }
  return port;
}

/**
 * The port to serve on and what to tell the person who ran `npm start`.
 * @param {{ PORT?: string }} env usually process.env
 * @param {number} [first] the port tried first when PORT is not set (tests pass a free one)
 * @returns {Promise<{ port: number, note?: string }>} `note` (one line) when the port is not
 *   the one asked for.
 * @throws {PortError} when PORT names a busy port, or every port tried is busy.
 */
export async function choosePort(env, first = DEFAULT_PORT) {
  if (env.PORT !== undefined && env.PORT !== '') {
    const port = parsePort(env.PORT);
    if (await isPortFree(port)) return { port };
    const other = await firstFreePort(port + 1);
    const hint = other === undefined ? 'PORT=<another port>' : `PORT=${other}`;
    throw new PortError(`npm start: port ${port} is in use (PORT=${env.PORT}). Choose another: ${hint} npm start`);
  }
  const port = await firstFreePort(first);
  if (port === undefined) {
    throw new PortError(
      `npm start: ports ${first} to ${first + PORTS_TRIED - 1} are all in use. Choose one: PORT=<port> npm start`,
    );
  }
  if (port === first) return { port };
  return { port, note: `npm start: port ${first} is in use, serving on ${port} instead (PORT=<port> chooses one).` };
}

// `node scripts/dev-server-port.mjs`, first in `npm start`: a busy PORT is reported before
// the build (about 30 s), not after it. Exit 1 with the same line as the server config.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await choosePort(process.env);
  } catch (error) {
    if (!(error instanceof PortError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
