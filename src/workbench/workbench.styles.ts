import { css } from 'lit';

/**
 * The workbench's own look: plain, high-contrast (WCAG 2.1 AA: 4.5:1 text, 3:1
 * controls and focus), one column up to 70rem, three columns (check · edit ·
 * preview) above it. Nothing here reaches the preview, which keeps the widget's styles.
 */
export const workbenchStyles = css`
  :host {
    display: block;
    --accent: var(--nd-wb-accent, #0a5c99);
    --error: var(--nd-wb-error, #a4161a);
    color: #1a1a1a;
    background: #fff;
    font: inherit;
    line-height: 1.45;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .workbench {
    padding: 0.75rem;
    min-height: 10rem;
  }
  .workbench.dragging {
    outline: 3px dashed var(--accent);
    outline-offset: -3px;
  }
  h2 {
    font-size: 1.2rem;
    margin: 0 0 0.5rem;
  }
  h3 {
    font-size: 1.05rem;
    margin: 1rem 0 0.5rem;
  }
  section {
    margin-bottom: 1.25rem;
    min-width: 0;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: flex-start;
    justify-content: space-between;
    flex-direction: row-reverse;
  }
  .open {
    flex: 1 1 18rem;
    margin: 0;
  }
  .open-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0.5rem 0;
  }
  .open-row input[type='url'] {
    flex: 1 1 12rem;
    width: auto;
  }
  /* Visually hidden, still focusable: its label is the visible button. */
  input[type='file'].file {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    border: 0;
    opacity: 0;
    overflow: hidden;
  }
  .file-button {
    display: inline-block;
  }
  .file:focus-visible + .file-button,
  .file-button:has(+ .file:focus-visible) {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
  button,
  .file-button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.4rem 0.8rem;
    border: 1px solid var(--accent);
    border-radius: 0.375rem;
    background: #fff;
    color: var(--accent);
    cursor: pointer;
  }
  button.primary,
  .file-button {
    background: var(--accent);
    color: #fff;
  }
  button.danger {
    border-color: var(--error);
    color: var(--error);
  }
  button[aria-pressed='true'],
  button[aria-current='true'] {
    background: var(--accent);
    color: #fff;
  }
  button:disabled {
    border-color: #767676;
    color: #595959;
    cursor: not-allowed;
  }
  button.link,
  button.go {
    min-height: 0;
    min-width: 0;
    border: 0;
    padding: 0.1rem 0.2rem;
    text-align: start;
    text-decoration: underline;
    background: none;
    color: var(--accent);
  }
  button.go {
    display: block;
    width: 100%;
    text-decoration: none;
    color: inherit;
    padding: 0.35rem 0.4rem;
  }
  button.go:hover {
    background: #eef4f9;
  }
  :is(button, input, textarea, [tabindex]):focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
  .language-switch {
    display: flex;
    gap: 0.25rem;
  }
  .status:empty {
    display: none;
  }
  .hint {
    color: #555;
    margin: 0.25rem 0;
  }
  .panes {
    display: grid;
    gap: 1.25rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 70rem) {
    .panes {
      grid-template-columns: minmax(16rem, 20rem) minmax(0, 1fr) 338px;
      align-items: start;
    }
    .side,
    .preview {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
    }
  }
  .problems {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .problem {
    border-inline-start: 4px solid #767676;
    margin-bottom: 0.4rem;
    padding-inline-start: 0.3rem;
  }
  .problem.level-feed,
  .problem.level-entry {
    border-color: var(--error);
  }
  .problem .level {
    font-weight: 700;
  }
  .problem .message {
    display: block;
  }
  code {
    overflow-wrap: anywhere;
    font-size: 0.9em;
  }
  .failure {
    border: 2px solid var(--error);
    padding: 0.75rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    color: #555;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid #ccc;
    padding: 0.25rem;
  }
  .count {
    font-weight: 700;
  }
  fieldset {
    border: 1px solid #767676;
    border-radius: 0.375rem;
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .text-field {
    border: 0;
    padding: 0;
  }
  .langs {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .langs .field {
    flex: 1 1 12rem;
  }
  .field {
    margin-bottom: 0.6rem;
    min-width: 0;
  }
  .field label {
    display: block;
  }
  input:not([type='checkbox']),
  textarea {
    font: inherit;
    width: 100%;
    padding: 0.4rem;
    border: 1px solid #767676;
    border-radius: 0.25rem;
    background: #fff;
    color: inherit;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--error);
  }
  .errors {
    color: var(--error);
    margin: 0.2rem 0 0;
    padding-inline-start: 1.1rem;
  }
  .required {
    font-weight: 400;
    color: #555;
  }
  label.check {
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
    margin: 0 1rem 0.4rem 0;
    min-height: 2rem;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
  }
  .entries {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    padding: 0;
    list-style: none;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0;
  }
  .term-list {
    padding-inline-start: 0;
    list-style: none;
  }
  details.head > summary {
    cursor: pointer;
    font-weight: 700;
    min-height: 2.75rem;
    padding: 0.5rem 0;
  }
  .frames {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }
  .frame {
    width: 320px;
    max-width: 100%;
    max-height: 40rem;
    overflow: auto;
    border: 1px solid #767676;
    border-radius: 0.375rem;
  }
`;
