// Builds the one file a page loads: dist/network-directory.js, an ES module with
// Lit, @lit/localize and both locales inside. No runtime imports remain, so it
// works from any path or host. The build fails above the size budget.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/** Budget for the gzip size of dist/network-directory.js, in bytes. */
export const GZIP_BUDGET = 24 * 1024;
/** Within this much of the budget the build warns. */
const WARN_MARGIN = 1024;

const kb = (n) => `${(n / 1024).toFixed(2)} KB (${n} B)`;

/**
 * Prints gzip and brotli sizes of every chunk, and what each module adds (its rendered
 * code, gzipped alone: the parts do not add up to the whole, but a change shows what it
 * costs). Warns in the last KB of the budget and fails the build above it.
 */
function sizeBudget() {
  return {
    name: 'size-budget',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const code = Buffer.from(file.code);
        const gzip = gzipSync(code, { level: 9 }).length;
        const brotli = brotliCompressSync(code, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
        }).length;
        const modules = Object.entries(file.modules)
          .filter(([, m]) => m.renderedLength > 0)
          .map(([id, m]) => ({
            id: id.replace(process.cwd() + '/', ''),
            raw: m.renderedLength,
            gzip: gzipSync(m.code ?? '', { level: 9 }).length,
          }))
          .sort((a, b) => b.gzip - a.gzip);
        for (const m of modules)
          console.log(`size:   ${String(m.gzip).padStart(6)} B gzip ${String(m.raw).padStart(7)} B raw  ${m.id}`);
        console.log(
          `size: ${file.fileName}: ${kb(code.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(GZIP_BUDGET)} gzip)`,
        );
        if (file.fileName !== 'network-directory.js') continue;
        if (gzip > GZIP_BUDGET) {
          this.error(`${file.fileName} is ${kb(gzip)} gzip, over the budget of ${kb(GZIP_BUDGET)}.`);
        } else if (gzip > GZIP_BUDGET - WARN_MARGIN) {
          console.warn(`size: WARNING: ${file.fileName} is within ${kb(GZIP_BUDGET - gzip)} of its budget.`);
        }
      }
    },
  };
}

const widget = {
  input: 'src/define.ts',
  output: {
    file: 'dist/network-directory.js',
    format: 'es',
    sourcemap: true,
  },
  // @lit/localize declares no sideEffects, so its unused runtime (configureLocalization,
  // id hashing) would stay in the bundle; we only use msg, str and the install hook.
  treeshake: { moduleSideEffects: (id) => !id.includes('/@lit/localize/') },
  plugins: [
    resolve({ browser: true }),
    typescript({
      tsconfig: './tsconfig.src.json',
      declaration: false,
      sourceMap: true,
      outDir: 'dist',
      rootDir: 'src',
    }),
    // Whitespace inside html`` and css`` templates is dead weight in the bundle.
    minifyTemplateLiterals(),
    terser({
      ecma: 2021,
      module: true,
      toplevel: true,
      // Only safe compressions: the bundle runs on pages we do not control.
      compress: { passes: 3 },
      // Private members (`_name`) get short names: no page can reach them anyway.
      // Lit's own internals are `_$…` and stay untouched.
      mangle: { properties: { regex: /^_[a-z]/ } },
      format: { comments: false },
    }),
    sizeBudget(),
  ],
};

/** Copies files into dist/ unchanged (the embed page and its style sheet). */
function copyAssets(paths) {
  return {
    name: 'copy-assets',
    async generateBundle() {
      const { readFile } = await import('node:fs/promises');
      const { basename } = await import('node:path');
      for (const path of paths)
        this.emitFile({ type: 'asset', fileName: basename(path), source: await readFile(path) });
    },
  };
}

// dist/embed.html + dist/embed.js + dist/embed.css: the directory in a page of its own, for
// iframes and oEmbed (src/embed/). embed.js imports no Lit: the page loads network-directory.js.
const embedPage = {
  input: 'src/embed/embed.ts',
  output: { file: 'dist/embed.js', format: 'es', sourcemap: true },
  plugins: [
    resolve({ browser: true }),
    typescript({
      tsconfig: './tsconfig.src.json',
      declaration: false,
      sourceMap: true,
      outDir: 'dist',
      rootDir: 'src',
    }),
    terser({ ecma: 2021, module: true, toplevel: true, format: { comments: false } }),
    copyAssets(['src/embed/embed.html', 'src/embed/embed.css']),
    sizeBudget(),
  ],
};

export default [widget, embedPage];
