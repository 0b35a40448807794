import { html, type TemplateResult } from 'lit';

/** Clamps an attribute value to a valid heading level, 1–6. */
export function clampHeadingLevel(value: unknown, fallback: number): number {
  const level = Math.trunc(Number(value));
  return level >= 1 && level <= 6 ? level : fallback;
}

/**
 * A real `<hN>` element. Lit cannot bind tag names, and a fixed switch is smaller
 * and safer than static templates: the level is always one of six literals.
 */
export function headingTag(level: number, content: unknown, className: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class=${className} part=${className}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} part=${className}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${className}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${className}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${className}>${content}</h5>`;
    default:
      return html`<h6 class=${className} part=${className}>${content}</h6>`;
  }
}
