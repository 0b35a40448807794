/**
 * The static pages' stylesheet (`<dir>/network-directory.css`): the element's look in
 * plain CSS, for pages without shadow DOM. Colours as the element's light appearance
 * (network-directory.styles.ts), WCAG 2.1 AA: text 4.5:1, borders 3:1. It is a file
 * beside the pages, not a `<style>`, so that a strict `style-src 'self'` allows it.
 */
export const STATIC_CSS = `/* network-directory render: the static pages' styles */
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; overflow-wrap: anywhere; }
a { color: #0a5c99; }
a:focus-visible { outline: 3px solid #0a5c99; outline-offset: 2px; }
.page-header nav { text-align: end; }
.network-directory-static { container-type: inline-size; }
.feed-description, .count, .footer { color: #1a1a1a; }
.count { font-weight: 600; }
.results, .badges, .footer ul, .contact, .links { list-style: none; margin: 0; padding: 0; }
.results { display: grid; gap: 1rem; margin: 1rem 0; }
@container (min-width: 48rem) { .results { grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); align-items: start; } }
.card { background: #f4f6f8; border: 1px solid #767676; border-radius: 0.375rem; padding: 1rem; }
.card-title { margin: 0 0 0.5rem; font-size: 1.2rem; }
.short-name { font-weight: normal; color: #555; }
.summary p { margin: 0.25rem 0; }
.badges { display: flex; flex-wrap: wrap; gap: 0.25rem; margin: 0.5rem 0; }
.badge { border: 1px solid #767676; border-radius: 999px; padding: 0 0.5rem; font-size: 0.875rem; background: #fff; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.note { background: #fff4d6; padding: 0.5rem; border-radius: 0.375rem; margin: 0.5rem 0; }
.note .text, .note p { display: inline; margin: 0; }
.facts { display: grid; gap: 0.25rem 1rem; margin: 0.5rem 0 0; }
.facts .row { display: grid; grid-template-columns: minmax(7rem, auto) 1fr; gap: 1rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.untranslated { color: #555; font-size: 0.875rem; }
.footer { border-top: 1px solid #767676; margin-top: 1rem; padding-top: 0.5rem; font-size: 0.875rem; }
@media (max-width: 30rem) { .facts .row { grid-template-columns: 1fr; gap: 0; } }
@media print {
  body { max-width: none; padding: 0; color: #000; }
  .page-header { display: none; }
  .results { display: block; }
  .card { break-inside: avoid; border: 0; border-top: 1px solid #000; border-radius: 0; background: none; padding: 0.5rem 0; }
  a { color: #000; }
  .details a::after { content: ' (' attr(href) ')'; font-size: 0.85em; }
}
`;
