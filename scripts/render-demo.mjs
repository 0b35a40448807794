// npm run render:demo (part of npm run build): the demo feed as static HTML in dist/static/,
// which `npm start` serves at /dist/static/de/index.html, /dist/static/en/index.html, and
// dist/static/with-fallback.html: the demo's element with the German fragment inside it
// (what readers without JavaScript and crawlers see) and the page's JSON-LD, external
// scripts only, so that demo/csp-middleware.mjs can serve it under the strict policy.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist/static');
execFileSync(
  process.execPath,
  [join(root, 'bin/network-directory.js'), 'render', join(root, 'demo/feed.json'), '--out', out, '--lang', 'en'],
  {
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);

const fragment = readFileSync(join(out, 'fragment.de.html'), 'utf8');
const jsonLd = /<script type="application\/ld\+json">[^<]*<\/script>/.exec(
  readFileSync(join(out, 'de/index.html'), 'utf8'),
)[0];
writeFileSync(
  join(out, 'with-fallback.html'),
  `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>network-directory – Demo mit Inhalt ohne JavaScript</title>
<script src="../../demo/csp-probe.js"></script>
<link rel="stylesheet" href="../../demo/demo.css">
<script type="module" src="../network-directory.js"></script>
${jsonLd}
</head>
<body>
<header class="page-header">
<p class="kicker">network-directory · Demo · <a href="../../demo/">Übersicht</a></p>
<h1>Mit Inhalt für Leser ohne JavaScript</h1>
<p>Im Element steht die Liste als einfaches HTML (<code>network-directory render</code>). Ohne JavaScript und für Suchmaschinen ist sie der Inhalt; läuft das Skript, zeigt das Element seine eigene Liste an ihrer Stelle.</p>
</header>
<main>
<network-directory src="../../demo/feed.json">
${fragment}</network-directory>
</main>
</body>
</html>
`,
);
console.log(`Written: ${join(out, 'with-fallback.html')}`);
