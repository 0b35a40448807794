/**
 * The package's entry for bundlers: the element class and its types, without
 * registering it (import `network-directory/define` for that, or call
 * `defineNetworkDirectory()`).
 */
export { NetworkDirectory } from './components/network-directory.js';
export { defineNetworkDirectory, TAG_NAME } from './register.js';
export type * from './events.js';
export type * from './feed/types.js';
export type { FilterState } from './state/filter-state.js';
export { validateFeed, parseFeedText } from './feed/validate.js';
export { describeProblem } from './feed/problem-messages.js';
