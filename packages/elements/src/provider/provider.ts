import { html, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { UpElement } from '../internal/base.js';
import { upskillContext, type ElementsClient, type UpskillContext } from '../internal/context.js';
import { sameValues, toErrorDetail } from '../internal/load.js';
import { styles } from './provider.styles.js';
// Imported last: the CDN bundle then puts the SDK after Lit and the elements, which gzips smaller.
import { composeClient, courses, credentials, enrollments, learners } from '@upskill/sdk';

type Theme = 'light' | 'dark';

/**
 * Gives every Upskill element inside it an SDK client, the colour theme and the link template
 * of the partner's course pages. It renders its children as they are (`display: contents`).
 *
 * Give it either a ready client (`.client`), or a `base-url` with a short-lived learner session
 * token (`token` attribute or `.getToken` property); the client is then built with
 * `composeClient()` from `@upskill/sdk` (the resources the elements use) and rebuilt when those change.
 *
 * Elements defined before the provider still find it (a `ContextRoot` is attached to the
 * document when the first element is defined; the CDN module, which always defines the provider
 * first, needs none).
 *
 * @customElement up-provider
 * @summary Configures the Upskill elements it contains.
 * @slot - The page content using Upskill elements.
 * @fires up-error - `{ code, message }` when the client cannot be built (for instance a secret key given in a browser) or `theme` is not `light` or `dark`.
 */
export class UpProvider extends UpElement {
  static override styles = styles;
  static override properties = {
    baseUrl: { attribute: 'base-url' },
    token: {},
    getToken: { attribute: false },
    client: { attribute: false },
    theme: { reflect: true },
    courseHref: { attribute: 'course-href' },
  };

  /**
   * Origin of the Upskill API (optionally with a path prefix); the SDK adds `/v1`.
   * @attr base-url
   */
  declare baseUrl: string | undefined;
  /**
   * A learner session token, minted by the partner's server with `POST /v1/sessions`. Never a secret key.
   * @attr token
   */
  declare token: string | undefined;
  /** Called by the SDK for a session token when needed, and once more after a 401. Takes precedence over `token`. */
  declare getToken: (() => string | Promise<string>) | undefined;
  /** A ready SDK client (`createClient()` from `@upskill/sdk`, or any object of the same shape); takes precedence over `base-url`. */
  declare client: ElementsClient | undefined;
  /**
   * `light` or `dark`; when absent, follows the system's `prefers-color-scheme`.
   * @attr theme
   */
  declare theme: Theme | undefined;
  /**
   * URL template of the partner's course pages, such as `/learn/{id}`: course titles become links.
   * @attr course-href
   */
  declare courseHref: string | undefined;

  #provider = new ContextProvider(this, { context: upskillContext });
  #built: { key: readonly unknown[]; client: ElementsClient | undefined } | undefined;
  #provided: readonly unknown[] | undefined;
  #media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  #prefersDark = Boolean(this.#media?.matches);
  #onMedia = () => {
    this.#prefersDark = Boolean(this.#media?.matches);
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#media?.addEventListener('change', this.#onMedia);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#media?.removeEventListener('change', this.#onMedia);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const valid = this.theme === 'light' || this.theme === 'dark';
    if (changed.has('theme') && this.theme != null && !valid) {
      this.fail({ code: 'invalid_attribute', message: `<up-provider> theme "${String(this.theme)}" is not "light" or "dark"; following the system theme.` });
    }
    const theme: Theme = valid ? this.theme! : this.#prefersDark ? 'dark' : 'light';
    const client = this.client ?? this.#buildClient();
    const session = Boolean(this.client || this.token || this.getToken);
    const courseHref = this.courseHref || undefined;
    const provided = [client, session, theme, courseHref];
    if (sameValues(provided, this.#provided)) return;
    this.#provided = provided;
    const value: UpskillContext = { client, session, theme };
    if (courseHref) value.courseHref = courseHref;
    this.#provider.setValue(value);
  }

  #buildClient(): ElementsClient | undefined {
    if (!this.baseUrl) return undefined;
    const key = [this.baseUrl, this.token, this.getToken] as const;
    if (sameValues(key, this.#built?.key)) return this.#built!.client;
    let client: ElementsClient | undefined;
    try {
      // Only the resources the elements call, so the CDN build leaves out the others.
      client = composeClient(
        {
          baseUrl: this.baseUrl,
          ...(this.getToken ? { getToken: this.getToken } : this.token ? { token: this.token } : {}),
          locale: this.i18n.language,
        },
        { courses, learners, enrollments, credentials },
      );
    } catch (error) {
      this.fail(toErrorDetail(error));
    }
    this.#built = { key, client };
    return client;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
