/**
 * The widget inside an `<iframe srcdoc>` and inside `<iframe sandbox="allow-scripts">`
 * (issue #13, kind 5). There `history.replaceState` throws a SecurityError (the frame's
 * URL is about:srcdoc, or its origin is opaque): URL sync is then off, quietly. The
 * reader types a query and opens an entry; the directory filters, and no uncaught
 * error reaches the frame's page.
 *
 * The built bundle and the demo feed are written into the frame's document (a sandboxed
 * frame may not load modules from our origin); the frame reports back by postMessage.
 */
import { expect } from '@open-wc/testing';
import { BUNDLE_URL, DEMO_FEED_URL, DEMO_IDS } from '../bundle/helpers.js';

interface FrameReport {
  readonly before: string[];
  readonly after: string[];
  readonly opened: boolean;
  readonly errors: string[];
}

/** Text that may stand inside a <script> element without ending it. */
const scriptSafe = (text: string) => text.replace(/<\/(script)/gi, '<\\/$1');

async function frameDocument(): Promise<string> {
  const bundle = await (await fetch(BUNDLE_URL)).text();
  const feed = await (await fetch(DEMO_FEED_URL)).text();
  return `<!doctype html><html lang="de"><head><meta charset="utf-8">
<script>
  window.errors = [];
  addEventListener('error', (e) => errors.push('error: ' + e.message));
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + ((e.reason && e.reason.stack) || e.reason)));
</script>
<script type="module">${scriptSafe(bundle)}</script>
</head><body>
<network-directory><script type="application/json">${scriptSafe(feed)}</script></network-directory>
<script type="module">
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const el = document.querySelector('network-directory');
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('.card'); i++) await wait(25);
  const ids = () => [...el.shadowRoot.querySelectorAll('.card')].map((c) => c.dataset.id);
  const before = ids();
  const input = el.shadowRoot.querySelector('input[type="search"]');
  input.value = 'akim';
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  await wait(1000); // the URL is written once typing pauses (700 ms)
  el.shadowRoot.querySelector('.card .toggle')?.click(); // writes the URL at once
  await el.updateComplete;
  const opened = el.shadowRoot.querySelector('.card .toggle')?.getAttribute('aria-expanded') === 'true';
  await wait(100);
  parent.postMessage({ nd: 'frame-report', before, after: ids(), opened, errors }, '*');
</script>
</body></html>`;
}

/** Mounts a frame with `srcdoc` (and `sandbox` when given) and waits for its report. */
async function runInFrame(sandbox: string | null): Promise<FrameReport> {
  const frame = document.createElement('iframe');
  if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
  frame.style.width = '900px';
  frame.style.height = '700px';
  const report = new Promise<FrameReport>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the frame never reported')), 15000);
    addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow || event.data?.nd !== 'frame-report') return;
      clearTimeout(timer);
      removeEventListener('message', onMessage);
      resolve(event.data as FrameReport);
    });
  });
  frame.srcdoc = await frameDocument();
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

describe('embedded in frames where the URL cannot be written', () => {
  for (const [name, sandbox] of [
    ['<iframe srcdoc>', null],
    ['<iframe srcdoc sandbox="allow-scripts">', 'allow-scripts'],
  ] as const) {
    it(`${name}: filters and opens entries, no uncaught error`, async () => {
      const report = await runInFrame(sandbox);
      expect(report.before).to.deep.equal(DEMO_IDS);
      expect(report.after).to.deep.equal(['akim']);
      expect(report.opened).to.equal(true);
      expect(report.errors).to.deep.equal([]);
    });
  }
});
