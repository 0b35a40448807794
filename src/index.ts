/** The package's entry: the element (registered on import) and everything typed about it. */
export { NetworkDirectory } from './components/network-directory.js';
export { defineNetworkDirectory, TAG_NAME } from './define.js';
export type * from './events.js';
export type * from './feed/types.js';
export type { FilterState } from './search/derive.js';
export { validateFeed, parseFeedText } from './feed/validate.js';
export { describeProblem } from './feed/problem-messages.js';
