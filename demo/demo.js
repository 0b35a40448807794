// ?appearance=dark (or auto, light) on the demo page: sets the element's `appearance`
// and gives the page around it the same scheme. A module file, no inline script, so the
// page keeps working under a strict Content-Security-Policy. Used by scripts/screenshots.mjs.
const appearance = new URLSearchParams(location.search).get('appearance');
if (appearance === 'dark' || appearance === 'auto' || appearance === 'light') {
  for (const el of document.querySelectorAll('network-directory')) el.setAttribute('appearance', appearance);
  if (appearance === 'dark') {
    // CSSOM, not a style attribute: allowed by a CSP without 'unsafe-inline'
    Object.assign(document.body.style, { colorScheme: 'dark', background: '#0d1117', color: '#f0f3f6' });
    for (const muted of document.querySelectorAll('.kicker')) muted.style.color = '#b8c0c8';
    for (const link of document.querySelectorAll('a')) link.style.color = '#8cc8ff';
  }
}
