/**
 * A host application that uses Lit and @lit/localize itself (the copies in node_modules, not
 * the ones inside our bundle), as a city's site might: runtime localization configured with
 * `configureLocalization`, its own element `<host-greeting>` that says "Hello" or "Hallo".
 */
import { LitElement, html } from 'lit';
import { configureLocalization, msg, updateWhenLocaleChanges } from '@lit/localize';

export class HostGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    return html`<p>${msg('Hello', { id: 'h' })}</p>`;
  }
}

/** Configures the host's localization and defines `<host-greeting>`; call once per page. */
export function startHostApp() {
  const localization = configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['de'],
    loadLocale: async () => ({ templates: { h: 'Hallo' } }),
  });
  customElements.define('host-greeting', HostGreeting);
  return localization;
}

/** What a `<host-greeting>` shows. */
export const greetingText = (el: Element) => (el.shadowRoot?.textContent ?? '').trim();
