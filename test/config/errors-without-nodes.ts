/**
 * Every browser test file imports this first (web-test-runner.config.mjs adds the import).
 *
 * A failed assertion whose actual or expected value is a page element (`expect(focused).to
 * .equal(toggle)`) never reached the report: the runner sends each failure's `actual` and
 * `expected` from the page to Node, and an element drags its whole document with it, so the
 * file stalled until the runner's file time-out and named no test. After each test, this
 * hook replaces nodes (and windows) in a failure by a short description, so that such a
 * failure shows in seconds, with its test's name. Tests still compare names, ids or booleans
 * (the message is better), but a slip can no longer hang the run.
 */
const MAX_DEPTH = 4;

/** A node of any document, an iframe's too (`instanceof Node` is false across frames). */
const isNode = (v: object): v is Node => typeof (v as Node).nodeType === 'number' && typeof (v as Node).nodeName === 'string';
const isWindow = (v: object) => (v as Window).window === v;

function describeNode(node: Node): string {
  if (node.nodeType === 1) {
    const el = node as Element;
    const id = el.id ? `#${el.id}` : '';
    const classes = [...el.classList].map((c) => `.${c}`).join('');
    return `<${el.localName}${id}${classes}>`;
  }
  return `[${node.nodeName}]`;
}

/** `value` with nodes and windows replaced by strings, plain arrays and objects copied. */
export function withoutNodes(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isNode(value)) return describeNode(value);
  if (isWindow(value)) return '[Window]';
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? '[Array]' : '[Object]';
  if (Array.isArray(value)) return value.map((v) => withoutNodes(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value; // dates, maps, errors: as they were
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNodes(v, depth + 1)]));
}

afterEach(function () {
  const err = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!err) return;
  err.actual = withoutNodes(err.actual);
  err.expected = withoutNodes(err.expected);
});
