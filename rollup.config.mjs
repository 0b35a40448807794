// Builds the one file a page loads: dist/network-directory.js, an ES module with
// Lit, @lit/localize and both locales inside. No runtime imports remain, so it
// works from any path or host. The build fails above the size budget.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/** Budget for the gzip size of dist/network-directory.js, in bytes. */
export const GZIP_BUDGET = 20 * 1024;

/** Prints gzip and brotli sizes of every chunk; fails the build when the main file is over budget. */
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
        const kb = (n) => `${(n / 1024).toFixed(2)} KB (${n} B)`;
        console.log(
          `size: ${file.fileName}: ${kb(code.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(GZIP_BUDGET)} gzip)`,
        );
        if (file.fileName === 'network-directory.js' && gzip > GZIP_BUDGET) {
          this.error(`${file.fileName} is ${kb(gzip)} gzip, over the budget of ${kb(GZIP_BUDGET)}.`);
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
      // keep_fargs: false drops unused parameters (nothing here reads a function's length);
      // unsafe_comps flips comparisons, which only matters for objects with valueOf.
      compress: { passes: 4, unsafe_arrows: true, pure_getters: true, keep_fargs: false, hoist_funs: true, unsafe_comps: true },
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
      for (const path of paths) this.emitFile({ type: 'asset', fileName: basename(path), source: await readFile(path) });
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
    typescript({ tsconfig: './tsconfig.src.json', declaration: false, sourceMap: true, outDir: 'dist', rootDir: 'src' }),
    terser({ ecma: 2021, module: true, toplevel: true, format: { comments: false } }),
    copyAssets(['src/embed/embed.html', 'src/embed/embed.css']),
    sizeBudget(),
  ],
};

export default [widget, embedPage];
