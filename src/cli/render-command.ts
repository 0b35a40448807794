/**
 * `network-directory render <feed.json | https://…> --out <dir>`: the feed as static
 * HTML for readers without JavaScript, search engines and CMS that strip scripts.
 * Writes `<dir>/de/index.html`, `<dir>/en/index.html`, their stylesheet
 * `<dir>/network-directory.css`, and the paste-safe fragments `<dir>/fragment.de.html`
 * and `<dir>/fragment.en.html`. Same validator, problems and exit codes as `validate`;
 * an unusable feed writes nothing, so an old good copy stays in place.
 */
import { join } from 'node:path';
import { UI_LOCALES } from '../localization.js';
import { jsonLocations } from './json-locations.js';
import { countProblems, formatProblem, locateInJson, summaryLine } from './report.js';
import { EXIT_UNUSABLE, EXIT_USABLE, writeOutput, type Io } from './cli-io.js';
import { MESSAGES } from './messages.js';
import type { Lang } from './language.js';
import { readFeed } from './validate-command.js';
import { fragmentHtml, pageHtml, STYLESHEET_FILE, stylesheetText } from './static-html.js';

export interface RenderOptions {
  readonly source: string;
  /** The folder to write into; created when missing, files in it replaced. */
  readonly out: string;
  readonly lang: Lang;
}

/** The files `render` writes, relative to `--out`, with their text. Pure: for the command and its tests. */
export function staticFiles(feed: Parameters<typeof pageHtml>[0]): Map<string, string> {
  const files = new Map<string, string>();
  for (const locale of UI_LOCALES) {
    files.set(`${locale}/index.html`, pageHtml(feed, locale));
    files.set(`fragment.${locale}.html`, fragmentHtml(feed, locale));
  }
  files.set(STYLESHEET_FILE, stylesheetText());
  return files;
}

export async function renderCommand(o: RenderOptions, io: Io): Promise<number> {
  const m = MESSAGES[o.lang];
  const { result, text } = await readFeed(o.source, o.lang);
  const problems = locateInJson(result.problems, jsonLocations(text ?? ''), o.lang);
  const counts = countProblems(problems, result.feed?.networks.length ?? 0);
  for (const p of problems) io.out(formatProblem(p, o.lang) + '\n');
  io.out(summaryLine(counts, o.lang) + '\n');
  if (!result.feed) {
    io.out(m.notWritten + '\n');
    return EXIT_UNUSABLE;
  }
  for (const [name, content] of staticFiles(result.feed)) {
    const file = join(o.out, name);
    await writeOutput(file, content, m);
    io.out(m.written(file) + '\n');
  }
  return EXIT_USABLE;
}
