// The cards of the peer pages (List.js and static HTML): the same content and
// structure as <network-directory>'s cards (name, short name, summary, badges,
// a details button and the hidden details), in German. Runs in Node (static page)
// and in the browser (List.js item template).

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** The German text of a Text (FEED.md), falling back to any language present. */
export function de(text) {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  return text.de ?? Object.values(text)[0] ?? '';
}

const paragraphs = (text, cls) =>
  de(text)
    .split(/\n\s*\n/)
    .map((p) => `<p${cls ? ` class="${cls}"` : ''}>${escapeHtml(p)}</p>`)
    .join('');

const row = (label, value) => (value ? `<div class="row"><dt>${label}</dt><dd>${value}</dd></div>` : '');

export function cardHtml(network, feed) {
  const id = escapeHtml(network.id);
  const badges = feed.facets
    .flatMap((facet) =>
      (network.facets?.[facet.id] ?? []).map((termId) => {
        const term = facet.terms.find((t) => t.id === termId);
        return term
          ? `<li class="badge"><span class="visually-hidden">${escapeHtml(de(facet.label))}: </span>${escapeHtml(de(term.label))}</li>`
          : '';
      }),
    )
    .join('');
  const c = network.contact ?? {};
  const contact = [
    c.name ? `<li>${escapeHtml(de(c.name))}</li>` : '',
    c.email ? `<li>E-Mail: <a href="mailto:${escapeHtml(c.email)}">${escapeHtml(c.email)}</a></li>` : '',
    c.phone
      ? `<li>Telefon: <a href="tel:${escapeHtml(c.phone.replace(/[^+\d]/g, ''))}">${escapeHtml(c.phone)}</a></li>`
      : '',
    c.url ? `<li>Web: <a href="${escapeHtml(c.url)}">${escapeHtml(c.url)}</a></li>` : '',
  ].join('');
  const coordinator = network.coordinator
    ? network.coordinator.url
      ? `<a href="${escapeHtml(network.coordinator.url)}">${escapeHtml(de(network.coordinator.name))}</a>`
      : escapeHtml(de(network.coordinator.name))
    : '';
  const links = (network.links ?? [])
    .map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(de(l.label))}</a></li>`)
    .join('');
  return `<li><article class="card" aria-labelledby="t-${id}" data-id="${id}">
<h3 class="card-title"><span id="t-${id}" class="name">${escapeHtml(de(network.name))}</span>${
    network.shortName ? ` <span class="short-name">(${escapeHtml(network.shortName)})</span>` : ''
  }</h3>
${paragraphs(network.summary, 'summary')}
${badges ? `<ul class="badges" aria-label="Merkmale">${badges}</ul>` : ''}
<button class="toggle" type="button" aria-expanded="false" aria-controls="d-${id}" aria-describedby="t-${id}">Details anzeigen</button>
<div id="d-${id}" class="details" hidden>${paragraphs(network.description)}<dl class="facts">${row('Treffen', escapeHtml(de(network.meetings)))}${row(
    'Koordination',
    coordinator,
  )}${row('Mitglieder', escapeHtml(de(network.members)))}${row('Gebiet', escapeHtml(de(network.area)))}${row(
    'Gegründet',
    escapeHtml(network.founded ?? ''),
  )}${row('Kontakt', contact && `<ul class="contact">${contact}</ul>`)}${row(
    'Weitere Informationen',
    links && `<ul class="links">${links}</ul>`,
  )}${row('Zuletzt geprüft', escapeHtml(network.updated ?? ''))}</dl></div>
</article></li>`;
}

/** The search field and one fieldset of checkboxes per facet (no counts: List.js has none). */
export function filtersHtml(feed) {
  const facets = feed.facets
    .map(
      (facet) =>
        `<fieldset class="facet"><legend>${escapeHtml(de(facet.label))}</legend><ul>${facet.terms
          .map((term) => {
            const id = `f-${escapeHtml(facet.id)}-${escapeHtml(term.id)}`;
            return `<li class="term"><input type="checkbox" id="${id}" data-facet="${escapeHtml(facet.id)}" data-term="${escapeHtml(
              term.id,
            )}"><label for="${id}">${escapeHtml(de(term.label))}</label></li>`;
          })
          .join('')}</ul></fieldset>`,
    )
    .join('');
  return `<div class="filters" role="search" aria-label="Netzwerke durchsuchen"><div class="search-field"><label for="search">Suche</label><input id="search" class="search" type="search" autocomplete="off" spellcheck="false"></div>${facets}</div>`;
}

/**
 * The page around the directory, the same on every bench page, the element's too: a
 * CMS's content column (60rem) and its font. The element inherits the font and lays its
 * cards out in the width it is given, so both must be the same for all pages.
 */
const PAGE_CSS =
  'body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1a1a1a; }';

/**
 * The element's bench page: `script` is the built bundle's URL, `feed` the feed's. The
 * 10,000-entry feed (19 MB) is over the element's default limit of 10 MB, hence max-bytes.
 * `fallback`: HTML placed inside the element (the fragment of `network-directory render`,
 * what readers see before and without the script). `footer`: the site's footer after the
 * directory, as on a CMS page: content that moves when the directory changes height, which
 * is what the layout-shift figure measures.
 */
export function directoryPageHtml(script, feed, { fallback = '', footer = false } = {}) {
  return (
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>network-directory</title>` +
    `<style>${PAGE_CSS}</style><script type="module" src="${script}"></script></head>` +
    `<body><main><network-directory src="${feed}" max-bytes="134217728">${fallback}</network-directory></main>` +
    (footer ? '<footer><p>Impressum · Datenschutz · Barrierefreiheit · Kontakt</p></footer>' : '') +
    `</body></html>`
  );
}

/** The peers' styles: PAGE_CSS, and cards in the element's grid (columns of at least 20rem from a 48rem wide list). */
export const CARD_CSS = `
${PAGE_CSS}
main { container-type: inline-size; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.filters { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); background: #f4f6f8; padding: 1rem; border-radius: .375rem; }
.search-field { grid-column: 1 / -1; display: grid; gap: .25rem; }
.search-field input { font: inherit; padding: .5rem; border: 1px solid #767676; border-radius: .375rem; }
.facet { border: 0; margin: 0; padding: 0; } .facet ul, .badges, .results { list-style: none; margin: 0; padding: 0; }
.results { display: grid; gap: 1rem; margin-top: 1rem; }
@container (min-width: 48rem) { .results { grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); align-items: start; } }
.card { background: #f4f6f8; border-radius: .375rem; padding: 1rem; }
.card-title { margin: 0 0 .5rem; font-size: 1.2rem; } .short-name { color: #555; font-weight: normal; }
.badges { display: flex; flex-wrap: wrap; gap: .25rem; margin: .5rem 0; }
.badge { border: 1px solid #767676; border-radius: 1rem; padding: 0 .5rem; font-size: .875rem; }
.toggle { font: inherit; padding: .25rem .75rem; border: 1px solid #0a5c99; color: #0a5c99; background: #fff; border-radius: .375rem; }
.facts .row { display: grid; grid-template-columns: 10rem 1fr; } .facts dd { margin: 0; }
.count { color: #555; }
`;
