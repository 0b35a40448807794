/** Shared set-up for the tests of the built file beside other code: load it, mount it, read it. */

/** The one-file bundle, as a page's script tag would load it. */
export const BUNDLE_URL = '/dist/network-directory.js';
export const DEMO_FEED_URL = '/demo/feed.json';
/** Ids of the demo feed's networks, in feed order. */
export const DEMO_IDS = [
  'nuernberger-netzwerk-integration',
  'allianz-gegen-rechtsextremismus',
  'akim',
  'ak-fidma',
  'integrating-cities',
  'qualitaetszirkel-integrationspolitik',
];

/** Imports a module by a URL built at run time (TypeScript need not resolve it). */
export function importUrl(url: string): Promise<any> {
  return import(/* @vite-ignore */ url);
}

/** Every uncaught error and unhandled rejection of `win`, as text, from now on. */
export function recordErrors(win: Window = window): string[] {
  const errors: string[] = [];
  win.addEventListener('error', (e) => errors.push(`error: ${e.message}`));
  win.addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${e.reason?.stack ?? e.reason}`));
  return errors;
}

/** Counts the `customElements.define` calls of `win` per tag name, from now on. */
export function countDefines(win: Window = window): Map<string, number> {
  const counts = new Map<string, number>();
  const registry = win.customElements;
  const define = registry.define;
  registry.define = function (name: string, ...rest: [CustomElementConstructor, ElementDefinitionOptions?]) {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    return define.call(this, name, ...rest);
  };
  return counts;
}

/** A `<network-directory lang=…>` on the demo feed in `doc`, loaded and rendered. */
export async function mountDemo(
  doc: Document,
  lang: string,
): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const el = doc.createElement('network-directory') as HTMLElement & { updateComplete: Promise<boolean> };
  el.setAttribute('lang', lang);
  el.setAttribute('src', DEMO_FEED_URL);
  const loaded = new Promise<void>((resolve, reject) => {
    el.addEventListener('nd-feed-loaded', () => resolve(), { once: true });
    el.addEventListener(
      'nd-feed-failed',
      (e) => reject(new Error(`nd-feed-failed: ${(e as CustomEvent).detail.message}`)),
      {
        once: true,
      },
    );
  });
  doc.body.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** What a reader sees of a mounted directory: language, title, count, entries. */
export function seen(el: Element) {
  const root = el.shadowRoot!;
  return {
    lang: root.querySelector('[part="base"]')?.getAttribute('lang'),
    title: text(root.querySelector('.title')),
    count: text(root.querySelector('[part="count"]')),
    ids: [...root.querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.id),
  };
}

/** The demo feed as German and English readers see it. */
export const DEMO_SEEN = {
  de: {
    lang: 'de',
    title: 'Netzwerke für Integration und Interkulturelle Öffnung',
    count: '6 Netzwerke',
    ids: DEMO_IDS,
  },
  en: {
    lang: 'en',
    title: 'Networks for integration and intercultural opening',
    count: '6 networks',
    ids: DEMO_IDS,
  },
};
