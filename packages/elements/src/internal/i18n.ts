import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from './locales/en.js';
import type { Messages, Msg } from './locales/keys.js';

/** Languages with built-in text. English ships in the main bundle; the others load on demand. */
export type SupportedLanguage = 'en' | 'fr' | 'es';

const catalogs: Partial<Record<SupportedLanguage, Messages | Promise<Messages>>> = { en };

/** The text of `language`: at once when loaded, else a promise (English if loading fails, retried next time). */
function catalog(language: SupportedLanguage): Messages | Promise<Messages> {
  return (catalogs[language] ??= (language === 'fr' ? import('./locales/fr.js') : import('./locales/es.js')).then(
    (module) => (catalogs[language] = module.messages),
    () => {
      delete catalogs[language];
      return en;
    },
  ));
}

/** The `lang` in effect for `node`: its own, an ancestor's (across shadow roots), or the document's. */
function langOf(element: Element): string {
  for (let current: Element | undefined = element; current; ) {
    const owner = current.closest('[lang]');
    if (owner) return owner.getAttribute('lang') ?? '';
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : undefined;
  }
  return '';
}

const controllers = new Set<I18nController>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer ??= new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

type Params = Record<string, string | number>;

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | { format(d: object): string }>();
function cached<T>(key: string, make: () => T): T {
  if (!formatters.has(key)) formatters.set(key, make() as never);
  return formatters.get(key) as T;
}

/**
 * Reactive controller that resolves the language of its host from the nearest `lang` attribute
 * (the element's own, an ancestor's across shadow roots, or the document's), follows changes to
 * any `lang` attribute at run time, loads French or Spanish text on demand, and formats numbers,
 * durations and dates with `Intl` in that language.
 *
 * ```ts
 * class MyElement extends UpElement {
 *   render() { return html`${this.i18n.t(Msg.retry)} ${this.i18n.percent(0.4)}`; }
 * }
 * ```
 */
export class I18nController implements ReactiveController {
  /** BCP 47 tag used for `Intl` (`en`, `fr-CA`, `es`…); `en` when the page's language is unsupported. */
  locale = 'en';
  /** The base language whose text is shown. */
  language: SupportedLanguage = 'en';
  #messages: Messages = en;
  #wanted = '';
  #host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    // Every shadow root up to the document: a `lang` may change in any of them.
    let root = this.#host.getRootNode();
    for (; root instanceof ShadowRoot; root = root.host.getRootNode()) observe(root);
    observe(root);
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-reads the `lang` in effect; updates the host when it changed. */
  refresh(): void {
    const tag = langOf(this.#host).trim() || navigator.language;
    const base = tag.toLowerCase().split('-')[0];
    const language: SupportedLanguage = base === 'fr' || base === 'es' ? base : 'en';
    const locale = language === 'en' && base !== 'en' ? 'en' : tag;
    if (locale === this.#wanted) return;
    this.#wanted = locale;
    const apply = (messages: Messages) => {
      if (this.#wanted !== locale) return;
      this.#messages = messages;
      this.locale = locale;
      this.language = language;
      this.#host.requestUpdate();
    };
    const messages = catalog(language);
    if (messages instanceof Promise) void messages.then(apply);
    else apply(messages);
  }

  /** The text of `key`, with `{name}` placeholders replaced from `params`. */
  t(key: Msg, params?: Params): string {
    const text = this.#messages[key] ?? en[key];
    return params ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match)) : text;
  }

  /** A fraction (0..1) as a whole percentage: `42%`, `42 %`. */
  percent(fraction: number): string {
    return this.number(fraction, { style: 'percent', maximumFractionDigits: 0 });
  }

  /** A number formatted with `Intl.NumberFormat`. */
  number(value: number, options: Intl.NumberFormatOptions = {}): string {
    return cached(`n${this.locale}${JSON.stringify(options)}`, () => new Intl.NumberFormat(this.locale, options)).format(value);
  }

  /** A duration in minutes, such as `1 hr, 30 min` (`Intl.DurationFormat` where available). */
  duration(totalMinutes: number): string {
    const hours = Math.floor(totalMinutes / 60);
    const minutes = Math.round(totalMinutes % 60);
    const DurationFormat = (Intl as unknown as { DurationFormat?: new (l: string, o: object) => { format(d: object): string } }).DurationFormat;
    if (DurationFormat) {
      return cached(`d${this.locale}`, () => new DurationFormat(this.locale, { style: 'short' })).format(
        hours ? { hours, minutes } : { minutes },
      );
    }
    const part = (value: number, unit: string) => this.number(value, { style: 'unit', unit, unitDisplay: 'short' });
    return [hours ? part(hours, 'hour') : '', minutes || !hours ? part(minutes, 'minute') : ''].filter(Boolean).join(' ');
  }

  /** A date (ISO string or `Date`) in the medium style, or `''` when it is not a valid date. */
  date(value: string | Date): string {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    return cached(`t${this.locale}`, () => new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium' })).format(date);
  }
}
