import { html, nothing, type TemplateResult } from 'lit';
import type { UpErrorDetail } from './base.js';
import type { I18nController } from './i18n.js';

/** Codes of errors a retry cannot fix: they come from the page's markup. */
const setupCodes = new Set(['invalid_attribute', 'no_provider']);

/**
 * The error state of a data-bound element: a localized message, the developer-facing detail
 * for setup errors (bad attribute, missing provider), and a retry button when retrying can help.
 */
export function errorState(i18n: I18nController, error: UpErrorDetail, retry?: () => void): TemplateResult {
  const setup = setupCodes.has(error.code);
  const message = setup ? 'errorSetup' : error.code === 'not_found' ? 'errorNotFound' : 'errorLoad';
  return html`<div class="state error" part="error">
    <p class="message">${i18n.t(message)}</p>
    ${setup ? html`<p class="detail">${error.message}</p>` : nothing}
    ${retry && !setup && error.code !== 'not_found'
      ? html`<button class="button secondary" part="retry" type="button" @click=${retry}>${i18n.t('retry')}</button>`
      : nothing}
  </div>`;
}

/** The empty state: one line of muted text. */
export function emptyState(text: string): TemplateResult {
  return html`<div class="state" part="empty"><p>${text}</p></div>`;
}
