/**
 * Reads the validator's problem paths (`networks[3].contact.url`,
 * `networks[0].facets["odd key"]`, `title.en`) back into segments, so that the
 * command line can find the value in a JSON text or the cell in a spreadsheet.
 * The syntax is the validator's own (see `member` in src/feed/validate.ts).
 */
export type PathSegment = string | number;

// A plain key (optionally after a dot), an array index, or a quoted key as JSON writes it.
const SEGMENT = /\.?([A-Za-z0-9_-]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** The segments of `path`; `undefined` when it is not a path the validator writes. `''` is the document. */
export function parseJsonPath(path: string): PathSegment[] | undefined {
  const segments: PathSegment[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < path.length) {
    const start = SEGMENT.lastIndex;
    const m = SEGMENT.exec(path);
    if (!m || (start === 0 && path[0] === '.')) return undefined;
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else segments.push(JSON.parse(m[3]) as string);
  }
  return segments;
}
