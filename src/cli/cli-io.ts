/** What the commands need from the outside world, so that they stay testable and the exit code is theirs to return. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Messages } from './messages.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const EXIT_USABLE = 0;
export const EXIT_UNUSABLE = 1;
export const EXIT_USAGE = 2;

/** A mistake in the call itself (exit 2): the message is for the person who typed it. */
export class UsageError extends Error {}

export async function readInput(file: string, m: Messages): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(m.usageError.unreadable(file, code ?? String(e)));
  }
}

/** Writes `text`, creating missing folders; a failure is the caller's mistake in naming the place. */
export async function writeOutput(file: string, text: string, m: Messages): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(m.usageError.unwritable(file, code ?? String(e)));
  }
}

/** `networks.csv` → `networks.head.json`: where export puts the head and import looks for it. */
export function headPathFor(csvFile: string): string {
  return csvFile.replace(/\.csv$/i, '') + '.head.json';
}
