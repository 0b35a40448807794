/**
 * Where a validator path sits in a JSON text: line and column of the value, or of
 * the nearest enclosing value when the field is missing (`networks[2].name` →
 * the entry's `{`). Uses Microsoft's jsonc-parser, which keeps offsets for every
 * node, in strict JSON mode so that it objects to exactly what JSON.parse objects to.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { parseJsonPath } from './json-path.js';
import { positionsIn, type Position } from './text-position.js';

export interface JsonLocations {
  /** Position of the value at `path`, or of its nearest existing ancestor. */
  at(path: string): Position | undefined;
  /** The first syntax error, when the text is not JSON. */
  readonly syntaxError: (Position & { readonly reason: string }) | undefined;
}

export function jsonLocations(text: string): JsonLocations {
  // The validator ignores a byte order mark, and editors do not show it: columns start after it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false });
  const position = positionsIn(body);
  const first = errors[0];
  return {
    syntaxError: first && { ...position(first.offset), reason: printParseErrorCode(first.error) },
    at(path) {
      const segments = parseJsonPath(path);
      if (!root || !segments) return undefined;
      for (let n = segments.length; n >= 0; n--) {
        const node: Node | undefined = findNodeAtLocation(root, segments.slice(0, n));
        if (node) return position(node.offset);
      }
      return undefined;
    },
  };
}
