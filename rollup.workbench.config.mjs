// Builds the workbench for editors: dist/network-feed-workbench.js, one ES module with
// the widget (its preview), the validator, the spreadsheet reader and writer, and both
// locales. It is not on readers' pages, so it has no budget; its size is printed so that
// growth shows in every build.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

function sizeReport() {
  return {
    name: 'size-report',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const code = Buffer.from(file.code);
        const gzip = gzipSync(code, { level: 9 }).length;
        const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
        const kb = (n) => `${(n / 1024).toFixed(2)} KB (${n} B)`;
        console.log(
          `size: ${file.fileName}: ${kb(code.length)} raw, ${kb(gzip)} gzip, ${kb(brotli)} brotli (no budget: editors only)`,
        );
      }
    },
  };
}

export default {
  input: 'src/workbench/define.ts',
  output: {
    file: 'dist/network-feed-workbench.js',
    format: 'es',
    sourcemap: true,
  },
  treeshake: { moduleSideEffects: (id) => !id.includes('/@lit/localize/') },
  plugins: [
    resolve({ browser: true }),
    typescript({
      tsconfig: './tsconfig.workbench.json',
      declaration: false,
      sourceMap: true,
      outDir: 'dist',
      rootDir: 'src',
    }),
    minifyTemplateLiterals(),
    terser({ ecma: 2021, module: true, toplevel: true, format: { comments: false } }),
    sizeReport(),
  ],
};
