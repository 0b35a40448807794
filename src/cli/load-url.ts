/**
 * The widget's own loader (its time-out and size limit) for the command line,
 * which also needs the text it read, for line and column numbers.
 */
import { loadFeedText } from '../feed/load.js';
import { parseFeedText } from '../feed/validate.js';
import type { ValidationResult } from '../feed/types.js';

export async function loadFeedWithText(url: string): Promise<{ result: ValidationResult; text?: string }> {
  const text = await loadFeedText(url);
  if (typeof text !== 'string') return { result: { feed: null, problems: [text] } };
  return { result: parseFeedText(text), text };
}
