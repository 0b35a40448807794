import { css } from 'lit';

/**
 * Everything is scoped to the shadow root, so host CSS cannot reach in (except
 * through the documented custom properties and parts) and nothing leaks out.
 * Colours are chosen for WCAG 2.1 AA: text 4.5:1, controls and focus 3:1,
 * in both appearances.
 */
export const directoryStyles = css`
  /*
   * Each colour is light-dark(light, dark); color-scheme picks one. Light by
   * default, whatever the page's own scheme; dark or the system's with \`appearance\`.
   */
  :host {
    --_accent: var(--nd-accent, light-dark(#0a5c99, #8cc8ff));
    --_accent-contrast: var(--nd-accent-contrast, light-dark(#fff, #0d1117));
    --_text: var(--nd-text, light-dark(#1a1a1a, #f0f3f6));
    --_muted: var(--nd-muted, light-dark(#555, #b8c0c8));
    --_bg: var(--nd-background, light-dark(#fff, #0d1117));
    --_surface: var(--nd-surface, light-dark(#f4f6f8, #1b222c));
    --_border: var(--nd-border, light-dark(#767676, #8b949e));
    --_focus: var(--nd-focus, light-dark(#0a5c99, #8cc8ff));
    --_note-bg: light-dark(#fff4d6, #3a2e0c);
    --_danger: light-dark(#b3261e, #ff8a80);
    --_radius: var(--nd-radius, 0.375em);
    --_space: var(--nd-space, 1em);
    /* 44 CSS px (WCAG 2.5.5), more when the text is larger */
    --_target: max(2.75em, 44px);
    color-scheme: light;
    /*
     * The host box fills the free inline size as a block does, also where the page sizes
     * its children to their content (flex rows, floats, inline blocks, table cells, grid
     * auto columns, absolute boxes, fit-content): asked for its size, its one grid column
     * says "nothing at least, the viewport's width at most" (a percentage counts as nothing
     * there), and once the box has its width the column takes all of it (100%). In a flex
     * row it takes the free space (basis 0, so the page's own flex items keep theirs).
     * The container for the container queries is .directory inside: a container's own
     * content cannot size it.
     */
    display: grid;
    grid-template-columns: minmax(100%, 100vw);
    flex: 1 1 0%;
    min-inline-size: 0;
    box-sizing: border-box;
  }
  :host([appearance='dark']) {
    color-scheme: dark;
  }
  :host([appearance='auto']) {
    color-scheme: light dark;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  [hidden] {
    display: none !important;
  }
  /* What each dir attribute says, as a rule: with render-root="light" it also holds against
     a page rule that sets direction on every element. */
  [dir='ltr'] {
    direction: ltr;
  }
  [dir='rtl'] {
    direction: rtl;
  }

  /*
   * Every inherited property is decided here, at the boundary (a page's value on an
   * ancestor, or a rule such as \`* { letter-spacing: 3px !important }\` that reaches the
   * host element itself, would otherwise flow into everything inside): \`all: initial\`
   * resets them all, including ones no test names yet, and the lines after it set ours.
   * Taken from the page on purpose: the font family, visibility and pointer-events (a
   * hidden or inert panel hides or disables the directory in it too).
   * The text size is the reader's default size (\`medium\`: the browser's font-size
   * setting, 16 px unless changed), not the page's root size (\`html { font-size: 62.5% }\`
   * in older themes), and every length inside is in em of it; --nd-font-size sets another.
   * Direction: \`all\` does not reset it; the \`dir\` attribute that goes with every \`lang\`
   * the widget sets (directionOf) does, so the German and English interface is left to
   * right in a right-to-left page, and a feed text in Arabic or Hebrew runs right to left.
   * Hyphenation follows each text's \`lang\` (German compounds break at syllables).
   */
  .directory {
    all: initial;
    display: grid;
    container-type: inline-size;
    gap: var(--_space);
    padding: calc(var(--_space) / 2) 0;
    color: var(--_text);
    background: var(--_bg);
    color-scheme: inherit;
    font-family: var(--nd-font, inherit);
    font-size: var(--nd-font-size, medium);
    line-height: 1.5;
    overflow-wrap: anywhere;
    hyphens: auto;
    visibility: inherit;
    pointer-events: inherit;
    box-sizing: border-box;
  }

  h1, h2, h3, h4, h5, h6 {
    margin: 0;
    line-height: 1.25;
    font-weight: 700;
  }
  .title {
    font-size: 1.5em;
  }
  .card-title {
    font-size: 1.15em;
  }

  p {
    margin: 0 0 0.5em;
  }
  p:last-child {
    margin-block-end: 0;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  button,
  input {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }

  button {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0.4em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .header > :not(.language-switch) {
    flex: 1 1 20em;
  }
  .header > .feed-description,
  .header > .description-fold {
    flex-basis: 100%;
  }
  .feed-description {
    color: var(--_muted);
  }
  .header > .description-toggle {
    flex: none;
  }

  /*
   * The layout follows the directory's own width (its container), not the viewport's:
   * narrow (below 48em, phones and sidebars) everything in one column with the facet
   * groups and the description's later paragraphs folded; wide, the filters beside the
   * results (the GOV.UK "filter a list" pattern). Both keep the DOM order, so focus
   * order is the reading order in either.
   */
  .layout {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }
  .results-area {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  @container (width < 48em) {
    .folded .feed-description p:not(:first-child),
    .facets.folded {
      display: none;
    }
    /* "Filter (n)" beside the search field, the unfolded groups below both */
    .filters {
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: end;
    }
    .facets {
      grid-column: 1 / -1;
    }
  }
  @container (width >= 48em) {
    .layout {
      grid-template-columns: minmax(12em, 17em) minmax(0, 1fr);
    }
    .filters-toggle,
    .description-toggle {
      display: none;
    }
    .facet ul {
      flex-direction: column;
      gap: 0;
    }
  }

  .language-switch {
    display: flex;
    gap: 0.25em;
  }
  .language-switch button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
    border-color: var(--_accent);
    font-weight: 700;
  }

  .filters,
  .facets {
    display: grid;
    gap: var(--_space);
  }
  .filters {
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .filters-toggle {
    justify-self: start;
  }
  .filters-toggle[aria-expanded='true'] {
    border-color: var(--_accent);
  }

  .search-field {
    display: grid;
    gap: 0.25em;
  }
  .search-field label {
    font-weight: 700;
  }
  /* 16 px at least: iOS Safari zooms into a focused field with smaller text. */
  input[type='search'] {
    inline-size: 100%;
    min-block-size: var(--_target);
    font-size: max(1em, 16px);
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }

  .facet {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .facet legend {
    padding: 0;
    margin-block-end: 0.25em;
    font-weight: 700;
  }
  .facet ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .term {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: var(--_target);
  }
  .term input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  .term label {
    cursor: pointer;
  }
  .count {
    color: var(--_muted);
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .chips ul {
    display: contents;
  }
  .chip {
    border-radius: 999px;
    background: var(--_surface);
  }

  p.count {
    margin: 0;
    font-weight: 700;
    color: var(--_text);
  }

  .results {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }
  :host([layout='compact']) .results {
    gap: calc(var(--_space) / 2);
  }
  :host(:not([layout='compact'])) .results {
    grid-template-columns: repeat(auto-fill, minmax(min(20em, 100%), 1fr));
  }
  /*
   * An open card spans its row, so its details get the list's width. The cards before it
   * keep their places and the ones after it follow in order (no dense packing: what is
   * read first stays first, also for the keyboard).
   */
  .results > li.open {
    grid-column: 1 / -1;
  }
  /*
   * Only the open card is a container, for its details' layout: a container per card
   * made every filter change re-evaluate 24 containers (measured: facet clicks 10 ms slower).
   */
  .results > li.open,
  .single {
    container: card / inline-size;
  }

  .card {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    /* Cards out of view skip layout and paint: a filter change lays out only what is seen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  :host([layout='compact']) .card {
    padding: calc(var(--_space) / 2);
  }
  :host([layout='compact']) .card .summary {
    display: none;
  }
  .short-name {
    font-weight: 400;
    color: var(--_muted);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .badge {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
  }
  .toggle {
    justify-self: start;
  }
  .single .toggle {
    display: none;
  }

  .details {
    display: grid;
    gap: 0.75em;
    align-items: start;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_border);
  }
  /* A wide open card: the texts on one side (lines of a readable length), the facts on the other. */
  @container card (width >= 44em) {
    .details {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .details > .facts {
      grid-column: 2;
      grid-row: 1 / span 3;
    }
  }
  .note {
    padding: 0.5em 0.75em;
    background: var(--_note-bg);
    border-inline-start: 4px solid var(--_accent);
  }
  /*
   * Labels above their values, unless the list itself is wide enough to give the values
   * two thirds of it beside labels of at most 10em (the list is its rows' container).
   */
  .facts {
    display: grid;
    gap: 0.5em;
    margin: 0;
    container-type: inline-size;
  }
  .facts .row {
    display: grid;
  }
  @container (width >= 30em) {
    .facts .row {
      grid-template-columns: minmax(6em, 10em) minmax(0, 1fr);
      gap: 0.75em;
    }
  }
  /* Addresses are copied and dialled as written: no hyphens inserted. */
  .contact a {
    hyphens: manual;
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0;
  }
  .text,
  .description,
  .summary {
    white-space: pre-line;
  }

  .untranslated,
  .untranslated-note {
    color: var(--_muted);
    font-size: 0.875em;
    font-style: italic;
  }

  .message {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .message.error {
    border-inline-start: 4px solid var(--_danger);
  }
  .no-matches button {
    margin-block-start: 0.5em;
  }
  .show-more {
    justify-self: center;
  }

  .footer {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .footer ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    .language-switch button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .badge,
    .card,
    .chip {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .language-switch,
    .filters,
    .description-toggle,
    .chips button,
    .toggle,
    .show-more,
    .no-matches button {
      display: none !important;
    }
    .details[hidden],
    .print-summary {
      display: grid !important;
    }
    .folded .feed-description p {
      display: block !important;
    }
    .card {
      break-inside: avoid;
      content-visibility: visible;
    }
    a::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;
