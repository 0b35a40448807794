/**
 * The `network-directory` command line for the people who keep a feed:
 * `validate`, `import` (spreadsheet → feed), `export` (feed → spreadsheet) and
 * `render` (feed → static pages and a paste-safe fragment).
 * Built by rollup.cli.config.mjs into dist/cli.js, which runs it on load;
 * bin/network-directory.js imports that.
 */
import { parseArgs } from 'node:util';
import { EXIT_USAGE, UsageError, type Io } from './cli-io.js';
import { parseSeparator } from './csv-file.js';
import { exportCommand } from './export-command.js';
import { importCommand } from './import-command.js';
import { oembedCommand } from './oembed-command.js';
import type { UiLocale } from '../localization.js';
import { languageFromEnv, parseLang } from './language.js';
import { MESSAGES } from './messages.js';
import { renderCommand } from './render-command.js';
import { validateCommand } from './validate-command.js';

const OPTIONS = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  head: { type: 'string' },
  base: { type: 'string' },
  separator: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

/** Which options each command takes; `lang` and `help` go everywhere. */
const ALLOWED: Record<string, readonly OptionName[]> = {
  validate: ['json'],
  import: ['output', 'head', 'base', 'separator'],
  export: ['output', 'separator'],
  render: ['out'],
};

async function main(argv: readonly string[], io: Io): Promise<number> {
  let lang: UiLocale = languageFromEnv(io.env);
  // `oembed` takes the element's attribute names as options (its --lang is the directory's).
  if (argv[0] === 'oembed') return oembedCommand(argv.slice(1), io, lang);
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    if (values.lang !== undefined) {
      const chosen = parseLang(values.lang);
      if (!chosen) throw new UsageError(MESSAGES[lang].usageError.badLang(values.lang));
      lang = chosen;
    }
    const m = MESSAGES[lang];
    if (values.help) {
      io.out(m.usage + '\n');
      return 0;
    }
    const [command, ...inputs] = positionals;
    if (command === undefined) throw new UsageError(m.usageError.noCommand);
    const allowed = ALLOWED[command];
    if (!allowed) throw new UsageError(m.usageError.unknownCommand(command));
    for (const name of Object.keys(values) as OptionName[]) {
      if (name !== 'lang' && name !== 'help' && !allowed.includes(name)) {
        throw new UsageError(m.usageError.badOption(`--${name} (${command})`));
      }
    }
    if (inputs.length === 0) throw new UsageError(m.usageError.missingInput(command));
    if (inputs.length > 1) throw new UsageError(m.usageError.tooManyInputs);
    const source = inputs[0];
    const separator = values.separator === undefined ? undefined : parseSeparator(values.separator);
    if (values.separator !== undefined && !separator) throw new UsageError(m.usageError.badSeparator(values.separator));
    if (values.head !== undefined && values.base !== undefined)
      throw new UsageError(m.usageError.badOption('--head / --base'));

    if (command === 'validate') return await validateCommand({ source, json: values.json ?? false, lang }, io);
    if (command === 'render') {
      if (values.out === undefined) throw new UsageError(m.usageError.missingOut);
      return await renderCommand({ source, out: values.out, lang }, io);
    }
    if (command === 'import') {
      return await importCommand(
        { source, head: values.head ?? values.base, output: values.output, separator, lang },
        io,
      );
    }
    return await exportCommand({ source, output: values.output, separator: separator ?? ';', lang }, io);
  } catch (e) {
    // parseArgs reports unknown options and missing values as TypeErrors with a code.
    const known = e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!known) throw e;
    const m = MESSAGES[lang];
    io.err(
      `${e instanceof UsageError ? e.message : m.usageError.badOption((e as Error).message)}\n${m.usageError.help}\n`,
    );
    return EXIT_USAGE;
  }
}

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  env: process.env,
});
