import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { UiLocale } from '../localization.js';
import { inLocale } from '../translations.js';
import { uiLocaleFor } from '../state/ui-language.js';
import { loadFeedText } from '../feed/load.js';
import { describeProblem } from '../feed/problem-messages.js';
import { countProblems, summaryLine, type LocatedProblem } from '../cli/report.js';
import {
  addItem,
  draftOf,
  feedLanguage,
  getAt,
  isObj,
  moveItem,
  networksOf,
  removeItem,
  setTerm,
  setText,
  setValue,
  textIn,
  type Draft,
  type Obj,
} from './draft.js';
import { openJsonText, openMany, type Opened } from './open.js';
import { checkDraft, levelText, openFailure, placeText, type Checked } from './check.js';
import { diffFeeds, hasChanges } from './diff.js';
import { translationGaps } from './translations.js';
import { feedCsv, feedJson, fileNames } from './save.js';
import {
  ENTRY_FIELDS,
  HEAD_FIELDS,
  anchorFor,
  fieldId,
  isText,
  join,
  type FieldKind,
  type FieldSpec,
} from './fields.js';
import { fieldLabel, languageName } from './labels.js';
import { workbenchStyles } from './workbench.styles.js';

/** The two languages the editor writes side by side. */
const LANGS = ['de', 'en'] as const;
/** Checks and the preview follow the typing after this pause, in milliseconds. */
const CHECK_DELAY_MS = 250;

interface FacetView {
  readonly id: string;
  readonly terms: readonly { readonly id: string; readonly label: unknown }[];
  readonly label: unknown;
}

/**
 * The feed workbench: editors open a spreadsheet (CSV as Excel or LibreOffice
 * save it), a feed JSON or a feed URL, see every problem with its place in the
 * file, fix and translate entries in a form, watch the directory itself as a
 * preview, and download the feed (JSON, or CSV with its head file). Everything
 * happens in the browser: nothing is uploaded, and the draft lives only in
 * memory (leaving the page with unsaved changes asks first).
 *
 * The UI language is German or English: the element's `lang` (or its
 * ancestors', or the document's), until the editor picks one with its switch.
 *
 * @summary Open, check, fix, translate, preview and save a network feed, in the browser.
 *
 * @fires nd-workbench-opened - A file or URL was opened. `detail: { file, entries, usable }`; `entries` is the number of entries in the draft, `usable` false when nothing could be read.
 * @fires nd-workbench-download - About to download a file. `detail: { fileName, text, type }`; cancelable: `preventDefault()` stops the download (the host saves `text` itself).
 *
 * @csspart base - The whole workbench.
 * @csspart preview - The frame around each preview directory (320 px wide).
 *
 * @cssprop [--nd-wb-accent=#0a5c99] - Buttons, links and the focus ring.
 * @cssprop [--nd-wb-error=#a4161a] - Problems of the feed level and errors beside fields.
 */
export class NetworkFeedWorkbench extends LitElement {
  static override styles = workbenchStyles;

  static override properties = {
    _opened: { state: true },
    _draft: { state: true },
    _checked: { state: true },
    _preview: { state: true },
    _selected: { state: true },
    _chosenLocale: { state: true },
    _status: { state: true },
    _failure: { state: true },
    _dragging: { state: true },
  };

  declare private _opened: Opened | undefined;
  declare private _draft: Draft | undefined;
  declare private _checked: Checked | undefined;
  /** The draft as the preview shows it: follows `_draft` after CHECK_DELAY_MS. */
  declare private _preview: Obj | undefined;
  declare private _selected: number;
  declare private _chosenLocale: UiLocale | undefined;
  /** Announced politely: what was opened or saved. */
  declare private _status: string;
  /** Why the last file could not be opened. */
  declare private _failure: readonly LocatedProblem[];
  declare private _dragging: boolean;

  /** The feed as opened, for the diff. */
  private _original: Obj | undefined;
  /** The feed as last opened or downloaded: anything else is unsaved. */
  private _saved: Obj | undefined;
  private _checkedLocale: UiLocale | undefined;
  private _timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this._selected = 0;
    this._status = '';
    this._failure = [];
    this._dragging = false;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this._onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this._onBeforeUnload);
    clearTimeout(this._timer);
  }

  /** The raw feed being edited (FEED.md's shape, unvalidated); `undefined` before anything is opened. */
  get draft(): unknown {
    return this._draft?.feed;
  }

  /** True when the draft differs from what was opened or last downloaded. */
  get unsaved(): boolean {
    return this._draft !== undefined && this._draft.feed !== this._saved;
  }

  /**
   * Opens a spreadsheet (`.csv`, `.tsv`, `.txt`: any separator, UTF-8 or Windows-1252)
   * or a feed (`.json`); other names are told apart by their first character.
   * Without a head file, a table's title, language and filter groups are made from it.
   */
  async openFile(file: Blob & { readonly name?: string }): Promise<void> {
    await this.openFiles([file]);
  }

  /**
   * Opens files chosen or dropped together: a table and a `.json` beside it are the
   * table and its head file (as the CSV download writes them); otherwise the first file.
   */
  async openFiles(files: Iterable<Blob & { readonly name?: string }>): Promise<void> {
    const read = await Promise.all(
      [...files].map(async (f) => ({ bytes: new Uint8Array(await f.arrayBuffer()), name: f.name ?? 'feed' })),
    );
    if (read.length) this._open(openMany(read));
  }

  /** Loads the feed at `url` (relative to the page) with the widget's loader: time-out, size limit, no cookies. */
  async openUrl(url: string): Promise<void> {
    const absolute = new URL(url, document.baseURI).href;
    const loaded = await loadFeedText(absolute);
    if ('text' in loaded) return this._open(openJsonText(loaded.text, absolute));
    this._draft = this._opened = this._checked = this._preview = undefined;
    this._failure = [{ ...loaded, message: describeProblem(loaded, this._locale), file: absolute }];
    this._status = '';
  }

  /** Starts an empty feed (German, no entries) to fill in by hand. */
  startNew(): void {
    this._open({
      kind: 'json',
      file: 'feed.json',
      feed: { version: 1, language: 'de', title: { de: '', en: '' }, facets: [], networks: [] },
      locations: { at: () => undefined, syntaxError: undefined },
      failure: [],
    });
  }

  private get _locale(): UiLocale {
    return this._chosenLocale ?? uiLocaleFor(this);
  }

  private _open(opened: Opened): void {
    clearTimeout(this._timer);
    this._opened = opened;
    this._selected = 0;
    if (!opened.feed) {
      this._draft = this._checked = this._preview = this._original = this._saved = undefined;
      this._failure = openFailure(opened, this._locale);
      this._status = '';
    } else {
      this._failure = [];
      this._draft = draftOf(opened.feed);
      this._original = this._saved = opened.feed;
      this._check();
      const entries = networksOf(this._draft).length;
      this._status = inLocale(this._locale, () =>
        msg(str`${opened.file} geöffnet: ${entries} Einträge.`, { id: 'wb-opened' }),
      );
    }
    this.dispatchEvent(
      new CustomEvent('nd-workbench-opened', {
        detail: {
          file: opened.file,
          entries: this._draft ? networksOf(this._draft).length : 0,
          usable: Boolean(this._draft),
        },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private _check(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
    if (!this._draft) return;
    this._checked = checkDraft(this._draft, this._opened, this._locale);
    this._checkedLocale = this._locale;
    this._preview = this._draft.feed;
  }

  /** Every change goes through here: the form shows it at once, checks and preview follow the pause. */
  private _change(next: Draft): void {
    this._draft = next;
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._check(), CHECK_DELAY_MS);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The problems' sentences are in the UI language: a switch re-words them.
    if (this._draft && this._checked && this._checkedLocale !== this._locale && this._timer === undefined)
      this._check();
    const count = this._draft ? networksOf(this._draft).length : 0;
    if (this._selected >= count) this._selected = Math.max(0, count - 1);
  }

  private _onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.unsaved) return;
    event.preventDefault();
    // Older engines ask only when returnValue is set.
    event.returnValue = '';
  };

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    const locale = this._locale;
    return inLocale(locale, () => this._render(locale));
  }

  private _render(locale: UiLocale): TemplateResult {
    return html`<div
      class="workbench ${this._dragging ? 'dragging' : ''}"
      part="base"
      lang=${locale}
      @dragover=${this._onDragOver}
      @dragleave=${this._onDragLeave}
      @drop=${this._onDrop}
    >
      <header class="top">
        <div class="language-switch" role="group" aria-label=${msg('Sprache der Werkbank', { id: 'wb-ui-language' })}>
          ${LANGS.map(
            (lang) =>
              html`<button type="button" lang=${lang} aria-pressed=${locale === lang ? 'true' : 'false'} @click=${() => (this._chosenLocale = lang)}>
                ${lang === 'de' ? 'Deutsch' : 'English'}
              </button>`,
          )}
        </div>
        ${this._renderOpen()}
      </header>
      <p class="status" role="status">${this._status}</p>
      ${this._failure.length ? this._renderFailure() : nothing}
      ${this._draft ? this._renderWork(this._draft, locale) : nothing}
    </div>`;
  }

  private _renderOpen(): TemplateResult {
    return html`<section class="open" aria-labelledby="wb-open-heading">
      <h2 id="wb-open-heading">${msg('Öffnen', { id: 'wb-open' })}</h2>
      <p class="hint">
        ${msg('Eine Tabelle (CSV aus Excel oder LibreOffice, gern mit ihrer Kopfdatei) oder einen Feed (JSON) wählen oder hierher ziehen. Nichts wird hochgeladen: alles bleibt in diesem Browserfenster.', { id: 'wb-open-hint' })}
      </p>
      <div class="open-row">
        <label class="file-button" for="wb-file">${msg('Datei wählen …', { id: 'wb-choose-file' })}</label>
        <input id="wb-file" class="file" type="file" multiple accept=".csv,.tsv,.txt,.json,text/csv,application/json" @change=${this._onFileChosen} />
        <button type="button" @click=${() => this.startNew()}>${msg('Neuen Feed beginnen', { id: 'wb-new' })}</button>
      </div>
      <form class="open-row" novalidate @submit=${this._onUrlSubmit}>
        <label for="wb-url">${msg('Feed-Adresse (URL)', { id: 'wb-url' })}</label>
        <input id="wb-url" name="url" type="url" inputmode="url" autocomplete="url" placeholder="https://…" />
        <button type="submit">${msg('Laden', { id: 'wb-load' })}</button>
      </form>
    </section>`;
  }

  private _renderFailure(): TemplateResult {
    return html`<section class="failure" role="alert" aria-labelledby="wb-failure-heading">
      <h2 id="wb-failure-heading">${msg('Die Datei kann nicht geöffnet werden', { id: 'wb-failure' })}</h2>
      <ul class="problems">
        ${this._failure.map((p) => html`<li class="problem level-${p.level}">${this._problemText(p)}</li>`)}
      </ul>
    </section>`;
  }

  private _renderWork(draft: Draft, locale: UiLocale): TemplateResult {
    return html`<div class="panes">
      <div class="side">${this._renderCheck(locale)} ${this._renderTranslations(draft)} ${this._renderSave(draft)}</div>
      ${this._renderEditor(draft, locale)} ${this._renderPreview()}
    </div>`;
  }

  // ---------------------------------------------------------------- check

  private _renderCheck(locale: UiLocale): TemplateResult {
    const checked = this._checked;
    const problems = checked?.problems ?? [];
    const summary = checked
      ? summaryLine(countProblems(problems, checked.result.feed?.networks.length ?? 0), locale)
      : '';
    return html`<section class="check" aria-labelledby="wb-check-heading">
      <h2 id="wb-check-heading">${msg('Prüfen', { id: 'wb-check' })}</h2>
      <p class="summary">${summary}</p>
      ${
        problems.length
          ? html`<ol class="problems">
            ${problems.map((p) =>
              this._target(p) === undefined
                ? html`<li class="problem level-${p.level}">${this._problemText(p)}</li>`
                : html`<li class="problem level-${p.level}">
                    <button type="button" class="go" data-path=${p.path} @click=${() => this.showProblem(p.path)}>${this._problemText(p)}</button>
                  </li>`,
            )}
          </ol>`
          : html`<p>${msg('Keine Probleme gefunden.', { id: 'wb-no-problems' })}</p>`
      }
    </section>`;
  }

  private _problemText(p: LocatedProblem): TemplateResult {
    const at = placeText(p, this._locale);
    // Name the file only when it is not the one opened (a table's head file).
    const place = at && p.file && p.file !== this._opened?.file ? `${p.file}: ${at}` : at;
    // Separators are data, not template text: template whitespace is minified away.
    const head = [levelText(p, this._locale), place].filter(Boolean).join(' · ');
    return html`<span class="level">${head}</span>${p.path ? html`<span class="sep">${' · '}</span><code class="path">${p.path}</code>` : nothing}${' '}<span
        class="message"
        >${p.message}</span
      >`;
  }

  /** The entry (index) or `'head'` a problem path belongs to; `undefined` when the form has no field for it. */
  private _target(p: { readonly path: string }): number | 'head' | undefined {
    if (!p.path || !this._draft) return undefined;
    const m = /^networks\[(\d+)\]/.exec(p.path);
    if (m) return Number(m[1]) < networksOf(this._draft).length ? Number(m[1]) : undefined;
    return p.path === 'networks' || p.path === 'version' ? undefined : 'head';
  }

  /**
   * Brings the field of the problem at `path` (a validator path such as
   * `networks[2].contact.url`) into view and focuses it; selects its entry first.
   * Resolves `false` when the form has no field for it.
   */
  async showProblem(path: string): Promise<boolean> {
    const target = this._target({ path });
    if (target === undefined) return false;
    if (typeof target === 'number') this._selected = target;
    await this.updateComplete;
    const anchor = anchorFor(path, this._anchors());
    const field = anchor && this.renderRoot.querySelector<HTMLElement>(`#${fieldId(anchor)}`);
    if (!field) return false;
    field.closest('details')?.setAttribute('open', '');
    field.scrollIntoView?.({ block: 'center' });
    field.focus();
    return true;
  }

  // ---------------------------------------------------------------- translation overview

  private _renderTranslations(draft: Draft): TemplateResult {
    const gaps = translationGaps(draft.feed);
    const byField = new Map<string, Partial<Record<string, (typeof gaps)[number]>>>();
    for (const g of gaps) byField.set(g.field, { ...byField.get(g.field), [g.lacks]: g });
    const cell = (gap: (typeof gaps)[number] | undefined) =>
      gap
        ? html`<td>
            <span class="count">${gap.entries.length}</span>
            ${gap.entries.map(
              // Straight to the missing language's field of that entry.
              (e) =>
                html` <button type="button" class="link" @click=${() => this.showProblem(`networks[${e.index}].${gap.field}.${gap.lacks}`)}>
                  ${e.id || `#${e.index + 1}`}
                </button>`,
            )}
          </td>`
        : html`<td><span class="count">0</span></td>`;
    return html`<section class="translations" aria-labelledby="wb-translations-heading">
      <h2 id="wb-translations-heading">${msg('Übersetzungen', { id: 'wb-translations' })}</h2>
      ${
        gaps.length
          ? html`<table>
            <caption>
              ${msg('Einträge, denen ein Feld in einer Sprache fehlt', { id: 'wb-translations-caption' })}
            </caption>
            <thead>
              <tr>
                <th scope="col">${msg('Feld', { id: 'wb-translations-field' })}</th>
                <th scope="col">${msg('ohne Englisch', { id: 'wb-lacks-en' })}</th>
                <th scope="col">${msg('ohne Deutsch', { id: 'wb-lacks-de' })}</th>
              </tr>
            </thead>
            <tbody>
              ${[...byField].map(
                ([field, row]) => html`<tr data-field=${field}>
                  <th scope="row">${fieldLabel(field)}</th>
                  ${cell(row.en)} ${cell(row.de)}
                </tr>`,
              )}
            </tbody>
          </table>`
          : html`<p>${msg('Alle Texte sind deutsch und englisch vorhanden.', { id: 'wb-translations-complete' })}</p>`
      }
    </section>`;
  }

  // ---------------------------------------------------------------- save

  private _renderSave(draft: Draft): TemplateResult {
    const diff = this._original ? diffFeeds(this._original, draft.feed) : undefined;
    const changes = diff && hasChanges(diff);
    return html`<section class="save" aria-labelledby="wb-save-heading">
      <h2 id="wb-save-heading">${msg('Speichern', { id: 'wb-save' })}</h2>
      <p class="diff">
        ${
          !diff || !changes
            ? msg('Keine Änderungen gegenüber der geöffneten Datei.', { id: 'wb-diff-none' })
            : html`${msg(
                str`Gegenüber der geöffneten Datei: ${diff.changed} geändert, ${diff.added} hinzugefügt, ${diff.removed} entfernt.`,
                {
                  id: 'wb-diff',
                },
              )}
            ${diff.moved ? msg('Die Reihenfolge ist geändert.', { id: 'wb-diff-moved' }) : nothing}
            ${diff.head ? msg('Titel, Filtergruppen oder andere Angaben zum Feed sind geändert.', { id: 'wb-diff-head' }) : nothing}`
        }
      </p>
      <div class="buttons">
        <button type="button" class="primary" @click=${this._downloadJson}>${msg('Feed (JSON) herunterladen', { id: 'wb-download-json' })}</button>
        <button type="button" @click=${this._downloadCsv} ?disabled=${!this._checked?.result.feed}>
          ${msg('Tabelle (CSV) und Kopfdatei herunterladen', { id: 'wb-download-csv' })}
        </button>
      </div>
      <p class="hint">
        ${
          this.unsaved
            ? msg('Nicht gespeicherte Änderungen: Der Entwurf lebt nur in diesem Fenster.', { id: 'wb-unsaved' })
            : msg('Alles gespeichert.', { id: 'wb-saved' })
        }
      </p>
    </section>`;
  }

  private _downloadJson = (): void => {
    if (!this._draft) return;
    this._check();
    const names = fileNames(this._opened?.file);
    if (this._download(names.json, feedJson(this._draft.feed), 'application/json')) this._markSaved(names.json);
  };

  private _downloadCsv = (): void => {
    if (!this._draft) return;
    const files = feedCsv(this._draft.feed);
    if (!files) return;
    const names = fileNames(this._opened?.file);
    const csv = this._download(names.csv, files.csv, 'text/csv');
    const head = this._download(names.head, files.head, 'application/json');
    if (csv && head) this._markSaved(`${names.csv}, ${names.head}`);
  };

  private _markSaved(files: string): void {
    this._saved = this._draft?.feed;
    this._status = msg(str`Heruntergeladen: ${files}.`, { id: 'wb-downloaded' });
  }

  /** Offers `text` as a file; `false` when the host page cancelled the event. */
  private _download(fileName: string, text: string, type: string): boolean {
    const event = new CustomEvent('nd-workbench-download', {
      detail: { fileName, text, type },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(event)) return true; // the host saves it
    try {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.hidden = true;
      this.renderRoot.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return true;
    } catch {
      this._status = msg('Das Herunterladen ist in diesem Browser nicht möglich.', { id: 'wb-download-failed' });
      return false;
    }
  }

  // ---------------------------------------------------------------- editor

  /** Full paths of the fields on screen: the head, the filter groups, the chosen entry. */
  private _anchors(): string[] {
    const feed = this._draft?.feed;
    if (!feed) return [];
    const of = (base: string, specs: readonly FieldSpec[]) =>
      specs.flatMap((s) => (isText(s.kind) ? LANGS.map((l) => join(base, `${s.key}.${l}`)) : [join(base, s.key)]));
    const anchors = of('', HEAD_FIELDS);
    this._facets().forEach((f, i) => {
      anchors.push(`facets[${i}].id`, ...LANGS.map((l) => `facets[${i}].label.${l}`));
      f.terms.forEach((_, j) =>
        anchors.push(`facets[${i}].terms[${j}].id`, ...LANGS.map((l) => `facets[${i}].terms[${j}].label.${l}`)),
      );
    });
    const entry = `networks[${this._selected}]`;
    if (this._draft && networksOf(this._draft).length) {
      anchors.push(...of(entry, ENTRY_FIELDS));
      for (const f of this._facets()) if (f.terms.length) anchors.push(`${entry}.facets.${f.id}`);
      const links = getAt(feed, `${entry}.links`);
      (Array.isArray(links) ? links : []).forEach((_, j) =>
        anchors.push(...LANGS.map((l) => `${entry}.links[${j}].label.${l}`), `${entry}.links[${j}].url`),
      );
    }
    return anchors;
  }

  /** The filter groups as typed, leniently: what the form can show of them. */
  private _facets(): FacetView[] {
    const facets = this._draft?.feed.facets;
    return (Array.isArray(facets) ? facets : []).map((f) => {
      const o = isObj(f) ? f : {};
      const terms = Array.isArray(o.terms) ? o.terms : [];
      return {
        id: typeof o.id === 'string' ? o.id : '',
        label: o.label,
        terms: terms.map((t) =>
          isObj(t) ? { id: typeof t.id === 'string' ? t.id : '', label: t.label } : { id: '', label: undefined },
        ),
      };
    });
  }

  /** Problems by the field they are shown beside. */
  private _errors(): Map<string, LocatedProblem[]> {
    const anchors = this._anchors();
    const errors = new Map<string, LocatedProblem[]>();
    for (const p of this._checked?.problems ?? []) {
      if (!p.path) continue;
      const anchor = anchorFor(p.path, anchors);
      if (anchor) errors.set(anchor, [...(errors.get(anchor) ?? []), p]);
    }
    return errors;
  }

  private _renderEditor(draft: Draft, locale: UiLocale): TemplateResult {
    const errors = this._errors();
    const networks = networksOf(draft);
    const lang = feedLanguage(draft.feed);
    const nameOf = (n: unknown, i: number) => {
      const o = isObj(n) ? n : {};
      const name = textIn(o.name, locale, lang) || textIn(o.name, lang, lang) || (typeof o.id === 'string' ? o.id : '');
      return name || msg(str`Eintrag ${i + 1} (ohne Namen)`, { id: 'wb-entry-unnamed' });
    };
    const s = this._selected;
    return html`<section class="editor" aria-labelledby="wb-editor-heading" @input=${this._onInput}>
      <h2 id="wb-editor-heading">${msg('Bearbeiten', { id: 'wb-edit' })}</h2>
      <details class="head">
        <summary>${msg('Angaben zum Feed', { id: 'wb-head' })}</summary>
        ${HEAD_FIELDS.map((spec) => this._field('', spec, errors))} ${this._renderFacetGroups(errors)}
      </details>

      <h3 id="wb-entries-heading">${msg(str`Einträge (${networks.length})`, { id: 'wb-entries' })}</h3>
      <ol class="entries" aria-labelledby="wb-entries-heading">
        ${networks.map(
          (n, i) => html`<li>
            <button type="button" class="entry" aria-current=${i === s ? 'true' : 'false'} @click=${() => this._select(i)}>${nameOf(n, i)}</button>
          </li>`,
        )}
      </ol>
      <button type="button" @click=${this._addEntry}>${msg('Eintrag hinzufügen', { id: 'wb-add-entry' })}</button>

      ${
        networks.length
          ? html`<fieldset class="entry-form" data-entry=${s}>
            <legend>${msg(str`Eintrag ${s + 1} von ${networks.length}: ${nameOf(networks[s], s)}`, { id: 'wb-entry-legend' })}</legend>
            <div class="buttons">
              <button type="button" ?disabled=${s === 0} @click=${() => this._moveEntry(-1)}>${msg('Nach oben', { id: 'wb-move-up' })}</button>
              <button type="button" ?disabled=${s === networks.length - 1} @click=${() => this._moveEntry(1)}>
                ${msg('Nach unten', { id: 'wb-move-down' })}
              </button>
              <button type="button" class="danger" @click=${this._removeEntry}>${msg('Eintrag entfernen', { id: 'wb-remove-entry' })}</button>
            </div>
            ${ENTRY_FIELDS.slice(0, 5).map((spec) => this._field(`networks[${s}]`, spec, errors))}
            ${this._renderEntryFacets(s, errors, locale)}
            ${ENTRY_FIELDS.slice(5, -2).map((spec) => this._field(`networks[${s}]`, spec, errors))}
            ${this._renderLinks(s, errors)}
            ${ENTRY_FIELDS.slice(-2).map((spec) => this._field(`networks[${s}]`, spec, errors))}
          </fieldset>`
          : nothing
      }
    </section>`;
  }

  /** One field: a Text gets an input per language under a common legend. */
  private _field(
    base: string,
    spec: FieldSpec,
    errors: Map<string, LocatedProblem[]>,
    label = fieldLabel(spec.key),
  ): TemplateResult {
    const path = join(base, spec.key);
    const required = spec.required
      ? html` <span class="required">(${msg('Pflichtfeld', { id: 'wb-required' })})</span>`
      : nothing;
    if (!isText(spec.kind)) return this._input(path, undefined, spec.kind, html`${label}${required}`, errors);
    return html`<fieldset class="text-field">
      <legend>${label}${required}</legend>
      <div class="langs">${LANGS.map((lang) => this._input(path, lang, spec.kind, languageName(lang), errors))}</div>
    </fieldset>`;
  }

  private _input(
    path: string,
    lang: string | undefined,
    kind: FieldKind,
    label: TemplateResult | string,
    errors: Map<string, LocatedProblem[]>,
  ): TemplateResult {
    const feed = this._draft!.feed;
    const anchor = lang ? join(path, lang) : path;
    const id = fieldId(anchor);
    const problems = errors.get(anchor) ?? [];
    const describedBy = problems.length ? `${id}-errors` : undefined;
    const raw = getAt(feed, path);
    const value = lang
      ? textIn(raw, lang, feedLanguage(feed))
      : typeof raw === 'string'
        ? raw
        : raw === undefined
          ? ''
          : JSON.stringify(raw);
    const type = kind === 'url' ? 'url' : kind === 'email' ? 'email' : kind === 'phone' ? 'tel' : 'text';
    const control =
      kind === 'long-text'
        ? html`<textarea
            id=${id}
            rows="3"
            lang=${ifDefined(lang)}
            data-path=${path}
            data-lang=${ifDefined(lang)}
            .value=${value}
            aria-invalid=${problems.length ? 'true' : 'false'}
            aria-describedby=${ifDefined(describedBy)}
          ></textarea>`
        : html`<input
            id=${id}
            type=${type}
            lang=${ifDefined(lang)}
            spellcheck=${kind === 'text' ? 'true' : 'false'}
            autocomplete="off"
            data-path=${path}
            data-lang=${ifDefined(lang)}
            .value=${value}
            aria-invalid=${problems.length ? 'true' : 'false'}
            aria-describedby=${ifDefined(describedBy)}
          />`;
    return html`<div class="field ${problems.length ? 'invalid' : ''}">
      <label for=${id}>${label}</label>
      ${control}
      ${
        problems.length
          ? html`<ul class="errors" id=${describedBy!}>
            ${problems.map((p) => html`<li>${p.message}</li>`)}
          </ul>`
          : nothing
      }
    </div>`;
  }

  private _renderEntryFacets(s: number, errors: Map<string, LocatedProblem[]>, locale: UiLocale): TemplateResult[] {
    const feed = this._draft!.feed;
    const lang = feedLanguage(feed);
    return this._facets()
      .filter((f) => f.terms.length)
      .map((f) => {
        const path = `networks[${s}].facets.${f.id}`;
        const chosen = getAt(feed, path);
        const on = new Set(Array.isArray(chosen) ? chosen : []);
        const problems = errors.get(path) ?? [];
        const errorsId = `${fieldId(path)}-errors`;
        const order = f.terms.map((t) => t.id);
        return html`<fieldset class="terms" aria-describedby=${ifDefined(problems.length ? errorsId : undefined)}>
          <legend>${textIn(f.label, locale, lang) || textIn(f.label, lang, lang) || f.id}</legend>
          ${f.terms.map(
            (t, j) => html`<label class="check">
              <input
                type="checkbox"
                id=${ifDefined(j === 0 ? fieldId(path) : undefined)}
                .checked=${on.has(t.id)}
                @change=${(e: Event) => this._change(setTerm(this._draft!, s, f.id, t.id, (e.target as HTMLInputElement).checked, order))}
              />
              ${textIn(t.label, locale, lang) || textIn(t.label, lang, lang) || t.id}
            </label>`,
          )}
          ${
            problems.length
              ? html`<ul class="errors" id=${errorsId}>
                ${problems.map((p) => html`<li>${p.message}</li>`)}
              </ul>`
              : nothing
          }
        </fieldset>`;
      });
  }

  private _renderLinks(s: number, errors: Map<string, LocatedProblem[]>): TemplateResult {
    const path = `networks[${s}].links`;
    const links = getAt(this._draft!.feed, path);
    const list = Array.isArray(links) ? links : [];
    return html`<fieldset class="links">
      <legend>${msg('Weitere Links', { id: 'wb-links' })}</legend>
      ${list.map(
        (_, j) => html`<fieldset class="link">
          <legend>${msg(str`Link ${j + 1}`, { id: 'wb-link' })}</legend>
          ${this._field(`${path}[${j}]`, { key: 'label', kind: 'text', required: true }, errors, fieldLabel('links.label'))}
          ${this._field(`${path}[${j}]`, { key: 'url', kind: 'url', required: true }, errors, msg('Adresse (https://…)', { id: 'wb-link-url' }))}
          <button type="button" class="danger" @click=${() => this._change(removeItem(this._draft!, path, j))}>
            ${msg(str`Link ${j + 1} entfernen`, { id: 'wb-remove-link' })}
          </button>
        </fieldset>`,
      )}
      <button type="button" @click=${() => this._change(addItem(this._draft!, path, {}))}>${msg('Link hinzufügen', { id: 'wb-add-link' })}</button>
    </fieldset>`;
  }

  private _renderFacetGroups(errors: Map<string, LocatedProblem[]>): TemplateResult {
    return html`<fieldset class="facets">
      <legend>${msg('Filtergruppen', { id: 'wb-facets' })}</legend>
      ${this._facets().map(
        (f, i) => html`<fieldset class="facet">
          <legend>${msg(str`Filtergruppe ${i + 1}: ${f.id}`, { id: 'wb-facet' })}</legend>
          ${this._field(`facets[${i}]`, { key: 'id', kind: 'id', required: true }, errors)}
          ${this._field(`facets[${i}]`, { key: 'label', kind: 'text', required: true }, errors, msg('Beschriftung', { id: 'wb-label' }))}
          <ol class="term-list">
            ${f.terms.map(
              (t, j) => html`<li>
                <fieldset class="term">
                  <legend>${msg(str`Begriff ${j + 1}: ${t.id}`, { id: 'wb-term' })}</legend>
                  ${this._field(`facets[${i}].terms[${j}]`, { key: 'id', kind: 'id', required: true }, errors)}
                  ${this._field(`facets[${i}].terms[${j}]`, { key: 'label', kind: 'text', required: true }, errors, msg('Beschriftung', { id: 'wb-label' }))}
                  <button type="button" class="danger" @click=${() => this._change(removeItem(this._draft!, `facets[${i}].terms`, j))}>
                    ${msg(str`Begriff ${t.id} entfernen`, { id: 'wb-remove-term' })}
                  </button>
                </fieldset>
              </li>`,
            )}
          </ol>
          <div class="buttons">
            <button type="button" @click=${() => this._change(addItem(this._draft!, `facets[${i}].terms`, {}))}>
              ${msg('Begriff hinzufügen', { id: 'wb-add-term' })}
            </button>
            <button type="button" class="danger" @click=${() => this._change(removeItem(this._draft!, 'facets', i))}>
              ${msg(str`Filtergruppe ${f.id} entfernen`, { id: 'wb-remove-facet' })}
            </button>
          </div>
        </fieldset>`,
      )}
      <button type="button" @click=${() => this._change(addItem(this._draft!, 'facets', { terms: [] }))}>
        ${msg('Filtergruppe hinzufügen', { id: 'wb-add-facet' })}
      </button>
    </fieldset>`;
  }

  // ---------------------------------------------------------------- preview

  private _renderPreview(): TemplateResult {
    return html`<section class="preview" aria-labelledby="wb-preview-heading">
      <h2 id="wb-preview-heading">${msg('Vorschau', { id: 'wb-preview' })}</h2>
      <div class="frames">
        ${LANGS.map(
          (
            lang,
          ) => html`<div class="frame" part="preview" role="region" tabindex="0" aria-label=${msg(str`Vorschau: ${languageName(lang)}`, { id: 'wb-preview-lang' })}>
            <network-directory lang=${lang} heading-level="4" no-url-state .feed=${this._preview}></network-directory>
          </div>`,
        )}
      </div>
    </section>`;
  }

  // ---------------------------------------------------------------- events

  private _onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    const path = input.dataset?.path;
    if (!path || !this._draft) return;
    const lang = input.dataset.lang;
    this._change(lang ? setText(this._draft, path, lang, input.value) : setValue(this._draft, path, input.value));
  };

  private _select(index: number): void {
    this._selected = index;
  }

  private _addEntry = async (): Promise<void> => {
    if (!this._draft) return;
    this._change(addItem(this._draft, 'networks', {}));
    this._selected = networksOf(this._draft).length - 1;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(`networks[${this._selected}].id`)}`)?.focus();
  };

  private _removeEntry = (): void => {
    if (!this._draft) return;
    this._change(removeItem(this._draft, 'networks', this._selected));
  };

  private async _moveEntry(by: number): Promise<void> {
    if (!this._draft) return;
    const from = this._selected;
    this._change(moveItem(this._draft, 'networks', from, by));
    this._selected = from + by;
  }

  private _onFileChosen = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    await this.openFiles(files);
  };

  private _onUrlSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const url = ((event.target as HTMLFormElement).elements.namedItem('url') as HTMLInputElement).value.trim();
    if (url) await this.openUrl(url);
  };

  private _onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this._dragging = true;
  };

  private _onDragLeave = (): void => {
    this._dragging = false;
  };

  private _onDrop = async (event: DragEvent): Promise<void> => {
    const files = [...(event.dataTransfer?.files ?? [])];
    this._dragging = false;
    if (!files.length) return;
    // Dropped on the page, a file would replace it (and the draft with it).
    event.preventDefault();
    await this.openFiles(files);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'network-feed-workbench': NetworkFeedWorkbench;
  }
}
