/**
 * The accessibility suites for structure, keyboard order and focus after actions, run again
 * with render-root="light" (the directory rendered into the page's tree for page translators):
 * the same names, roles, Tab order and focus moves hold there (docs/embedding.md).
 */
import './light-mode.js';
import { expect } from '@open-wc/testing';
import { demoInPage } from './helpers.js';
import './structure.test.js';
import './keyboard-order.test.js';
import './focus-after-actions.test.js';

describe('the suites above ran with render-root="light"', () => {
  it('mounts into the page tree', async () => {
    const { el } = await demoInPage();
    expect(el.shadowRoot === null, 'no shadow root').to.equal(true);
    expect(el.querySelectorAll('.card').length).to.be.greaterThan(0);
  });
});
