import { NetworkDirectory } from './components/network-directory.js';

export const TAG_NAME = 'network-directory';

/**
 * Registers `<network-directory>` unless something already did: loading the
 * script twice, or beside a bundle that includes us, must not throw.
 */
export function defineNetworkDirectory(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(TAG_NAME)) registry.define(TAG_NAME, NetworkDirectory);
}
