/**
 * Registers `<network-directory>`. Safe to load twice (two script tags, or a
 * page that bundles us already): the second registration is skipped.
 */
import { NetworkDirectory } from './components/network-directory.js';

export const TAG_NAME = 'network-directory';

export function defineNetworkDirectory(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(TAG_NAME)) registry.define(TAG_NAME, NetworkDirectory);
}

defineNetworkDirectory();
