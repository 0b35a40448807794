/**
 * Proves the browser-test infrastructure: this suite runs unchanged in Chromium,
 * Firefox and WebKit (see web-test-runner.config.mjs) and checks the platform
 * features that the project's Lit elements rely on, in the real engine.
 */
import { LitElement, css, html } from 'lit';
import { expect, fixture } from '@open-wc/testing';
import { engine, engineFromUserAgent } from '../config/engine.js';

class InfraProbe extends LitElement {
  static override styles = css`
    :host {
      display: block;
      width: 123px;
      color: rgb(1, 2, 3);
    }
    span {
      display: inline-block;
      width: 40px;
    }
  `;

  static override properties = { label: { type: String } };

  declare label: string;

  constructor() {
    super();
    this.label = 'default';
  }

  override render() {
    return html`<span part="label">${this.label}</span><slot></slot>`;
  }
}

if (!customElements.get('nd-infra-probe')) customElements.define('nd-infra-probe', InfraProbe);

declare global {
  interface HTMLElementTagNameMap {
    'nd-infra-probe': InfraProbe;
  }
}

describe('browser engine under test', () => {
  it('has a user agent naming a known engine', () => {
    expect(navigator.userAgent).to.be.a('string').and.not.empty;
    expect(engine).to.not.equal('unknown');
    // The engine the runner asked for is the one running (e.g. not a Chromium named Firefox).
    expect(engineFromUserAgent(navigator.userAgent)).to.equal(engine);
  });

  it('supports custom elements, shadow DOM and constructable, adopted style sheets', () => {
    expect(typeof customElements.define).to.equal('function');
    expect(typeof HTMLElement.prototype.attachShadow).to.equal('function');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(':host { color: red; }');
    expect(sheet.cssRules.length).to.equal(1);
    expect(Array.isArray(document.adoptedStyleSheets)).to.equal(true);
  });

  it('renders a Lit element with its styles adopted into the shadow root', async () => {
    const el = await fixture<InfraProbe>(html`<nd-infra-probe label="Hallo">Welt</nd-infra-probe>`);
    expect(el.shadowRoot).to.exist;
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    const span = el.shadowRoot!.querySelector('span')!;
    expect(span.textContent).to.equal('Hallo');
    // Layout really happened: the :host and inner styles apply in this engine.
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
    expect(el.getBoundingClientRect().width).to.equal(123);
    expect(span.getBoundingClientRect().width).to.equal(40);
    // Slotted light DOM text is assigned.
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(
      slot
        .assignedNodes()
        .map((n) => n.textContent)
        .join(''),
    ).to.equal('Welt');
  });

  it('re-renders on property change and dispatches composed events across the shadow boundary', async () => {
    const el = await fixture<InfraProbe>(html`<nd-infra-probe></nd-infra-probe>`);
    el.label = 'Neu';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('span')!.textContent).to.equal('Neu');

    let seenTarget: EventTarget | null = null;
    el.addEventListener('nd-probe', (e) => {
      seenTarget = e.target;
    });
    el.shadowRoot!.querySelector('span')!.dispatchEvent(new CustomEvent('nd-probe', { bubbles: true, composed: true }));
    expect(seenTarget === el, 'event target is the host').to.equal(true); // retargeted to the host
  });

  it('has the Intl APIs the German/English UI needs', () => {
    expect(new Intl.NumberFormat('de-DE').format(1234.5)).to.equal('1.234,5');
    expect(new Intl.Collator('de').compare('ä', 'z')).to.be.lessThan(0);
    expect(new Intl.PluralRules('en').select(1)).to.equal('one');
  });

  it('renders text with a real font (non-zero text width)', async () => {
    const el = await fixture<HTMLSpanElement>(html`<span style="font: 16px sans-serif">Netzwerke</span>`);
    expect(el.getBoundingClientRect().width).to.be.greaterThan(20);
  });
});
