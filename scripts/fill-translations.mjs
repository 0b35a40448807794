// Adds English targets from scripts/translations-en.mjs to every <trans-unit> in
// locales/en.xlf (the widget's) and locales/workbench/en.xlf (the workbench's) that lacks one. Run after `npm run localize:extract`. Units whose
// source has no entry stay untranslated, and `npm run check:l10n` will name them.
import { readFileSync, writeFileSync } from 'node:fs';
import translations from './translations-en.mjs';

const placeholder = /<x id="(\d+)" equiv-text="[^"]*"\/>/g;
let added = 0;
for (const file of ['../locales/en.xlf', '../locales/workbench/en.xlf'].map((f) => new URL(f, import.meta.url))) {
  const xml = readFileSync(file, 'utf8').replace(
    /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target>[\s\S]*?<\/target>)?/g,
    (unit, id, source, target) => {
      if (target) return unit;
      const key = source.replace(placeholder, '{$1}');
      const english = translations[key];
      if (english === undefined) return unit;
      const xs = [...source.matchAll(placeholder)].map((m) => m[0]);
      const body = english.replace(/\{(\d+)\}/g, (_, i) => xs.find((x) => x.includes(`id="${i}"`)) ?? `{${i}}`);
      added++;
      return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${body}</target>`;
    },
  );
  writeFileSync(file, xml);
}
console.log(`fill-translations: added ${added} English targets`);
