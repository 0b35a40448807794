// dist/embed.html: the directory in a page of its own, as WordPress and other CMSs frame it
// (docs/embedding.md). Each reader's change must reach the host as a height; the URL decides
// the configuration; links lead out of WordPress's sandbox through the page's `go` address.
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { $, cardIds, chooseLanguage, search, toggleEntry, toggleTerm, settle } from '../isolation/helpers.js';
import { recordErrors, DEMO_IDS } from '../bundle/helpers.js';
import {
  contentHeight,
  directoryIn,
  embedUrl,
  frameEmbed,
  reportedHeight,
  DEMO_SRC,
  LINKS_SRC,
  SECRET,
  type EmbedOptions,
  type FramedEmbed,
  type FrameWindow,
} from './helpers.js';

/** demo/csp-middleware.mjs's strict policy with the test server's two host names beside 'self' (test/embed/cors-middleware.mjs). */
const EMBED_POLICY =
  "default-src 'self' http://localhost:* http://127.0.0.1:*; script-src 'self' http://localhost:* http://127.0.0.1:*; style-src 'self' http://localhost:* http://127.0.0.1:*; require-trusted-types-for 'script'; trusted-types lit-html";

let hostErrors: string[];
before(() => {
  hostErrors = recordErrors(window);
});
after(() => {
  expect(hostErrors, 'errors in the host page').to.deep.equal([]);
});

/** Errors and CSP violations inside a same-origin frame, from now on. */
function watchFrame(embed: FramedEmbed): string[] {
  const win = embed.frame.contentWindow as FrameWindow;
  const seen = recordErrors(win);
  win.document.addEventListener('securitypolicyviolation', (e: SecurityPolicyViolationEvent) =>
    seen.push(`CSP: ${e.effectiveDirective} ${e.blockedURI}`),
  );
  return seen;
}

describe('dist/embed.html is served as a page of its own', () => {
  it('under the strict Content-Security-Policy, with no inline script or style', async () => {
    const response = await fetch('/dist/embed.html', { cache: 'no-store' });
    expect(response.headers.get('content-security-policy')).to.equal(EMBED_POLICY);
    const page = await response.text();
    expect(page).not.to.match(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(page).not.to.match(/\sstyle\s*=|<style/i);
    expect(page).to.include('<meta name="responsive-embedded-sizing" />');
  });
});

describe('framed from another origin in WordPress\'s sandbox="allow-scripts"', () => {
  const opened: FramedEmbed[] = [];
  afterEach(() => opened.splice(0).forEach((e) => e.remove()));

  async function crossEmbed(query: string): Promise<FramedEmbed> {
    const embed = await frameEmbed(query, { origin: 'cross' });
    opened.push(embed);
    // Heights arrive before the element is defined, while the feed loads, and once it is shown.
    try {
      const distinct = () =>
        new Set(embed.messages.filter((m) => m?.type === 'network-directory:height').map((m) => m.height)).size;
      await waitUntil(() => distinct() >= 3, '', { timeout: 8000 });
      // then until both kinds of message agree and nothing new came for a while
      let count = -1;
      await waitUntil(
        () => {
          const same = count === embed.messages.length && embed.wordpressHeights().at(-1) === embed.ownHeight();
          count = embed.messages.length;
          return same;
        },
        '',
        { timeout: 8000, interval: 400 },
      );
    } catch {
      throw new Error(`no full height from ${query}: ${JSON.stringify(embed.messages)}`);
    }
    return embed;
  }

  it('loads the feed (CORS) and tells WordPress its height with the secret, and us by our own message', async () => {
    const embed = await crossEmbed(`src=${DEMO_SRC}`);
    expect(embed.ownHeight()).to.be.above(1000); // six cards with filters: more than the loading message
    const last = embed.messages.filter((m) => m?.message === 'height').at(-1);
    expect(last.secret).to.equal(SECRET);
    expect(last.value).to.equal(embed.ownHeight());
    expect(embed.frame.height).to.equal(String(Math.min(1000, last.value)));
  });

  it('the URL configures it: one entry is shorter than the list, the compact layout (one column) differs from it', async () => {
    const heightOf = async (query: string) => {
      const embed = await crossEmbed(query);
      embed.remove();
      return embed.ownHeight()!;
    };
    const full = await heightOf(`src=${DEMO_SRC}`);
    const compact = await heightOf(`src=${DEMO_SRC}&layout=compact`);
    const entry = await heightOf(`src=${DEMO_SRC}&entry=akim&layout=compact`);
    expect(entry).to.be.below(full);
    expect(entry).to.be.below(compact);
    expect(compact).not.to.equal(full);
  });

  it("a click on a website link asks WordPress to open the go page on the embed's own host", async () => {
    // Where the link is: measured in a same-origin twin of the same size and address.
    const query = `src=${LINKS_SRC}&entry=with-contacts`;
    const twin = await frameEmbed(query, { width: 700 });
    opened.push(twin);
    const el = await directoryIn(twin);
    await reportedHeight(twin, 'loading');
    const link = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.contact a')].find(
      (a) => a.getAttribute('href') === 'https://network.example/',
    )!;
    expect(link, 'the twin shows the website link').to.exist;
    const box = link.getBoundingClientRect();
    const embed = await frameEmbed(query, { origin: 'cross', width: 700 });
    opened.push(embed);
    await waitUntil(
      () => embed.frame.height === twin.frame.height,
      "the cross-origin frame did not reach the twin's height",
      { timeout: 8000 },
    );
    twin.frame.style.display = 'none';
    await settle();
    const frameBox = embed.frame.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(frameBox.left + box.left + 4), Math.round(frameBox.top + box.top + box.height / 2)],
    });
    await waitUntil(() => embed.messages.some((m) => m?.message === 'link'), 'no link message', { timeout: 4000 });
    const message = embed.messages.find((m) => m?.message === 'link');
    expect(message.secret).to.equal(SECRET);
    const go = new URL(message.value);
    expect(go.host).to.equal(`127.0.0.1:${location.port}`);
    expect(go.pathname).to.equal('/dist/embed.html');
    expect(go.hash).to.equal('');
    expect(Object.fromEntries(go.searchParams)).to.deep.equal({
      src: LINKS_SRC,
      entry: 'with-contacts',
      go: 'with-contacts',
      link: '3',
    });
  });
});

describe('framed from the same origin (the test reaches in)', () => {
  let embed: FramedEmbed;
  let el: HTMLElement & { updateComplete: Promise<boolean>; currentLocale: string };
  let frameErrors: string[];

  afterEach(() => {
    expect(JSON.stringify(frameErrors), 'errors or CSP violations in the frame').to.equal('[]');
    embed?.remove();
  });

  async function open(query: string, options: EmbedOptions = {}) {
    embed = await frameEmbed(query, options);
    frameErrors = watchFrame(embed);
    el = await directoryIn(embed);
    return el;
  }

  describe('each URL option reaches the element', () => {
    it('src, relative to the embed page', async () => {
      await open(`src=${LINKS_SRC}`);
      expect(cardIds(el)).to.deep.equal(['with-contacts', 'second']);
    });
    it('without src: feed.json beside the embed page', async () => {
      embed = await frameEmbed('lang=en');
      frameErrors = watchFrame(embed);
      const inner = embed.frame.contentDocument!.querySelector('network-directory')!;
      expect(inner.getAttribute('src')).to.equal('feed.json');
    });
    it('lang', async () => {
      await open(`src=${DEMO_SRC}&lang=en`);
      expect(el.currentLocale).to.equal('en');
      expect($(el, '[part="count"]').textContent!.trim()).to.equal('6 networks');
      expect(embed.frame.contentDocument!.documentElement.lang).to.equal('en');
      expect(embed.frame.contentDocument!.querySelector('.full-directory')!.textContent).to.equal(
        'Open the directory on a page of its own',
      );
    });
    it('filter, with spaces written as +', async () => {
      await open(`src=${DEMO_SRC}&filter=scope:regional+kind:alliance`);
      expect(cardIds(el)).to.deep.equal(['allianz-gegen-rechtsextremismus']);
    });
    it('hide-facets keeps the slice and hides its group', async () => {
      await open(`src=${DEMO_SRC}&filter=scope:regional&hide-facets=scope`);
      expect(cardIds(el)).to.deep.equal(['allianz-gegen-rechtsextremismus', 'ak-fidma']);
      const groups = [...el.shadowRoot!.querySelectorAll('fieldset')].map((f) =>
        f.querySelector('legend')!.textContent!.trim(),
      );
      expect(groups).not.to.include('Reichweite');
      expect(groups.length).to.be.above(0);
    });
    it('layout', async () => {
      await open(`src=${DEMO_SRC}&layout=compact`);
      expect(el.getAttribute('layout')).to.equal('compact');
    });
    it('entry: one card, opened', async () => {
      await open(`src=${DEMO_SRC}&entry=akim`);
      expect(cardIds(el)).to.deep.equal(['akim']);
      expect($(el, '.details').hidden).to.equal(false);
    });
    it('appearance', async () => {
      await open(`src=${DEMO_SRC}&appearance=dark`);
      expect(el.getAttribute('appearance')).to.equal('dark');
    });
    it('heading-level', async () => {
      await open(`src=${DEMO_SRC}&heading-level=4`);
      expect($(el, '.card [part="card-title"]').localName).to.equal('h4');
    });
    it('a value the element does not know is left out with a warning, the rest applies', async () => {
      await open(`src=${DEMO_SRC}&layout=grid&lang=en`);
      expect(el.hasAttribute('layout')).to.equal(false);
      expect(el.currentLocale).to.equal('en');
    });
  });

  it("keeps the frame's URL as it is (no URL state in a frame): replaceState may throw in a sandbox", async () => {
    await open(`src=${DEMO_SRC}`);
    const before = embed.frame.contentWindow!.location.href;
    await toggleTerm(el, 'scope', 'local');
    await new Promise((resolve) => setTimeout(resolve, 900)); // the element writes the URL once typing pauses
    expect(el.hasAttribute('no-url-state')).to.equal(true);
    expect(embed.frame.contentWindow!.location.href).to.equal(before);
  });

  it('reports the content height after each kind of change, shrinking as well as growing', async () => {
    // One column (in two, a tall filter panel beside one card hides the card's changes), and
    // one filter group, so that the card stays in the test page's view: cards out of view are
    // laid out only once seen (`content-visibility: auto`), as a reader's click always is.
    await open(`src=${DEMO_SRC}&layout=compact&hide-facets=kind,audience,topic`, { clamp: false });
    const all = await reportedHeight(embed, 'loading');
    expect(all).to.be.above(400);

    await toggleTerm(el, 'scope', 'international'); // one entry left
    const filtered = await reportedHeight(embed, 'a filter change');
    expect(filtered).to.be.below(all - 100);

    await toggleEntry(el, 'integrating-cities');
    expect($(el, '.card[data-id="integrating-cities"] .details').hidden, 'the details opened').to.equal(false);
    const opened = await reportedHeight(embed, 'opening details');
    expect(opened).to.be.above(filtered + 40);

    await chooseLanguage(el, 'en');
    const english = await reportedHeight(embed, 'a language switch');
    expect(el.currentLocale).to.equal('en');
    expect(embed.frame.contentDocument!.querySelector('.full-directory')!.textContent).to.equal(
      'Open the directory on a page of its own',
    );
    expect(english).to.be.above(0);

    await toggleEntry(el, 'integrating-cities');
    const closed = await reportedHeight(embed, 'closing details (shrinking)');
    expect(closed).to.be.below(opened - 40);

    await search(el, 'zzzz-nothing');
    const none = await reportedHeight(embed, 'a search without results');
    // Not below: in a wide frame the filter column beside the results may be the taller part.
    expect(none).to.be.at.most(closed);
    // the host follows within 24 px
    expect(Math.abs(Number(embed.frame.height) - none)).to.be.at.most(24);
  });

  it('stays usable in a 1000 px frame: search and filters first, the rest scrolls inside', async () => {
    await open(`src=${DEMO_SRC}`, { width: 360 });
    const height = await reportedHeight(embed, 'loading');
    expect(height, 'the demo is taller than WordPress allows at this width').to.be.above(1000);
    expect(embed.frame.height).to.equal('1000');
    const search = $(el, 'input[type="search"]').getBoundingClientRect();
    expect(search.bottom).to.be.below(1000);
    const full = embed.frame.contentDocument!.querySelector<HTMLAnchorElement>('.full-directory')!;
    expect(full.getBoundingClientRect().bottom).to.be.below(200);
    const doc = embed.frame.contentDocument!.scrollingElement!;
    expect(doc.scrollHeight).to.be.above(doc.clientHeight);
  });

  describe('links', () => {
    const clickIn = async (anchor: HTMLAnchorElement) => {
      // Stop a navigation the page lets through (the test page must stay), after the page's own listeners.
      const win = embed.frame.contentWindow as FrameWindow;
      let prevented: boolean | undefined;
      let target: string | undefined;
      const last = (e: Event) => {
        prevented = e.defaultPrevented;
        target = anchor.target;
        e.preventDefault();
      };
      win.addEventListener('click', last);
      const before = embed.messages.length;
      anchor.click();
      win.removeEventListener('click', last);
      // a link message is posted at once, and arrives after a task
      if (prevented)
        await waitUntil(
          () => embed.messages.slice(before).some((m) => m?.message === 'link'),
          `no link message for ${anchor.href}`,
          { timeout: 3000 },
        );
      else await new Promise((resolve) => setTimeout(resolve, 100));
      return { prevented, target };
    };

    it("in WordPress, every link of an entry goes out as go=<entry>&link=<n> on the embed's host, looked up in the feed", async () => {
      await open(`src=${LINKS_SRC}&entry=with-contacts`);
      const anchors = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.card a')];
      expect(anchors.map((a) => a.getAttribute('href'))).to.have.members([
        'https://coordinator.example/',
        'mailto:kontakt@network.example',
        'tel:+49911123456',
        'https://network.example/',
        'https://network.example/statutes',
      ]);
      const { entryLinks } = await import('../../src/embed/entry-links.js');
      for (const anchor of anchors) {
        const before = embed.messages.length;
        const { prevented } = await clickIn(anchor);
        expect(prevented, `${anchor.href} stays in the frame`).to.equal(true);
        const message = embed.messages.slice(before).find((m) => m?.message === 'link');
        expect(message?.secret).to.equal(SECRET);
        const go = new URL(message.value);
        expect(go.origin).to.equal(location.origin);
        expect(go.searchParams.get('go')).to.equal('with-contacts');
        const n = Number(go.searchParams.get('link'));
        // the page the reader lands on finds this link's address in the feed
        const feed = await (await fetch('/test/embed/links-feed.json')).json();
        expect(entryLinks({ ...feed.networks[0], links: feed.networks[0].links })[n]).to.equal(
          anchor.getAttribute('href'),
        );
      }
    });

    it("in WordPress, the footer's links and the full-directory link go out on the embed's host too", async () => {
      await open(`src=${LINKS_SRC}`);
      const footer = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('footer a')];
      expect(footer.length).to.equal(2);
      for (const anchor of footer) await clickIn(anchor);
      const full = embed.frame.contentDocument!.querySelector<HTMLAnchorElement>('.full-directory')!;
      expect(full.closest('p')!.hidden).to.equal(false);
      await clickIn(full);
      const values = embed.messages.filter((m) => m?.message === 'link').map((m) => m.value);
      expect(values).to.deep.equal([
        embedUrl(`src=${LINKS_SRC}&go=~&link=0`),
        embedUrl(`src=${LINKS_SRC}&go=~&link=1`),
        embedUrl(`src=${LINKS_SRC}`),
      ]);
    });

    it('in a frame not made by WordPress, a link opens the address itself in a new tab', async () => {
      await open(`src=${LINKS_SRC}&entry=with-contacts`, { sandbox: null, secret: null });
      const website = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.card a')].find(
        (a) => a.getAttribute('href') === 'https://network.example/',
      )!;
      const { prevented, target } = await clickIn(website);
      expect(prevented).to.equal(false);
      expect(target).to.equal('_blank');
      expect(website.rel).to.equal('noopener');
      expect(embed.messages.some((m) => m?.message === 'link')).to.equal(false);
    });

    it('a go page in a frame shows the entry and goes nowhere', async () => {
      await open(`src=${LINKS_SRC}&go=second&link=0`);
      expect(cardIds(el)).to.deep.equal(['second']);
      expect(embed.frame.contentWindow!.location.pathname).to.equal('/dist/embed.html');
    });
  });

  it('the demo feed in the page shows every entry (control for the slices above)', async () => {
    await open(`src=${DEMO_SRC}`);
    expect(cardIds(el)).to.deep.equal(DEMO_IDS);
    expect(contentHeight(embed)).to.be.above(0);
  });
});
