#!/usr/bin/env node
// `npx network-directory …`: the command line, built into dist/cli.js by `npm run build`.
import '../dist/cli.js';
