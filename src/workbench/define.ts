/**
 * The script-tag entry of the workbench (dist/network-feed-workbench.js):
 * registers `<network-feed-workbench>` and, for its preview, `<network-directory>`
 * (unless the page already did), and adds the workbench's English strings.
 */
import { addTemplates } from '../localization.js';
import { templates } from '../generated/workbench/locales/en.js';
import { defineNetworkDirectory } from '../register.js';
import { NetworkFeedWorkbench } from './network-feed-workbench.js';

export { NetworkFeedWorkbench };
export const WORKBENCH_TAG_NAME = 'network-feed-workbench';

addTemplates(templates);
defineNetworkDirectory();
if (!customElements.get(WORKBENCH_TAG_NAME)) customElements.define(WORKBENCH_TAG_NAME, NetworkFeedWorkbench);
