// Fails when a UI string in src/ has no English translation in locales/en.xlf, and when
// a translation is left over that no msg() uses any more (a <trans-unit> in locales/ or
// an entry in scripts/translations-en.mjs), so that removed strings stay removed.
// It extracts the messages afresh into a temporary copy of locales/ (the real one
// is never touched), so a string added in code but not yet extracted counts too.
import { mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import translations from './translations-en.mjs';

/** A <trans-unit>'s source as scripts/translations-en.mjs keys it (fill-translations.mjs does the same). */
const translationKey = (source) => source.replace(/<x id="(\d+)" equiv-text="[^"]*"\/>/g, '{$1}');
const units = (xml) => [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];

const root = resolve(import.meta.dirname, '..');
let missing = 0;
let total = 0;
let orphans = 0;
/** German sources that some msg() uses, over both string sets (translations-en.mjs serves both). */
const usedSources = new Set();
// The widget's strings, and the workbench's (its own bundle, its own locales/workbench/).
for (const configFile of ['lit-localize.json', 'lit-localize.workbench.json']) {
  const config = JSON.parse(readFileSync(join(root, configFile), 'utf8'));
  const xliffDir = config.interchange.xliffDir;
  const work = mkdtempSync(join(tmpdir(), 'nd-l10n-'));
  try {
    cpSync(join(root, xliffDir), join(work, 'locales'), { recursive: true });
    const tempConfig = {
      ...config,
      $schema: undefined,
      tsConfig: join(root, config.tsConfig),
      interchange: { ...config.interchange, xliffDir: join(work, 'locales') },
      output: { ...config.output, outputDir: join(work, 'out'), localeCodesModule: join(work, 'out', 'codes.ts') },
    };
    writeFileSync(join(work, 'lit-localize.json'), JSON.stringify(tempConfig));
    execFileSync(
      join(root, 'node_modules', '.bin', 'lit-localize'),
      ['extract', '--config', join(work, 'lit-localize.json')],
      {
        cwd: root,
        stdio: 'pipe',
      },
    );
    for (const file of readdirSync(join(work, 'locales')).filter((f) => f.endsWith('.xlf'))) {
      const xml = readFileSync(join(work, 'locales', file), 'utf8');
      const usedIds = new Set();
      for (const [, id, body] of units(xml)) {
        total++;
        usedIds.add(id);
        const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
        if (source !== undefined) usedSources.add(translationKey(source));
        // src/localization.ts looks messages up by explicit id only: a generated id would never be found.
        if (/^s[0-9a-f]{16}$/.test(id)) {
          missing++;
          console.error(`  ${xliffDir}${file}: ${id} has a generated id; give its msg() an explicit { id: '…' }`);
        }
        if (!/<target>[\s\S]*\S[\s\S]*<\/target>/.test(body)) {
          missing++;
          console.error(`  ${xliffDir}${file}: ${id} has no translation: ${source}`);
        }
      }
      // lit-localize extract drops units no msg() uses; one still in the committed file was not re-extracted.
      for (const [, id] of units(readFileSync(join(root, xliffDir, file), 'utf8'))) {
        if (!usedIds.has(id)) {
          orphans++;
          console.error(`  ${xliffDir}${file}: ${id} is used by no msg(); run \`npm run localize:extract\``);
        }
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
for (const source of Object.keys(translations)) {
  if (!usedSources.has(source)) {
    orphans++;
    console.error(`  scripts/translations-en.mjs: no msg() has the German source ${JSON.stringify(source)}; remove it`);
  }
}
if (orphans) console.error(`check:l10n: ${orphans} translations are used by no UI string.`);
if (missing) {
  console.error(`check:l10n: ${missing} of ${total} UI strings lack a translation.`);
  console.error(
    'Run `npm run localize:extract`, translate the new <trans-unit>s in locales/ (or add them to scripts/translations-en.mjs and run `node scripts/fill-translations.mjs`).',
  );
}
if (missing || orphans) process.exitCode = 1;
else
  console.log(
    `check:l10n: all ${total} UI strings (widget and workbench) are translated, and every translation is used.`,
  );
