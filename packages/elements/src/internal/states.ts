import { html, nothing, type TemplateResult } from 'lit';
import type { UpErrorDetail } from './base.js';
import type { I18nController } from './i18n.js';
import { LoadState, type Loader } from './load.js';
import { Msg } from './locales/keys.js';

/**
 * The error state of a data-bound element: a localized message, the developer-facing detail
 * for setup errors (bad attribute, missing provider), and a retry button when retrying can help.
 */
export function errorState(i18n: I18nController, error: UpErrorDetail, retry?: () => void): TemplateResult {
  // Errors a retry cannot fix: they come from the page's markup.
  const setup = error.code === 'invalid_attribute' || error.code === 'no_provider';
  const message = setup ? Msg.errorSetup : error.code === 'not_found' ? Msg.errorNotFound : Msg.errorLoad;
  return html`<div class="state error" part="error">
    <p class="message">${i18n.t(message)}</p>
    ${setup ? html`<p class="detail">${error.message}</p>` : nothing}
    ${retry && !setup && error.code !== 'not_found'
      ? html`<button class="button secondary" part="retry" type="button" @click=${retry}>${i18n.t(Msg.retry)}</button>`
      : nothing}
  </div>`;
}

/** The empty state: one line of muted text. */
export function emptyState(text: string): TemplateResult {
  return html`<div class="state" part="empty"><p>${text}</p></div>`;
}

/**
 * The four states of an element that shows one item (a course card, a badge), inside its frame:
 * a skeleton while loading, the error state with retry, the empty state, or `ready(value)`.
 * `frame` is the class and part of the element's box, `content` the class of its text column.
 */
export function itemStates<T>(
  i18n: I18nController, loader: Loader<T>, frame: string, content: string, emptyText: string,
  ready: (value: T) => TemplateResult,
): TemplateResult {
  switch (loader.state) {
    case LoadState.Loading:
      return html`<div class=${frame} part="${frame} skeleton" aria-busy="true">
        <div class="media skeleton" part="media"></div>
        <div class=${content}>
          <span class="skeleton line short"></span>
          <span class="skeleton line"></span>
          <span class="skeleton line"></span>
          <span class="visually-hidden">${i18n.t(Msg.loading)}</span>
        </div>
      </div>`;
    case LoadState.Error:
      return html`<div class=${frame} part=${frame}>${errorState(i18n, loader.error!, () => loader.retry())}</div>`;
    case LoadState.Empty:
      return html`<div class=${frame} part=${frame}>${emptyState(emptyText)}</div>`;
    default:
      return ready(loader.value!);
  }
}
