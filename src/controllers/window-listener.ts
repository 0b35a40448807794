/**
 * Listeners on the host's `window`, guarded: a sandboxed or locked-down page may
 * refuse them. Then the feature they serve is off, and nothing reaches the host page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Listens to `type` on `window` while the host is connected. */
export class WindowListenerController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly type: string,
    private readonly listener: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    try {
      addEventListener(this.type, this.listener);
    } catch {
      // refused: see above
    }
  }

  hostDisconnected(): void {
    try {
      removeEventListener(this.type, this.listener);
    } catch {
      // refused: see above
    }
  }
}
