/**
 * Loading: which source the element reads (the `feed` property, else `src`, else an
 * inline `<script type="application/json">`), the request with its abort signal, and
 * races between loads (a newer load always wins). Reports every outcome through
 * `onResult`; nothing thrown here reaches the host page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadFeed, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_BYTES } from '../feed/load.js';
import { parseFeedText, refuse, validateFeed } from '../feed/validate.js';
import { describeFeedProblem } from '../feed/feed-problem-messages.js';
import type { ValidationResult } from '../feed/types.js';

/** What the element tells the controller about its sources. */
export interface FeedSource extends ReactiveControllerHost, HTMLElement {
  readonly feed?: unknown;
  readonly src?: string;
  readonly timeout?: number;
  readonly maxBytes?: number;
}

/**
 * A load's outcome: the validation result, or `internal` when our own code failed
 * (a bug, or a platform call that failed unexpectedly). An internal error is not the
 * feed's fault and is reported as what it is, never as a feed problem.
 */
export type LoadOutcome =
  { result: ValidationResult; internal?: undefined } | { result?: undefined; internal: unknown };

/**
 * A feed given as a property is read like the JSON it stands for: copied once into plain
 * data, so that getters, proxies and odd objects are the feed's problem (`not-object` when
 * reading them throws) and the validator sees plain data only. Whatever fails after that
 * copy is an internal error. Unlike `JSON.stringify`, a value JSON cannot hold does not cost
 * the whole feed: a cycle's back-reference is left out, a `toJSON` (a Date) is used, and
 * BigInts, symbols and functions stay as they are for the validator to reject one by one.
 */
function asJsonData(feed: unknown): { data: unknown } | undefined {
  const path = new Set<object>();
  const copy = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const withToJson = value as { toJSON?: unknown };
    if (typeof withToJson.toJSON === 'function') return copy((withToJson.toJSON as () => unknown).call(value));
    if (path.has(value)) return undefined;
    path.add(value);
    let result: unknown;
    if (Array.isArray(value)) {
      // A plain loop: old host scripts replace Array.from.
      const array: unknown[] = [];
      for (let i = 0; i < value.length; i++) array.push(copy(value[i]));
      result = array;
    } else {
      // No prototype: a key such as "__proto__" stays an ordinary key (src/feed/record.ts).
      const object: Record<string, unknown> = Object.create(null);
      for (const key of Object.keys(value)) object[key] = copy((value as Record<string, unknown>)[key]);
      result = object;
    }
    path.delete(value);
    return result;
  };
  try {
    return { data: copy(feed) };
  } catch {
    return undefined;
  }
}

/**
 * Editors look in the console: every problem with its level and path (full sentences
 * for entry and field problems: `npx network-directory validate <feed>`), and the real
 * error when our own code failed.
 */
function report(outcome: LoadOutcome): void {
  if (outcome.internal !== undefined) console.error('network-directory: internal error', outcome.internal);
  for (const p of outcome.result?.problems ?? [])
    console.warn(`network-directory [${p.level}] ${describeFeedProblem(p, 'en')}`);
}

export class FeedController implements ReactiveController {
  /** True while `src` is being fetched. */
  loading = false;
  /** The validator the controller calls; a seam for tests that provoke an internal error. */
  validate: (raw: unknown) => ValidationResult = validateFeed;

  private abort?: AbortController;
  private token = 0;
  private observer?: MutationObserver;

  constructor(
    private readonly host: FeedSource,
    private readonly onLoading: () => void,
    private readonly onOutcome: (outcome: LoadOutcome) => void,
  ) {
    host.addController(this);
  }

  /** Whether a load was started since the element was connected. */
  get started(): boolean {
    return this.token > 0;
  }

  hostConnected(): void {
    // An inline feed may be parsed after the element upgrades, or replaced later.
    if (typeof MutationObserver === 'function') {
      this.observer = new MutationObserver(() => {
        if (!this.host.src && this.host.feed === undefined) this.load();
      });
      this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    }
    // After the current task's own set-up (createElement, append, then set src) is done.
    queueMicrotask(() => {
      if (!this.started) this.load();
    });
  }

  hostDisconnected(): void {
    if (this.loading) {
      // Moved or removed mid-request: stop it, and load afresh if it comes back.
      this.abort?.abort();
      this.token = 0;
      this.loading = false;
    }
    this.observer?.disconnect();
  }

  private inlineFeedText(): string | null {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    return script ? (script.textContent ?? '') : null;
  }

  /** Loads from the property, `src` or the inline script, in that order. */
  load(): void {
    this.abort?.abort();
    const token = ++this.token;
    const finish = (outcome: LoadOutcome | undefined): void => {
      if (!outcome || token !== this.token) return; // a newer load took over
      this.loading = false;
      report(outcome);
      this.onOutcome(outcome);
      this.host.requestUpdate();
    };
    // A feed property or an inline feed is applied at once (in the same update), `src` when it arrives.
    try {
      const outcome = this.read();
      if (outcome instanceof Promise) outcome.then(finish, (error: unknown) => finish({ internal: error }));
      else finish(outcome);
    } catch (error) {
      finish({ internal: error });
    }
  }

  /** The outcome of one load (a promise when fetched), or `undefined` when it was aborted. */
  private read(): LoadOutcome | Promise<LoadOutcome | undefined> {
    const { feed, src } = this.host;
    if (feed !== undefined) {
      const copy = asJsonData(feed);
      return { result: copy ? this.validate(copy.data) : refuse('not-object') };
    }
    if (!src) {
      const inline = this.inlineFeedText();
      return { result: inline === null ? refuse('no-source') : parseFeedText(inline) };
    }
    let url: string;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      return { result: refuse('no-source') }; // a src that is no address: as if none were set
    }
    const controller = (this.abort = new AbortController());
    this.loading = true;
    this.onLoading();
    this.host.requestUpdate();
    const options = {
      signal: controller.signal,
      timeoutMs: this.host.timeout ?? DEFAULT_TIMEOUT_MS,
      maxBytes: this.host.maxBytes ?? DEFAULT_MAX_BYTES,
    };
    return loadFeed(url, options).then(
      (result) => ({ result }),
      (error: unknown) => {
        // loadFeed rejects only when aborted: a newer load (or a disconnect) is under way.
        if (controller.signal.aborted) return undefined;
        throw error;
      },
    );
  }
}
