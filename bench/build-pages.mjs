// The builds named on the command line of bench:compare and bench:trace, each written as a
// page of its own beside one generated feed, so that every build meets the same page and data.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateFeed } from './generate-feed.mjs';
import { directoryPageHtml } from './cards.mjs';

/**
 * Reads `name=path/to/network-directory.js` arguments (at least two) and writes, under `out`,
 * `feed-SIZE.json` (seed 7, kept between runs) and `NAME/index.html` with a copy of each
 * build. Returns `[{ name, file }]`; throws on a malformed argument or a missing file.
 */
export function buildPages(args, out, size) {
  const builds = args.map((arg) => {
    const [name, file] = arg.split('=');
    if (!name || !file || !/^[\w-]+$/.test(name))
      throw new Error(`expected name=path/to/network-directory.js, got "${arg}"`);
    if (!existsSync(file)) throw new Error(`${file} does not exist`);
    return { name, file: resolve(file) };
  });
  if (builds.length < 2) throw new Error('give at least two builds: name=path/to/network-directory.js …');

  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, '.gitignore'), '*\n');
  const feedFile = join(out, `feed-${size}.json`);
  if (!existsSync(feedFile)) writeFileSync(feedFile, JSON.stringify(generateFeed(size, 7)));
  for (const { name, file } of builds) {
    mkdirSync(join(out, name), { recursive: true });
    copyFileSync(file, join(out, name, 'network-directory.js'));
    writeFileSync(join(out, name, 'index.html'), directoryPageHtml('network-directory.js', `../feed-${size}.json`));
  }
  return builds;
}
