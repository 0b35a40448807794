/**
 * Shared set-up for the embed page's tests: dist/embed.html in an iframe, framed the way
 * WordPress frames an oEmbed (`sandbox="allow-scripts"`, `#?secret=…`, heights clamped to
 * 200–1000 px as wp-includes/js/wp-embed.js does), either from this test page's origin
 * (`localhost`, so the test can reach into it) or from another one (`127.0.0.1`, the same
 * server under another name: opaque and cross-origin, as in a real CMS).
 */
import { waitUntil } from '@open-wc/testing';
import type { Directory, FrameWindow } from '../isolation/helpers.js';

export type { Directory, FrameWindow };

export const SECRET = 'Ab3dE6gH9k';
export const EMBED_PATH = '/dist/embed.html';
/** The demo feed, relative to the embed page (dist/). */
export const DEMO_SRC = '../demo/feed.json';
/** A feed with every kind of link (e-mail, phone, website, further links, footer). */
export const LINKS_SRC = '../test/embed/links-feed.json';

export interface FramedEmbed {
  frame: HTMLIFrameElement;
  /** Every message the frame posted to this page, in order. */
  messages: any[];
  /** The WordPress height messages' values, in order. */
  wordpressHeights: () => number[];
  /** The last value of our own `network-directory:height` message. */
  ownHeight: () => number | undefined;
  remove: () => void;
}

export interface EmbedOptions {
  /** `cross`: served from 127.0.0.1 while this page is on localhost. Default `same`. */
  origin?: 'same' | 'cross';
  /** The iframe's `sandbox`; `null` for none. Default WordPress's `allow-scripts` (plus `allow-same-origin` for `same`, so the test can reach in). */
  sandbox?: string | null;
  /** WordPress's `#?secret=`; `null` for a frame not made by WordPress. */
  secret?: string | null;
  width?: number;
  /**
   * `true` (default): the host clamps to 200–1000 px as WordPress does. `false`: it follows the
   * height as it is, as a host following our own message may (the details of cards below a
   * clamped frame's fold are laid out only once scrolled to: `content-visibility: auto`).
   */
  clamp?: boolean;
}

/** The embed page's address for `query` (`lang=en&src=…`) on this server, under `origin`'s host name. */
export function embedUrl(query: string, origin: 'same' | 'cross' = 'same'): string {
  const host = origin === 'cross' ? `127.0.0.1:${location.port}` : location.host;
  return `http://${host}${EMBED_PATH}?${query}`;
}

/** dist/embed.html?`query` in an iframe, loaded; the host side follows WordPress's height messages. */
export async function frameEmbed(query: string, options: EmbedOptions = {}): Promise<FramedEmbed> {
  const { origin = 'same', secret = SECRET, width = 800, clamp = true } = options;
  const sandbox =
    options.sandbox === undefined
      ? origin === 'same'
        ? 'allow-scripts allow-same-origin'
        : 'allow-scripts'
      : options.sandbox;
  const frame = document.createElement('iframe');
  if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
  frame.title = 'Netzwerke';
  frame.width = String(width);
  frame.height = '300';
  frame.style.border = '0';
  // Fixed at the top left, in view: browsers throttle the rendering of cross-origin frames
  // out of view, and the test must not depend on scrolling.
  frame.style.position = 'fixed';
  frame.style.top = '0';
  frame.style.left = '0';
  const messages: any[] = [];
  const onMessage = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow) return;
    messages.push(event.data);
    // What wp-embed.js does with a height message carrying the frame's secret.
    if (event.data?.message === 'height' && event.data.secret === secret) {
      const value = parseInt(event.data.value, 10);
      frame.height = String(clamp ? Math.min(1000, Math.max(200, value)) : value);
    }
  };
  addEventListener('message', onMessage);
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = embedUrl(query, origin) + (secret ? `#?secret=${secret}` : '');
  document.body.append(frame);
  await loaded;
  return {
    frame,
    messages,
    wordpressHeights: () => messages.filter((m) => m?.message === 'height').map((m) => m.value),
    ownHeight: () => messages.filter((m) => m?.type === 'network-directory:height').at(-1)?.height,
    remove: () => {
      removeEventListener('message', onMessage);
      frame.remove();
    },
  };
}

/** The directory inside a same-origin embed frame, its feed loaded and rendered. */
export async function directoryIn(embed: FramedEmbed): Promise<Directory> {
  const win = embed.frame.contentWindow as FrameWindow;
  await waitUntil(() => win.customElements?.get('network-directory'), 'the embed page did not load the element', {
    timeout: 8000,
  });
  const el = win.document.querySelector('network-directory') as Directory;
  await waitUntil(() => el.shadowRoot?.querySelector('.card, .message.empty'), 'the embed page showed no entries', {
    timeout: 8000,
  });
  await el.updateComplete;
  return el;
}

/** The height of the embed page's content box, as the page measures it. */
export function contentHeight(embed: FramedEmbed): number {
  const content = embed.frame.contentDocument!.querySelector('.embed')!;
  return Math.ceil(content.getBoundingClientRect().height);
}

/** Waits until the frame has told both WordPress and us the content's current height, and returns it. */
export async function reportedHeight(embed: FramedEmbed, what: string): Promise<number> {
  await waitUntil(
    () => {
      const now = contentHeight(embed);
      return embed.wordpressHeights().at(-1) === now && embed.ownHeight() === now;
    },
    `the height after ${what} was not reported (content ${contentHeight(embed)}, last messages ${embed.wordpressHeights().at(-1)}/${embed.ownHeight()})`,
    { timeout: 4000 },
  );
  return contentHeight(embed);
}
