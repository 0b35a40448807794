// ?open=<url> on the workbench page opens that feed (relative to the page), e.g.
// workbench.html?open=feed.json. Used by the page's own example link and by
// scripts/screenshots.mjs.
const open = new URLSearchParams(location.search).get('open');
if (open) {
  await customElements.whenDefined('network-feed-workbench');
  await document.querySelector('network-feed-workbench').openUrl(open);
}
