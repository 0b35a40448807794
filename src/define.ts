/** Importing this module registers `<network-directory>` (the script-tag entry). */
import { defineNetworkDirectory } from './register.js';

export { defineNetworkDirectory, TAG_NAME } from './register.js';
export { NetworkDirectory } from './components/network-directory.js';

defineNetworkDirectory();
