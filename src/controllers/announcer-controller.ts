/**
 * The live region's text (WCAG 2.1 SC 4.1.3 Status Messages): loading, failures, and
 * the result count once typing pauses, not per keystroke. The element renders `text`
 * into its `role="status"` paragraph.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The result count is announced once typing pauses, not per keystroke. */
export const ANNOUNCE_DELAY_MS = 700;

export class AnnouncerController implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Says `text` now (and cancels a pending count). */
  say(text: string): void {
    clearTimeout(this.timer);
    this.text = text;
    this.host.requestUpdate();
  }

  /** Says what `later()` returns after `delay` ms, unless something else is said first. */
  sayLater(delay: number, later: () => string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.say(later()), delay);
  }
}
