// `npm run build:manifest` → custom-elements.json: the element's attributes, properties,
// events, CSS parts, CSS custom properties and slot, read from the JSDoc and the
// `static properties` of src/components. test/node/readme-matches-manifest.test.mjs holds
// README.md to it; editors and IDEs read it through package.json's "customElements".
//
// Three small plugins make the analyzer (0.11) describe the package as it ships:
//  - `state: true` entries of `static properties` are internal state, not attributes
//    (the analyzer lists them as attributes: open-wc/custom-elements-manifest#294);
//  - the tag name comes from src/register.ts, which registers through `TAG_NAME`
//    (the analyzer only understands `customElements.define('literal', Class)`);
//  - module paths name the files consumers import (lib/*.js), not our sources.
import { readFileSync } from 'node:fs';

/** Drops `static properties` entries with `state: true` from `attributes`. */
function litStateIsNotAnAttribute() {
  const stateFields = new Map(); // class name → Set of field names
  return {
    name: 'network-directory: lit state is not an attribute',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || member.name?.getText() !== 'properties') continue;
        const object = member.initializer;
        if (!object || !ts.isObjectLiteralExpression(object)) continue;
        for (const property of object.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const isState = property.initializer.properties.some(
            (option) =>
              ts.isPropertyAssignment(option) &&
              option.name.getText() === 'state' &&
              option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (!isState) continue;
          const className = node.name.getText();
          if (!stateFields.has(className)) stateFields.set(className, new Set());
          stateFields.get(className).add(property.name.getText());
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const fields = stateFields.get(declaration.name);
        if (!fields) continue;
        declaration.attributes = declaration.attributes?.filter((a) => !fields.has(a.fieldName));
        for (const member of declaration.members ?? []) {
          if (fields.has(member.name)) delete member.attribute;
        }
      }
    },
  };
}

/** Sets the tag name from src/register.ts and records where importing registers it. */
function tagNameFromRegister({ registerFile = 'src/register.ts', defineModule = 'src/define.ts' } = {}) {
  return {
    name: 'network-directory: tag name from register.ts',
    packageLinkPhase({ customElementsManifest }) {
      const source = readFileSync(registerFile, 'utf8');
      const tagName = source.match(/export const TAG_NAME = '([a-z][a-z0-9]*-[a-z0-9-]*)'/)?.[1];
      const className = source.match(/\.define\(TAG_NAME, (\w+)\)/)?.[1];
      if (!tagName || !className) {
        throw new Error(`${registerFile}: expected \`export const TAG_NAME = '…'\` and \`.define(TAG_NAME, Class)\``);
      }
      const module = customElementsManifest.modules.find((m) =>
        m.declarations?.some((d) => d.customElement && d.name === className),
      );
      if (!module) throw new Error(`no custom element class ${className} in the analyzed modules`);
      module.declarations.find((d) => d.name === className).tagName = tagName;
      customElementsManifest.modules.push({
        kind: 'javascript-module',
        path: defineModule,
        declarations: [],
        exports: [
          {
            kind: 'custom-element-definition',
            name: tagName,
            declaration: { name: className, module: module.path },
          },
        ],
      });
    },
  };
}

/** `src/x.ts` → `lib/x.js` everywhere in the manifest: the files the package ships. */
function pathsToLib() {
  const toLib = (p) => (typeof p === 'string' ? p.replace(/^src\/(.*)\.ts$/, 'lib/$1.js') : p);
  const walk = (value) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    for (const key of Object.keys(value)) {
      if (key === 'path' || key === 'module') value[key] = toLib(value[key]);
      else walk(value[key]);
    }
  };
  return {
    name: 'network-directory: paths to lib',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [litStateIsNotAnAttribute(), tagNameFromRegister(), pathsToLib()],
};
