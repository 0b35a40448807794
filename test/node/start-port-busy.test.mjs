// `npm start` when its port is taken (a `python3 -m http.server` left running): it used to
// print a stack trace from EADDRINUSE and exit with status 0. Now PORT names exactly one
// port (busy: one line naming it and a free one, exit 1), and without PORT the server moves
// to the next free port and says so. scripts/dev-server-port.mjs, web-dev-server.config.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { choosePort, isPortFree, parsePort, PortError } from '../../scripts/dev-server-port.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Listens on a port the system picks, on every interface (as python's http.server on 0.0.0.0 would block it). */
async function occupyPort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen({ port: 0 }, resolve));
  return { port: server.address().port, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Runs `node args…` in the project as `npm start` does, for at most 20 s. */
function run(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, CI: 'true', ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill(), 20_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out });
    });
  });
}

test('a port something listens on is not free; after it closes, it is', async () => {
  const busy = await occupyPort();
  assert.equal(await isPortFree(busy.port), false);
  await busy.close();
  assert.equal(await isPortFree(busy.port), true);
});

test('PORT naming a busy port: a one-line error that names it and a free port to choose instead', async (t) => {
  const busy = await occupyPort();
  t.after(busy.close);
  await assert.rejects(choosePort({ PORT: String(busy.port) }), (error) => {
    assert.ok(error instanceof PortError, String(error));
    assert.match(error.message, new RegExp(`port ${busy.port} is in use`));
    assert.match(error.message, /Choose another: PORT=\d+ npm start$/);
    assert.doesNotMatch(error.message, /\n/);
    return true;
  });
});

test('without PORT, a busy first port gives the next free one and a note saying so', async (t) => {
  const busy = await occupyPort();
  t.after(busy.close);
  const chosen = await choosePort({}, busy.port);
  assert.notEqual(chosen.port, busy.port);
  assert.ok(chosen.port > busy.port, `${chosen.port} comes after ${busy.port}`);
  assert.match(chosen.note ?? '', new RegExp(`port ${busy.port} is in use, serving on ${chosen.port} instead`));
});

test('without PORT, a free first port is used as it is, with nothing to say', async () => {
  const probe = await occupyPort();
  await probe.close();
  assert.deepEqual(await choosePort({}, probe.port), { port: probe.port });
});

test('PORT that is not a port number is refused rather than replaced by 8000', () => {
  for (const text of ['abc', '80a', '0', '65536', '-1', '8000.5']) {
    assert.throws(() => parsePort(text), PortError, text);
  }
  assert.equal(parsePort('8080'), 8080);
});

const DEV_SERVER = ['node_modules/@web/dev-server/dist/bin.js', '--config', 'web-dev-server.config.mjs'];
const PORT_CHECK = ['scripts/dev-server-port.mjs'];

for (const [what, args] of [
  ['the dev server', DEV_SERVER],
  ['the port check that npm start runs before the build', PORT_CHECK],
]) {
  test(`${what} with PORT on a busy port: exit 1 and one line, no stack trace`, async (t) => {
    const busy = await occupyPort();
    t.after(busy.close);
    const result = await run(args, { PORT: String(busy.port) });
    assert.equal(result.signal, null, `it should stop by itself, not be killed after 20 s:\n${result.out}`);
    assert.equal(result.code, 1, result.out);
    assert.match(
      result.out,
      new RegExp(
        `^npm start: port ${busy.port} is in use \\(PORT=${busy.port}\\)\\. Choose another: PORT=\\d+ npm start\n$`,
      ),
    );
    assert.doesNotMatch(result.out, /EADDRINUSE|\n\s+at /);
  });
}

test('the port check with a free PORT says nothing and lets npm start go on (exit 0)', async () => {
  const probe = await occupyPort();
  await probe.close();
  const result = await run(PORT_CHECK, { PORT: String(probe.port) });
  assert.deepEqual({ code: result.code, out: result.out }, { code: 0, out: '' });
});
