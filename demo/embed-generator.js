// The snippet generator (demo/embed-generator.html): reads the form, writes the three
// snippets with the same functions the CLI uses (lib/embed/, built by `npm run build`), and
// shows the embed page in a preview frame that follows its height message.
import { readEmbedConfig, writeEmbedQuery } from '../lib/embed/embed-config.js';
import { embedLink, iframeSnippet, scriptSnippet } from '../lib/embed/snippets.js';

const form = document.getElementById('options');
const preview = document.getElementById('preview');
const field = (id) => document.getElementById(id);
const EMBED_PAGE = new URL('../dist/embed.html', location.href).href;

/** The form's configuration, checked by the embed page's own rules (bad values are left out). */
function configuration() {
  const query = new URLSearchParams();
  for (const name of ['lang', 'filter', 'hide-facets', 'layout', 'entry', 'appearance', 'heading-level']) {
    const value = field(name).value.trim();
    if (value) query.set(name, value);
  }
  return readEmbedConfig(query.toString());
}

function baseUrl() {
  try {
    const base = new URL(field('base').value.trim());
    return base.href.endsWith('/') ? base.href : `${base.href}/`;
  } catch {
    return 'https://widgets.example.org/nd/';
  }
}

let title = 'Netzwerke';
let previewTimer;

function update() {
  const { config, refused } = configuration();
  for (const name of ['lang', 'filter', 'hide-facets', 'layout', 'entry', 'appearance', 'heading-level']) {
    field(name).setAttribute('aria-invalid', refused.includes(name) ? 'true' : 'false');
  }
  const base = baseUrl();
  const src = field('src').value.trim() || 'feed.json';
  const name = /^[a-z0-9][a-z0-9-]*$/.test(field('name').value) ? field('name').value : 'directory';
  const pageConfig = src === 'feed.json' ? config : { src, ...config };
  const options = Object.entries(config)
    .map(([key, value]) => `--${key} '${value}'`)
    .join(' ');
  field('out-link').value = `${base}${name}.html`;
  field('out-oembed').value =
    `npx network-directory oembed ${src} --base ${base} --name ${name}${src === 'feed.json' ? '' : ` --src '${src}'`}${options ? ` ${options}` : ''}`;
  field('out-iframe').value = iframeSnippet(embedLink(`${base}embed.html`, pageConfig), title);
  field('out-script').value = scriptSnippet(`${base}network-directory.js`, { src: new URL(src, base).href, ...config });
  // The preview: the built embed page, on the preview feed (resolved against this page).
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => {
    const previewSrc = new URL(field('preview-src').value.trim() || 'feed.json', location.href).href;
    preview.src = `${EMBED_PAGE}?${writeEmbedQuery({ ...config, src: previewSrc })}`;
  }, 300);
}

/** Lists the feed's facet terms and entry ids as a hint for the slice fields, and takes its title. */
async function describeFeed() {
  const out = field('feed-ids');
  try {
    const feed = await (await fetch(new URL(field('preview-src').value.trim() || 'feed.json', location.href))).json();
    title = feed.title?.de ?? feed.title?.en ?? title;
    const terms = (feed.facets ?? []).flatMap((f) => (f.terms ?? []).map((t) => `${f.id}:${t.id}`));
    out.textContent = `${terms.join(', ')} — entry: ${(feed.networks ?? []).map((n) => n.id).join(', ')}`;
  } catch {
    out.textContent = '(Feed nicht lesbar / feed not readable)';
  }
  update();
}

// The preview frame follows the embed page's own height message.
addEventListener('message', (event) => {
  if (event.source === preview.contentWindow && event.data?.type === 'network-directory:height') {
    preview.height = String(event.data.height);
  }
});

form.addEventListener('input', update);
form.addEventListener('change', update);
field('preview-src').addEventListener('change', describeFeed);
document.addEventListener('click', async (event) => {
  const button = event.target.closest?.('button[data-copy]');
  if (!button) return;
  const text = field(button.dataset.copy).value;
  try {
    await navigator.clipboard.writeText(text);
    field('copied').textContent = 'Kopiert. / Copied.';
  } catch {
    field(button.dataset.copy).select(); // no clipboard access: selected for Ctrl+C
    field('copied').textContent = 'Markiert: mit Strg+C kopieren. / Selected: copy with Ctrl+C.';
  }
});
describeFeed();
