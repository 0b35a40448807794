// Node tests import the TypeScript sources (the validator, shared fixtures) through one
// esbuild bundle in memory, so they test exactly what the widget ships, without a build.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles `paths` (relative to the repository root) into one ES module and imports it. */
export async function importTypeScript(...paths) {
  const { outputFiles } = await build({
    stdin: { contents: paths.map((p) => `export * from './${p}';`).join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return import('data:text/javascript;base64,' + Buffer.from(outputFiles[0].text).toString('base64'));
}
