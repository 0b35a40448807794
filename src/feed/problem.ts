import type { FeedProblem, ProblemCode, ProblemLevel } from './types.js';

/** A problem as data; `describeProblem(p, lang)` turns it into a sentence. */
export function problem(
  level: ProblemLevel,
  path: string,
  code: ProblemCode,
  params: Readonly<Record<string, string | number>> = {},
): FeedProblem {
  return { level, path, code, params };
}
