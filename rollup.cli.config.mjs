// Builds the command line for editors: dist/cli.js, an ES module for Node 20 that
// bin/network-directory.js runs. Kept apart from rollup.config.mjs so that nothing
// here (Node built-ins, the CSV and JSON libraries) can reach the browser bundle
// or its size budget. The libraries stay runtime dependencies, not bundled. Lit and
// @lit/localize stay external too: `render` must use the one copy that @lit-labs/ssr
// renders with, and the msg() implementation localization.ts installs into it.
import typescript from '@rollup/plugin-typescript';

export default {
  input: 'src/cli/main.ts',
  output: {
    file: 'dist/cli.js',
    format: 'es',
    banner: '#!/usr/bin/env node',
    sourcemap: true,
  },
  external: [
    /^node:/,
    /^csv-parse(\/|$)/,
    /^csv-stringify(\/|$)/,
    'jsonc-parser',
    /^lit(\/|$)/,
    /^@lit\/localize(\/|$)/,
    /^@lit-labs\/ssr(\/|$)/,
    'parse5',
  ],
  plugins: [
    typescript({
      tsconfig: './tsconfig.src.json',
      declaration: false,
      sourceMap: true,
      outDir: 'dist',
      rootDir: 'src',
      // Node 20 runs the output as is: no need to lower it for old browsers.
      target: 'ES2022',
    }),
  ],
};
