// Fails when a UI string in src/ has no English translation in locales/en.xlf.
// It extracts the messages afresh into a temporary copy of locales/ (the real one
// is never touched), so a string added in code but not yet extracted counts too.
import { mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';

const root = resolve(import.meta.dirname, '..');
let failed = false;
// The widget's strings, and the workbench's (its own bundle, its own locales/workbench/).
for (const configFile of ['lit-localize.json', 'lit-localize.workbench.json']) {
const config = JSON.parse(readFileSync(join(root, configFile), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'nd-l10n-'));
try {
  const xliffDir = config.interchange.xliffDir;
  cpSync(join(root, xliffDir), join(work, 'locales'), { recursive: true });
  const tempConfig = {
    ...config,
    $schema: undefined,
    tsConfig: join(root, config.tsConfig),
    interchange: { ...config.interchange, xliffDir: join(work, 'locales') },
    output: { ...config.output, outputDir: join(work, 'out'), localeCodesModule: join(work, 'out', 'codes.ts') },
  };
  writeFileSync(join(work, 'lit-localize.json'), JSON.stringify(tempConfig));
  execFileSync(join(root, 'node_modules', '.bin', 'lit-localize'), ['extract', '--config', join(work, 'lit-localize.json')], {
    cwd: root,
    stdio: 'pipe',
  });
  let missing = 0;
  let total = 0;
  for (const file of readdirSync(join(work, 'locales')).filter((f) => f.endsWith('.xlf'))) {
    const xml = readFileSync(join(work, 'locales', file), 'utf8');
    for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
      total++;
      // src/localization.ts looks messages up by explicit id only: a generated id would never be found.
      if (/^s[0-9a-f]{16}$/.test(id)) {
        missing++;
        console.error(`  ${file}: ${id} has a generated id; give its msg() an explicit { id: '…' }`);
      }
      if (!/<target>[\s\S]*\S[\s\S]*<\/target>/.test(body)) {
        missing++;
        const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
        console.error(`  ${file}: ${id} has no translation: ${source}`);
      }
    }
  }
  if (missing) {
    console.error(`check:l10n: ${missing} of ${total} UI strings lack a translation.`);
    console.error('Run `npm run localize:extract`, translate the new <trans-unit>s in locales/ (or add them to scripts/translations-en.mjs and run `node scripts/fill-translations.mjs`).');
    failed = true;
  } else console.log(`check:l10n: all ${total} UI strings of ${configFile} are translated.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
}
if (failed) process.exit(1);
