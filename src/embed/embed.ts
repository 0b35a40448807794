/**
 * The script of dist/embed.html: the directory in a page of its own, for an iframe or an
 * oEmbed link. It configures the page's `<network-directory>` from the page URL, reports the
 * content's height to the framing page, and keeps the entries' links working from inside a
 * sandboxed frame. It runs before dist/network-directory.js (module scripts run in order), so
 * the element upgrades with its attributes already set. It never touches the element's code:
 * links are caught on the composed path of the click.
 *
 * A separate file, not an inline script: the page works under `script-src 'self'`.
 */
import type { Feed } from '../feed/types.js';
import { resolveText } from '../feed/text.js';
import { DEFAULT_SRC, readEmbedConfig, secretFromHash } from './embed-config.js';
import { goHref, linkRefFor, readLinkRef, resolveLinkRef, withoutLinkRef, type LinkRef } from './entry-links.js';
import { heightMessages, isReadyMessage, linkMessage } from './frame-messages.js';

type Directory = HTMLElement & { src?: string; currentLocale?: 'de' | 'en' };

/**
 * The page's own words, outside the element (which speaks through @lit/localize): two strings
 * do not justify a second copy of the localization runtime in this script.
 */
const FULL_DIRECTORY = {
  de: 'Verzeichnis auf eigener Seite öffnen',
  en: 'Open the directory on a page of its own',
} as const;

/** Whether this page is inside a frame. A cross-origin `parent` can still be compared. */
function isFramed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

/** `href` without WordPress's `#?secret=…` and without a `go`/`link` pair: the directory itself. */
function directoryHref(href: string): string {
  const url = new URL(href);
  const rest = withoutLinkRef(url.search);
  return `${url.origin}${url.pathname}${rest ? `?${rest}` : ''}`;
}

function sameOrigin(href: string): boolean {
  try {
    return new URL(href, document.baseURI).origin === location.origin;
  } catch {
    return false;
  }
}

/** Posts to the framing page; a host that has gone away must not break this page. */
function tellParent(message: unknown): void {
  try {
    window.parent.postMessage(message, '*');
  } catch {
    /* nothing to tell */
  }
}

function start(el: Directory): void {
  const framed = isFramed();
  const secret = framed ? secretFromHash(location.hash) : null;
  const { config, refused } = readEmbedConfig(location.search);
  for (const name of refused)
    console.warn(
      `network-directory embed page: the value of "${name}" in the address was ignored (docs/embedding.md lists the values).`,
    );
  for (const [name, value] of Object.entries(config)) el.setAttribute(name, value);
  if (!el.getAttribute('src')) el.setAttribute('src', DEFAULT_SRC);
  if (config.lang) document.documentElement.lang = config.lang;

  // A `go` page only passes the reader on; a frame's URL is one nobody sees or shares, and
  // in a sandbox `history.replaceState` may throw. The page on its own keeps the URL state.
  const go = readLinkRef(location.search);
  if (framed || go) el.setAttribute('no-url-state', '');
  if (go?.entry) el.setAttribute('entry', go.entry);

  let feed: Feed | null = null;
  const bar = document.querySelector<HTMLElement>('.embed-bar');
  const full = bar?.querySelector('a') ?? null;
  const locale = (): 'de' | 'en' => el.currentLocale ?? (config.lang === 'en' ? 'en' : 'de');
  const refreshWords = (): void => {
    if (full) full.textContent = FULL_DIRECTORY[locale()];
    if (bar) bar.lang = locale();
    const title = feed && resolveText(feed.title, locale(), feed.language);
    if (title) document.title = title.text;
  };
  if (framed && bar && full) {
    full.href = directoryHref(location.href);
    bar.hidden = false;
  }
  refreshWords();

  el.addEventListener('nd-feed-loaded', (event) => {
    feed = event.detail.feed;
    refreshWords();
    if (go && !framed) follow(feed, go, el);
  });
  // The language switch is inside the element: follow it after every click there.
  el.addEventListener(
    'click',
    () => void (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete?.then(refreshWords),
  );

  if (framed) {
    catchLinks(() => feed, full, secret);
    const report = reportHeight(document.querySelector('.embed') ?? document.body, secret);
    // Browsers deliver no ResizeObserver notes to a frame they throttle (scrolled out of
    // view, or clipped as WordPress keeps a frame until its first height; WebKit also for a
    // same-origin frame): measure after every change of the element too, and again a little
    // later, for what settles after the render without an event of its own (cards out of
    // view take their real height once the browser has seen them: content-visibility).
    // Layout runs on demand and timers run, throttled or not; an unchanged height is not sent.
    const afterRender = (): void =>
      void (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete?.then(() => {
        report();
        for (const delay of SETTLE_DELAYS_MS) setTimeout(() => report(), delay);
      });
    for (const type of [
      'nd-feed-loaded',
      'nd-feed-failed',
      'nd-filters-changed',
      'nd-entry-opened',
      'click',
      'keyup',
    ]) {
      el.addEventListener(type, afterRender);
    }
  }
}

/**
 * On a `go` page: go on to the address the feed holds for `ref`. Only for a feed from this
 * page's own origin, whose owner chose the addresses; from another feed the page stays, and
 * shows the entry with its links for the reader to choose.
 */
function follow(feed: Feed, ref: LinkRef, el: Directory): void {
  const href = resolveLinkRef(feed, ref);
  if (href && sameOrigin(el.getAttribute('src') ?? DEFAULT_SRC)) location.replace(href);
}

/**
 * Links in a frame. WordPress's sandbox opens no new window and lets the frame navigate the
 * top page only to the frame's own host: a link there goes to this page's `go` address
 * through WordPress's `link` message. In any other frame the link opens in a new tab.
 */
function catchLinks(currentFeed: () => Feed | null, full: HTMLAnchorElement | null, secret: string | null): void {
  addEventListener(
    'click',
    (event) => {
      const path = event.composedPath();
      const anchor = path.find(
        (node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'),
      );
      if (!anchor) return;
      let href: string | null = null;
      if (anchor === full) {
        href = anchor.href;
      } else {
        const feed = currentFeed();
        const card = path.find((node): node is Element => node instanceof Element && node.matches('.card[data-id]'));
        const inFooter = path.some((node) => node instanceof Element && node.matches('footer'));
        const ref =
          feed && (card || inFooter)
            ? linkRefFor(feed, card ? card.getAttribute('data-id') : null, anchor.getAttribute('href')!)
            : null;
        if (ref) href = goHref(location.href, ref);
      }
      if (href === null) return;
      if (secret) {
        event.preventDefault();
        tellParent(linkMessage(href, secret));
      } else {
        anchor.target = '_blank';
        anchor.rel = 'noopener';
      }
    },
    true,
  );
}

/** When the height is measured again after a change of the element (ms): see `start`. */
const SETTLE_DELAYS_MS = [250, 1000];

/**
 * Tells the framing page the content's height: at once, on load, when WordPress says it is
 * ready, and whenever the content box grows or shrinks. The content is measured, not the
 * document: a frame's document is never shorter than the frame, so it would never shrink.
 * Browsers with responsive iframes (CSS `frame-sizing`, `<meta name="responsive-embedded-sizing">`)
 * are asked to measure again too.
 */
function reportHeight(content: Element, secret: string | null): () => void {
  let last = -1;
  const report = (force = false, measured?: number): void => {
    const height = Math.ceil(measured ?? content.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    for (const message of heightMessages(height, secret)) tellParent(message);
    try {
      // Responsive iframes (CSS Box Sizing 4): Chromium 156 has the API but refused the call
      // in our probe even with the meta tag (docs/embedding.md); where it works, it re-measures.
      (window as { requestResize?: () => void }).requestResize?.();
    } catch {
      /* the messages above still size the frame */
    }
  };
  // Inside the observer, its own measure: forcing layout there (getBoundingClientRect) can
  // change the box again in the same round, which Firefox reports as an error.
  new ResizeObserver((entries) => {
    const entry = entries[entries.length - 1];
    report(false, entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height);
  }).observe(content);
  addEventListener('load', () => report(true));
  addEventListener('message', (event) => {
    if (event.source === window.parent && isReadyMessage(event.data, secret)) report(true);
  });
  report();
  return report;
}

const directory = document.querySelector<Directory>('network-directory');
if (directory) start(directory);
else console.error('network-directory embed page: the page has no <network-directory> element.');
