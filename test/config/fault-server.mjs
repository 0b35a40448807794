// Network faults for the tests in test/hostile/, served by the real test server.
//
// `faultServer()` is a Koa middleware (as @web/dev-server uses) for web-test-runner.config.mjs.
// It answers these paths on the test server's own origin and passes every other request on:
//
//   /__faults/feed?entry=ID                 a valid feed with one entry `ID`
//   /__faults/status/CODE                   that HTTP status (404, 500, …) with a short text body
//   /__faults/slow?ms=N&id=X&entry=ID       the feed after N ms
//   /__faults/hang?id=X                     status 200, the first bytes of a feed, then nothing
//   /__faults/endless?id=X                  status 200, bytes without end (no Content-Length), 1.6 MB/s
//   /__faults/html-200                      an HTML error page with status 200
//   /__faults/typed/TYPE?body=json|html|empty  a body served with Content-Type TYPE (URL-encoded)
//   /__faults/redirect?to=PATH              302 to PATH on this origin
//   /__faults/log?id=X                      what happened to request X: { started, finished, aborted }
//   /__faults/origin                        { url } of the second origin (below)
//   /__faults/bytes/NAME?chunk=N            test/fixtures/encodings/NAME byte for byte (the dev
//                                           server would decode a .json file as UTF-8 and
//                                           re-encode it), in pieces of N bytes if given
//   /test/hostile/feeds/generated/NAME      the big feeds of test/hostile/generated-feeds.mjs
//
// A second origin (its own http server on 127.0.0.1, an ephemeral port) serves
// /feed.json without Access-Control-Allow-Origin (a CORS refusal) and /feed-cors.json with it.
//
// No handle outlives its request: every timer is cleared and every endless response
// ends when the client goes away (a 3 s cap ends the rest); the second server is unref'd,
// so it never keeps the test runner alive.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { generatedFeed } from '../hostile/generated-feeds.mjs';

// Longer than any time-out a test sets on a hanging route (800 ms; an endless one ends at
// `max-bytes` in well under a second), and short: WebKitGTK keeps an aborted connection open
// until the server ends it, so one test file's faults held the host's few connections for the
// next file, which then waited in WebKit (a 30 s cap stalled the all-at-once test past its
// limit; with 8 s it still took 15–20 s after network-faults, and once failed).
const HANG_CAP_MS = 3_000;
const GENERATED = '/test/hostile/feeds/generated/';

/** What happened to each tagged request (`id=`), for tests that check an abort reached the server. */
const log = new Map();

export const faultFeed = (entry = 'fault-feed') =>
  JSON.stringify({
    version: 1,
    language: 'de',
    title: { de: 'Störungsprobe', en: 'Fault test' },
    networks: [{ id: entry, name: { de: `Eintrag ${entry}`, en: `Entry ${entry}` } }],
  });

const HTML_PAGE =
  '<!doctype html><html><head><title>Fehler</title></head><body><h1>Wartungsarbeiten</h1><p>Bitte später wieder.</p></body></html>';

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

/** Tracks request `id` and calls `onGone` if the client disconnects before the response ends. */
function track(id, res, onGone = () => {}) {
  const entry = { started: Date.now(), finished: false, aborted: false };
  if (id) log.set(id, entry);
  res.on('close', () => {
    entry.finished = res.writableFinished;
    entry.aborted = !res.writableFinished;
    onGone();
  });
  return entry;
}

/** Handles a fault path; false when the path is not one of ours. */
function handleFault(req, res, url, secondOrigin) {
  const q = url.searchParams;
  const id = q.get('id') ?? '';
  const path = url.pathname;
  if (path.startsWith(GENERATED)) {
    const body = generatedFeed(decodeURIComponent(path.slice(GENERATED.length)));
    if (!body) return false;
    if (path.endsWith('-chunked.json')) {
      // No Content-Length: sent in pieces, so the browser cannot know the size in advance.
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      for (let i = 0; i < body.length; i += 64 * 1024) res.write(body.subarray(i, i + 64 * 1024));
      res.end();
    } else {
      send(res, 200, 'application/json', body, { 'Content-Length': body.length });
    }
    return true;
  }
  if (!path.startsWith('/__faults/')) return false;
  const route = path.slice('/__faults/'.length);
  const [name, arg] = route.split('/');
  switch (name) {
    case 'bytes': {
      if (!/^[\w.-]+$/.test(arg ?? '')) return false;
      let body;
      try {
        body = readFileSync(new URL(`../fixtures/encodings/${arg}`, import.meta.url));
      } catch {
        return false;
      }
      const chunk = Number(q.get('chunk')) || body.length;
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      for (let i = 0; i < body.length; i += chunk) res.write(body.subarray(i, i + chunk));
      res.end();
      return true;
    }
    case 'feed':
      track(id, res);
      send(res, 200, 'application/json', faultFeed(q.get('entry') ?? undefined));
      return true;
    case 'status': {
      const status = Number(arg) || 500;
      send(res, status, 'text/plain', `status ${status}`);
      return true;
    }
    case 'slow': {
      const ms = Number(q.get('ms')) || 5000;
      let timer;
      track(id, res, () => clearTimeout(timer));
      timer = setTimeout(() => send(res, 200, 'application/json', faultFeed(q.get('entry') ?? 'slow')), ms);
      return true;
    }
    case 'hang': {
      let cap;
      track(id, res, () => clearTimeout(cap));
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.write('{"version": 1, "language": "de", "networks": [');
      cap = setTimeout(() => res.destroy(), HANG_CAP_MS);
      return true;
    }
    case 'endless': {
      let stopped = false;
      let cap;
      let timer;
      track(id, res, () => {
        stopped = true;
        clearTimeout(cap);
        clearTimeout(timer);
      });
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.write('{"version": 1, "language": "de", "networks": [], "padding": "');
      const chunk = Buffer.alloc(16 * 1024, 'x');
      // 16 KB every 10 ms (1.6 MB/s), as a server on the internet might send, and never faster
      // than the client reads (back-pressure). Unpaced on localhost it sent gigabytes per
      // second, which WebKitGTK goes on handing to the page after the request was aborted: the
      // page froze for up to two minutes (the all-at-once test in no-errors-reach-host, two of
      // six runs; none in four runs without this route).
      const pump = () => {
        if (stopped) return;
        if (res.write(chunk)) timer = setTimeout(pump, 10);
        else res.once('drain', pump);
      };
      pump();
      cap = setTimeout(() => {
        clearTimeout(timer);
        res.destroy();
      }, HANG_CAP_MS);
      return true;
    }
    case 'html-200':
      send(res, 200, 'text/html; charset=utf-8', HTML_PAGE);
      return true;
    case 'typed': {
      const kind = q.get('body');
      const body = kind === 'html' ? HTML_PAGE : kind === 'empty' ? '' : faultFeed(q.get('entry') ?? 'typed');
      send(res, 200, decodeURIComponent(arg ?? 'text/plain'), body);
      return true;
    }
    case 'redirect':
      res.writeHead(302, { Location: q.get('to') ?? '/', 'Cache-Control': 'no-store' });
      res.end();
      return true;
    case 'log':
      send(res, 200, 'application/json', JSON.stringify(log.get(id) ?? null));
      return true;
    case 'origin':
      secondOrigin.then(
        (origin) => send(res, 200, 'application/json', JSON.stringify({ url: origin })),
        (error) => send(res, 500, 'text/plain', String(error)),
      );
      return true;
    default:
      send(res, 404, 'text/plain', `no fault route ${route}`);
      return true;
  }
}

/** The second origin: the same feed with and without permission to read it from another origin. */
function startSecondOrigin() {
  return new Promise((resolve, reject) => {
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/feed.json') send(res, 200, 'application/json', faultFeed('other-origin'));
      else if (path === '/feed-cors.json') {
        send(res, 200, 'application/json', faultFeed('other-origin-allowed'), { 'Access-Control-Allow-Origin': '*' });
      } else send(res, 404, 'text/plain', 'not found');
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.unref(); // never keeps the test runner alive
      resolve(`http://127.0.0.1:${server.address().port}`);
    });
  });
}

let secondOrigin;

export function faultServer() {
  return async (ctx, next) => {
    const url = new URL(ctx.url, 'http://localhost');
    if (!url.pathname.startsWith('/__faults/') && !url.pathname.startsWith(GENERATED)) return next();
    secondOrigin ??= startSecondOrigin();
    ctx.respond = false; // the raw response is ours
    if (!handleFault(ctx.req, ctx.res, url, secondOrigin)) {
      ctx.respond = true;
      return next();
    }
  };
}
