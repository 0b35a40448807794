/**
 * The widget's own loader (its time-out and size limit) for the command line,
 * which also needs the text it read, for line and column numbers.
 */
import { loadFeedText, parseDecodedFeed } from '../feed/load.js';
import type { ValidationResult } from '../feed/types.js';

export async function loadFeedWithText(url: string): Promise<{ result: ValidationResult; text?: string }> {
  const loaded = await loadFeedText(url);
  if (!('text' in loaded)) return { result: { feed: null, problems: [loaded] } };
  return { result: parseDecodedFeed(loaded), text: loaded.text };
}
