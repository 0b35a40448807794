/** Shared set-up for workbench tests: mount it, open files as an editor would, read what it shows. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import '../../src/workbench/define.js';
import type { NetworkFeedWorkbench } from '../../src/workbench/network-feed-workbench.js';

// Paths relative to this folder, read by the test runner in Node: its web server would
// hand a Windows-1252 file over as UTF-8 text, and these tests are about those very bytes.
export const EXCEL_CSV = '../fixtures/workbench/netzwerke-excel.csv';
export const EXCEL_EXPECTED = '../fixtures/workbench/netzwerke-excel.expected.json';
export const PROBLEMS_JSON = '../fixtures/cli/feed-problems.json';

export async function bytesOf(path: string): Promise<Uint8Array<ArrayBuffer>> {
  const base64 = await readFile({ path, encoding: 'base64' });
  if (typeof base64 !== 'string') throw new Error(`${path} could not be read`);
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export async function textOf(url: string): Promise<string> {
  return new TextDecoder().decode(await bytesOf(url));
}

export async function workbench(lang = 'de'): Promise<NetworkFeedWorkbench> {
  return fixture<NetworkFeedWorkbench>(html`<network-feed-workbench lang=${lang}></network-feed-workbench>`);
}

/** Opens the fixture at `url` as a File named `name`, through the element's public method. */
export async function openFixture(el: NetworkFeedWorkbench, url: string, name: string): Promise<void> {
  await el.openFile(new File([await bytesOf(url)], name));
  await el.updateComplete;
}

export const $ = <T extends Element = HTMLElement>(el: NetworkFeedWorkbench, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: NetworkFeedWorkbench, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The two preview directories (German, English). */
export const previews = (el: NetworkFeedWorkbench) => $$<HTMLElement>(el, 'network-directory');

/** Card titles a preview shows. */
export function previewTitles(preview: HTMLElement): string[] {
  return [...(preview.shadowRoot?.querySelectorAll('[part~="card-title"]') ?? [])].map((h) => h.textContent!.trim());
}

/** Waits until both previews show `count` cards. */
export async function previewsShow(el: NetworkFeedWorkbench, count: number): Promise<void> {
  await waitUntil(
    () => previews(el).length === 2 && previews(el).every((p) => previewTitles(p).length === count),
    `both previews show ${count} entries`,
    { timeout: 5000 },
  );
}

/** The problems list as text, one string per problem (level · place · path · sentence). */
export const problemTexts = (el: NetworkFeedWorkbench) =>
  $$(el, '.check .problem').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/** Types into a form field as an editor would: value, then an `input` event. */
export function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Catches the next download's file instead of saving it. */
export function catchDownloads(el: NetworkFeedWorkbench): { fileName: string; text: string }[] {
  const files: { fileName: string; text: string }[] = [];
  el.addEventListener('nd-workbench-download', (e) => {
    e.preventDefault();
    files.push((e as CustomEvent).detail);
  });
  return files;
}
