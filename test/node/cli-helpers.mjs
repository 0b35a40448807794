// Shared by the cli-*.test.mjs files: runs the built command line as a real child
// process (exit codes, standard output and error as an editor sees them).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTypeScript } from './load-typescript.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const bin = join(root, 'bin/network-directory.js');
export const fixtures = join(root, 'test/fixtures/cli');
export const fixture = (name) => join(fixtures, name);

if (!existsSync(join(root, 'dist/cli.js'))) {
  throw new Error('dist/cli.js is missing: run `npm run build` (npm test does) before the CLI tests.');
}

/** German unless a test says otherwise: the locale of the machine must not decide. */
const quietLocale = { LANG: 'C', LC_ALL: '', LC_MESSAGES: '' };

/** Runs `node bin/network-directory.js …args`; resolves with the exit code and both outputs, never rejects. */
export function cli(args, { cwd = fixtures, env = {} } = {}) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd, env: { ...process.env, ...quietLocale, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

/** A fresh folder for files a test writes, removed after it. */
export function tempDir(t) {
  const dir = mkdtempSync(join(tmpdir(), 'network-directory-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The validator itself (TypeScript sources), for comparing normalized feeds. */
export const loadValidator = () => importTypeScript('src/feed/validate.ts');
