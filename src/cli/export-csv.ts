/**
 * A validated feed → spreadsheet rows, and its head (everything but the
 * networks) for the file beside the table. Pure.
 */
import type { Feed } from '../feed/types.js';
import { exportColumns } from './csv-columns.js';

/** The header row, then one row per network. Entries and fields the validator dropped are not in it. */
export function feedToSheet(feed: Feed): string[][] {
  const columns = exportColumns(feed);
  return [columns.map((c) => c.name), ...feed.networks.map((n) => columns.map((c) => c.value(n)))];
}

/** The raw feed without `networks`, verbatim: its texts, extra fields and key order stay as the editor wrote them. */
export function headOf(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { networks: _networks, ...head } = raw;
  return head;
}

/** JSON as the project writes it: two spaces, a final line break. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
