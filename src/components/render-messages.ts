/** Loading and error messages above the results. */
import { textOf } from './render-text.js';
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FeedProblem } from '../feed/types.js';
import type { UiLocale } from '../localization.js';
import { describeFeedProblem } from '../feed/feed-problem-messages.js';

/** Why the last load showed nothing new: feed problems, or an internal error (a bug of ours). */
export interface Failure {
  readonly problems: readonly FeedProblem[];
  /** Set when our own code failed, not the feed. */
  readonly internal?: unknown;
}

/** The one sentence a reader (and `nd-feed-failed`'s `message`) gets for a failure. */
export function failureSentence(failure: Failure, locale: UiLocale): string {
  if (failure.internal !== undefined || !failure.problems[0]) {
    return msg('Ein interner Fehler ist aufgetreten. Bitte laden Sie die Seite später erneut.', {
      id: 'internal-error',
    });
  }
  return describeFeedProblem(failure.problems[0], locale);
}

export function loadingSentence(): string {
  return msg('Netzwerke werden geladen …', { id: 'loading' });
}

export interface MessagesOptions {
  readonly locale: UiLocale;
  readonly loading: boolean;
  readonly failure: Failure | null;
  /** Entries of an earlier load are still shown. */
  readonly stale: boolean;
}

export function renderMessages(o: MessagesOptions): TemplateResult[] {
  const parts: TemplateResult[] = [];
  if (o.loading) {
    parts.push(html`<p class="message loading" part="message">${textOf(loadingSentence())}</p>`);
  }
  if (o.failure) {
    const heading = o.stale
      ? msg('Die Liste konnte nicht aktualisiert werden.', { id: 'error-reload' })
      : msg('Die Liste konnte nicht geladen werden.', { id: 'error-load' });
    parts.push(html`<div class="message error" part="message">
      <p><strong>${textOf(heading)}</strong></p>
      <p>${textOf(failureSentence(o.failure, o.locale))}</p>
      ${o.stale ? html`<p>${textOf(msg('Angezeigt wird der zuletzt geladene Stand; er ist möglicherweise nicht mehr aktuell.', { id: 'error-stale' }))}</p>` : nothing}
    </div>`);
  }
  return parts;
}
