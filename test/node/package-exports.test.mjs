// What `npm publish` would ship: every entry point of package.json is in the tarball, no tests,
// sources of tests or node_modules are, the size stays small, and the package's entry for
// bundlers (lib/index.js) gives the class without registering it, while `./define` registers.
// Needs `npm run build` first (dist/, lib/, custom-elements.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const rootPath = fileURLToPath(root);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** Packed tarball at most this big (gzip); it was about 155 KB with both source maps of dist/. */
const MAX_PACKED_BYTES = 300 * 1024;

const built = ['dist/network-directory.js', 'lib/index.js', 'lib/define.js', 'custom-elements.json'];
const missingBuild = built.filter((f) => !existsSync(new URL(f, root)));

function dryRunPack() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: rootPath,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });
  const [result] = JSON.parse(out);
  return { ...result, paths: new Set(result.files.map((f) => f.path)) };
}

/** Every file path an `exports` value points at, through conditions. */
function exportTargets(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

const strip = (p) => p.replace(/^\.\//, '');

/** Relative .js files under lib/. */
function libFiles(dir = 'lib') {
  return readdirSync(new URL(`${dir}/`, root), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? libFiles(`${dir}/${entry.name}`) : entry.name.endsWith('.js') ? [`${dir}/${entry.name}`] : [],
  );
}

/** Module specifiers a compiled file imports or re-exports (static and dynamic). */
function importsOf(code) {
  return [
    ...[...code.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]),
    ...[...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]),
    ...[...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]),
  ];
}

/** lib/ files reachable from `entry` through relative imports. */
function localGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(new URL(file, root), 'utf8');
    for (const spec of importsOf(code)) {
      if (spec.startsWith('.')) visit(new URL(spec, new URL(file, root)).pathname.slice(new URL(root).pathname.length));
    }
  };
  visit(entry);
  return seen;
}

test('build output exists (npm run build writes it)', () => {
  assert.deepEqual(missingBuild, [], `missing: ${missingBuild.join(', ')}: run \`npm run build\` first`);
});

test('the npm package', { skip: missingBuild.length > 0 }, async (t) => {
  const pack = dryRunPack();
  const paths = [...pack.paths].sort();

  await t.test('holds every file that package.json points at', () => {
    const targets = [
      ...exportTargets(pkg.exports),
      pkg.main,
      pkg.module,
      pkg.types,
      pkg.customElements,
      ...Object.values(pkg.bin ?? {}),
    ]
      .filter(Boolean)
      .map(strip);
    const missing = [...new Set(targets)].filter((p) => !pack.paths.has(p));
    assert.deepEqual(missing, [], `package.json points at files the tarball lacks: ${missing.join(', ')}`);
  });

  await t.test('holds the one-file bundle, the schema, the types, the locales and the feed format', () => {
    for (const file of [
      'dist/network-directory.js',
      'schema/network-feed.schema.json',
      'custom-elements.json',
      'lib/index.d.ts',
      'lib/define.d.ts',
      'lib/generated/locales/en.js',
      'docs/FEED.md',
      'README.md',
    ]) {
      assert.ok(pack.paths.has(file), `${file} is not in the tarball`);
    }
  });

  await t.test('holds no tests, sources, demo, tooling or node_modules', () => {
    const unwanted = paths.filter(
      (p) =>
        /^(test|src|demo|bench|scripts|\.ci|node_modules)\//.test(p) ||
        p.includes('/node_modules/') ||
        /\.test\.[cm]?[jt]s(\.map)?$/.test(p) ||
        /^lib\/cli\//.test(p) ||
        /^(tsconfig.*|rollup.*|web-.*\.config\.mjs|custom-elements-manifest\.config\.mjs|package-lock\.json)$/.test(p),
    );
    assert.deepEqual(unwanted, [], `the tarball should not hold: ${unwanted.join(', ')}`);
  });

  await t.test(`stays small (at most ${MAX_PACKED_BYTES / 1024} KB packed)`, (tt) => {
    tt.diagnostic(
      `packed ${(pack.size / 1024).toFixed(1)} KB, unpacked ${(pack.unpackedSize / 1024).toFixed(1)} KB, ${pack.entryCount} files`,
    );
    assert.ok(pack.size <= MAX_PACKED_BYTES, `the tarball is ${(pack.size / 1024).toFixed(1)} KB packed`);
  });

  await t.test('lib/ imports only packages listed in "dependencies"', () => {
    const declared = new Set(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }));
    const undeclared = [];
    for (const file of libFiles()) {
      for (const spec of importsOf(readFileSync(new URL(file, root), 'utf8'))) {
        if (spec.startsWith('.') || spec.startsWith('node:')) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        if (!declared.has(name)) undeclared.push(`${file}: ${spec}`);
      }
    }
    assert.deepEqual(undeclared, [], `imports of packages not in "dependencies": ${undeclared.join(', ')}`);
  });
});

test(
  'lib/index.js gives the class without registering it; lib/define.js registers',
  { skip: missingBuild.length > 0 },
  () => {
    const graph = localGraph('lib/index.js');
    assert.ok(!graph.has('lib/define.js'), 'lib/index.js reaches lib/define.js through its imports');
    for (const file of graph) {
      const code = readFileSync(new URL(file, root), 'utf8');
      assert.doesNotMatch(code, /\bcustomElements\s*\.\s*define\s*\(/, `${file} calls customElements.define`);
      assert.doesNotMatch(code, /^\s*defineNetworkDirectory\s*\(/m, `${file} registers at import time`);
    }
    const define = readFileSync(new URL('lib/define.js', root), 'utf8');
    assert.match(define, /^defineNetworkDirectory\(\);?$/m, 'lib/define.js should register the element when imported');
    assert.deepEqual(
      [...pkg.sideEffects].map(strip).sort(),
      ['dist/network-directory.js', 'lib/define.js'],
      '"sideEffects" should list exactly the files that register',
    );
  },
);

// Lit's Node build brings a minimal HTMLElement and customElements, so the entry points can be
// imported here by the package's own name, through its "exports".
test(
  'importing the package by name: "." defines nothing, "./define" defines the element',
  { skip: missingBuild.length > 0 },
  async () => {
    const main = await import('network-directory');
    assert.equal(typeof main.NetworkDirectory, 'function');
    assert.equal(typeof main.defineNetworkDirectory, 'function');
    assert.equal(main.TAG_NAME, 'network-directory');
    assert.equal(
      globalThis.customElements?.get('network-directory'),
      undefined,
      'importing "network-directory" registered the element',
    );

    const define = await import('network-directory/define');
    assert.equal(define.NetworkDirectory, main.NetworkDirectory, '"./define" and "." should share one class');
    assert.equal(globalThis.customElements.get('network-directory'), main.NetworkDirectory);
    define.defineNetworkDirectory(); // a second registration attempt is harmless

    for (const [specifier, file] of [
      ['network-directory/network-directory.js', 'dist/network-directory.js'],
      ['network-directory/schema.json', 'schema/network-feed.schema.json'],
      ['network-directory/custom-elements.json', 'custom-elements.json'],
      ['network-directory/package.json', 'package.json'],
    ]) {
      assert.equal(import.meta.resolve(specifier), new URL(file, root).href, specifier);
    }
  },
);
