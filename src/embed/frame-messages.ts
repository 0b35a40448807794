/**
 * What the embed page tells the page that frames it. Pure functions, no DOM.
 *
 * - WordPress (wp-includes/js/wp-embed.js): `{message: 'height', value, secret}` sets the
 *   frame's height, clamped to 200–1000 px; `{message: 'link', value: url, secret}` navigates
 *   the top page, only to the frame's own host and only while the frame has focus. The secret
 *   comes from the frame's `#?secret=…`.
 * - Any other host: `{type: 'network-directory:height', height}` (CSS pixels, an integer),
 *   for a few lines of script on the host page (README, "Embed where scripts are not allowed").
 */

/** `type` of our own height message. */
export const HEIGHT_MESSAGE = 'network-directory:height';

export interface OwnHeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** The content's height in CSS pixels, rounded up. */
  height: number;
}
export interface WordPressMessage {
  message: 'height' | 'link';
  value: number | string;
  secret: string;
}

/** The messages that report `height` (CSS pixels): ours, and WordPress's when framed by it (`secret` set). */
export function heightMessages(height: number, secret: string | null): Array<OwnHeightMessage | WordPressMessage> {
  const value = Math.ceil(height);
  const messages: Array<OwnHeightMessage | WordPressMessage> = [{ type: HEIGHT_MESSAGE, height: value }];
  if (secret) messages.push({ message: 'height', value, secret });
  return messages;
}

/** WordPress's request to navigate the top page to `href` (which must be on the frame's own host). */
export function linkMessage(href: string, secret: string): WordPressMessage {
  return { message: 'link', value: href, secret };
}

/** True for WordPress's `{message: 'ready', secret}`, sent when the host page loads: answer it with the height. */
export function isReadyMessage(data: unknown, secret: string | null): boolean {
  const d = data as { message?: unknown; secret?: unknown } | null;
  return secret !== null && typeof d === 'object' && d !== null && d.message === 'ready' && d.secret === secret;
}
