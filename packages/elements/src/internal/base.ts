import { LitElement } from 'lit';
import { ContextRoot } from '@lit/context';
import { I18nController } from './i18n.js';

declare const __UPSKILL_ELEMENTS_VERSION__: string | undefined;
/** Set by the CDN build, whose module registers `<up-provider>` before any element that consumes its context. */
declare const __UPSKILL_PROVIDER_FIRST__: true | undefined;

/** The package version, stamped by the builds (`dev` when running from source). */
export const VERSION: string =
  typeof __UPSKILL_ELEMENTS_VERSION__ === 'string' ? __UPSKILL_ELEMENTS_VERSION__ : 'dev';

/** Payload of every `up-error` event. */
export interface UpErrorDetail {
  /** Machine-readable code: an API code (`not_found`, `unauthenticated`…) or an element one (`invalid_attribute`, `no_provider`, `network_error`…). */
  code: string;
  /** What went wrong, for developers (English, never contains a token). */
  message: string;
  /** HTTP status, when the error came from the API. */
  status?: number;
}

let contextRoot: ContextRoot | undefined;

/** Dispatches a bubbling, composed `CustomEvent`; `false` when a listener cancelled it. */
export function dispatch<T>(target: EventTarget, type: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}

/** Sets each attribute of `attributes` on `element`, or removes it when its value is `undefined`. */
export function setAttributes(element: Element, attributes: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
}

/**
 * Base class of every Upskill element.
 *
 * - `static define(tag)` registers the class without ever throwing on a host page: a tag that
 *   is already registered is skipped (with a warning when the versions differ), so two copies
 *   of the library can coexist.
 * - `emit()` dispatches bubbling, composed events; `fail()` reports an `up-error`.
 * - `i18n` follows the nearest `lang` and gives translated text and `Intl` formatting.
 *
 * Subclasses declare reactive properties with `static properties` and set defaults in the
 * constructor (never class fields, which would hide Lit's accessors).
 */
export class UpElement extends LitElement {
  /** Version of `@upskill/elements` that defined this class. */
  static readonly version: string = VERSION;

  /**
   * Registers this class as `tag`, unless the tag is taken. Also attaches one `ContextRoot`
   * to the document, so consumers upgraded before their provider still receive the context
   * (not needed, so left out, in the CDN build, which always registers the provider first).
   */
  static define(tag: string): void {
    if (typeof customElements === 'undefined') return;
    if (typeof __UPSKILL_PROVIDER_FIRST__ === 'undefined' && !contextRoot && typeof document !== 'undefined') {
      contextRoot = new ContextRoot();
      contextRoot.attach(document.documentElement);
    }
    const existing = customElements.get(tag) as { version?: string } | undefined;
    if (!existing) {
      try {
        customElements.define(tag, this);
      } catch (error) {
        // Such as a class already registered under another tag: report, never break the page.
        console.warn(`<${tag}> could not be registered: ${(error as Error).message}`);
      }
    } else if (existing !== this && existing.version !== this.version) {
      console.warn(
        `<${tag}> is already registered by @upskill/elements ${existing.version ?? '(unknown version)'}; ` +
          `version ${this.version} was not registered.`,
      );
    }
  }

  /** Translations and `Intl` formatting in the language of the nearest `lang` attribute. */
  protected readonly i18n = new I18nController(this);

  /**
   * Dispatches a bubbling, composed `CustomEvent` from the host.
   * @returns `false` when a listener called `preventDefault()` on a cancelable event.
   */
  protected emit<T>(type: string, detail: T, cancelable = false): boolean {
    return dispatch(this, type, detail, cancelable);
  }

  /** Fires `up-error` with `detail`. */
  protected fail(detail: UpErrorDetail): void {
    this.emit('up-error', detail);
  }
}
