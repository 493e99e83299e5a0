import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { OpenBadgeCredential } from '@upskill/sdk/schemas';
import { UpElement, setAttributes } from '../internal/base.js';
import { upskillContext } from '../internal/context.js';
import { LoadState, Loader, elementError } from '../internal/load.js';
import { itemStates } from '../internal/states.js';
import { safeUrl } from '../internal/url.js';
import { announce } from '../internal/announce.js';
import { Msg } from '../internal/locales/keys.js';
import { styles } from './badge.styles.js';

const CREDENTIAL_ID = /^cred_[\w-]{1,64}$/;

/** Where a credential's verification stands. */
export type VerificationState = 'verifying' | 'verified' | 'expired' | 'revoked' | 'invalid' | 'unverifiable';

/** What a verifier answers: the shape of `verifyCredential()` from `@upskill/sdk/verify`. */
export interface BadgeVerificationResult {
  verified: boolean;
  checks: Partial<Record<'proof' | 'expiry' | 'revocation' | 'issuer', 'ok' | 'failed' | 'unknown'>>;
}

/** A function that verifies a credential; by default `verifyCredential` from `@upskill/sdk/verify`, loaded on first use. */
export type BadgeVerifier = (credential: OpenBadgeCredential) => Promise<BadgeVerificationResult>;

function stateOf(result: BadgeVerificationResult): VerificationState {
  const { proof, issuer, revocation, expiry } = result.checks ?? {};
  if (proof === 'failed' || issuer === 'failed') return 'invalid';
  if (revocation === 'failed') return 'revoked';
  if (expiry === 'failed') return 'expired';
  return result.verified && proof === 'ok' ? 'verified' : 'unverifiable';
}

const defaultVerifier: BadgeVerifier = async (credential) =>
  (await import('@upskill/sdk/verify')).verifyCredential(credential);

type Image = string | { id?: unknown } | undefined;
const imageUrl = (image: unknown) => safeUrl(typeof image === 'string' ? image : (image as Exclude<Image, string>)?.id, true);

const LABELS: Record<VerificationState, Msg> = {
  verifying: Msg.verifying, verified: Msg.verified, expired: Msg.expired,
  revoked: Msg.revoked, invalid: Msg.invalid, unverifiable: Msg.unverifiable,
};
const DETAILS: Record<Exclude<VerificationState, 'verifying'>, Msg> = {
  verified: Msg.verifiedDetail, expired: Msg.expiredDetail, revoked: Msg.revokedDetail,
  invalid: Msg.invalidDetail, unverifiable: Msg.unverifiableDetail,
};

const ICONS: Record<VerificationState, ReturnType<typeof svg>> = {
  verifying: svg`<circle cx="8" cy="8" r="6" class="spin" pathLength="100" stroke-dasharray="70 100"/>`,
  verified: svg`<path d="M3.5 8.5l3 3 6-7"/>`,
  expired: svg`<circle cx="8" cy="8" r="6"/><path d="M8 4.5V8l2.5 1.5"/>`,
  revoked: svg`<circle cx="8" cy="8" r="6"/><path d="M4 12l8-8"/>`,
  invalid: svg`<path d="M4 4l8 8M12 4l-8 8"/>`,
  unverifiable: svg`<circle cx="8" cy="8" r="6"/><path d="M8 4.5v4.5M8 11.5v.01"/>`,
};

/**
 * An Open Badges 3.0 credential, as a displayer shows it: image, achievement name and
 * description, issuer, issue and expiry dates; its live verification state (proof, issuer,
 * expiry and revocation, checked in the browser by `verifyCredential` from
 * `@upskill/sdk/verify`, loaded on first use); a download of the credential JSON; and the
 * public verification link.
 *
 * Give it a `credential-id` (loaded through the `<up-provider>` client) or the signed
 * credential as `.credential`. The state is also reflected as the `verification` attribute.
 * A badge is not a live region: only a re-verification asked for with `verify()` is announced.
 *
 * @customElement up-badge
 * @summary A verifiable credential with its verification state.
 * @fires up-error - `{ code, message, status? }` when the credential cannot be loaded or an attribute or property is invalid.
 * @csspart badge - The badge's box.
 * @csspart media - The image area.
 * @csspart image - The achievement image.
 * @csspart status - The verification state (icon, label and detail).
 * @csspart name - The achievement name (a heading).
 * @csspart issuer - The issuer line.
 * @csspart description - The achievement description.
 * @csspart dates - Issue and expiry dates.
 * @csspart actions - Download and verification link.
 * @csspart download - The download link.
 * @csspart verification-link - The public verification link.
 * @csspart error - The error state.
 * @csspart retry - The error state's retry button.
 * @csspart empty - The empty state.
 * @csspart skeleton - The loading placeholder.
 * @cssprop [--up-color-primary] - Links and the default image.
 * @cssprop [--up-color-surface] - Badge background.
 * @cssprop [--up-color-surface-muted] - Image background.
 * @cssprop [--up-color-text] - Main text.
 * @cssprop [--up-color-text-muted] - Secondary text.
 * @cssprop [--up-color-border] - Border.
 * @cssprop [--up-color-success] - Verified state.
 * @cssprop [--up-color-warning] - Expired state.
 * @cssprop [--up-color-danger] - Revoked and invalid states.
 * @cssprop [--up-color-focus] - Focus outline.
 * @cssprop [--up-radius=12px] - Corner radius.
 * @cssprop [--up-font-family=system-ui] - Font stack.
 * @cssprop [--up-badge-image-size=4.5rem] - Size of the achievement image.
 */
export class UpBadge extends UpElement {
  static override styles = styles;
  static override properties = {
    credentialId: { attribute: 'credential-id' },
    credential: { attribute: false },
    verifier: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /**
   * Id of the credential to load (`cred_…`, the `{id}` of `GET /v1/credentials/{id}`); needs an `<up-provider>`.
   * @attr credential-id
   */
  declare credentialId: string | undefined;
  /** The signed credential to show, instead of loading `credential-id`. */
  declare credential: OpenBadgeCredential | undefined;
  /** Replaces the built-in verification, for instance to verify on your server. */
  declare verifier: BadgeVerifier | undefined;
  /**
   * Heading level of the achievement name (1 to 6).
   * @attr heading-level
   */
  declare headingLevel: number;

  #context = new ContextConsumer(this, { context: upskillContext, subscribe: true });
  #credential: Loader<OpenBadgeCredential> = new Loader<OpenBadgeCredential>(this);
  #verification: Loader<VerificationState> = new Loader<VerificationState>(this);
  #download: { credential: OpenBadgeCredential; url: string } | undefined;
  #announce = false;

  constructor() {
    super();
    this.headingLevel = 3;
  }

  /** The verification state, or `undefined` while there is no credential. */
  get verificationState(): VerificationState | undefined {
    if (this.#credential.state !== LoadState.Ready) return undefined;
    return this.#verification.state === LoadState.Ready ? this.#verification.value : 'verifying';
  }

  /** Verifies the credential again and announces the result. */
  verify(): void {
    this.#announce = true;
    this.#verification.retry();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#download) URL.revokeObjectURL(this.#download.url);
    this.#download = undefined;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const client = this.#context.value?.client;
    const { credential, credentialId } = this;
    this.#credential.watch([credential, credentialId, client], (signal) => {
      if (credential) {
        if (!credential.credentialSubject?.achievement?.name) {
          throw elementError('invalid_attribute', '<up-badge> .credential is not an OpenBadgeCredential (credentialSubject.achievement.name is missing).');
        }
        return credential;
      }
      if (credentialId == null) return undefined;
      if (!CREDENTIAL_ID.test(credentialId)) {
        throw elementError('invalid_attribute', `<up-badge> credential-id "${credentialId}" is not a credential id (cred_…).`);
      }
      if (!client) {
        throw elementError('no_provider', `<up-badge credential-id="${credentialId}"> needs an <up-provider> with a base-url or a .client around it.`);
      }
      return client.credentials.get(credentialId, { signal });
    });
    const loaded = this.#credential.state === LoadState.Ready ? this.#credential.value : undefined;
    if (loaded) {
      const verifier = this.verifier ?? defaultVerifier;
      this.#verification.watch([loaded, verifier], async () => {
        try {
          return stateOf(await verifier(loaded));
        } catch {
          return 'unverifiable';
        }
      });
    } else if (this.#verification.state !== LoadState.Empty) {
      this.#verification.clear();
    }
    const state = this.verificationState;
    setAttributes(this, { verification: state });
    if (this.#announce && state && state !== 'verifying' && loaded) {
      this.#announce = false;
      announce(this.i18n.t(Msg.badgeState, { name: loaded.credentialSubject.achievement.name, state: this.i18n.t(LABELS[state]) }));
    }
  }

  protected override render(): TemplateResult {
    return itemStates(this.i18n, this.#credential, 'badge', 'content', this.i18n.t(Msg.badgeEmpty), (credential) => this.#renderCredential(credential));
  }

  #renderCredential(credential: OpenBadgeCredential) {
    const { i18n } = this;
    const achievement = credential.credentialSubject.achievement;
    const issuer = typeof credential.issuer === 'string' ? { name: credential.issuer } : credential.issuer;
    const image = imageUrl(achievement.image) ?? imageUrl(credential.image) ;
    const legacy = credential as { issuanceDate?: string; expirationDate?: string };
    const issued = i18n.date(credential.validFrom ?? legacy.issuanceDate ?? '');
    const expires = i18n.date(credential.validUntil ?? legacy.expirationDate ?? '');
    const link = safeUrl(credential.id);
    const state = this.verificationState ?? 'verifying';
    const headingLevel = this.headingLevel >= 1 && this.headingLevel <= 6 ? Math.round(this.headingLevel) : 3;
    return html`<article class="badge ${state}" part="badge">
      <div class="media" part="media">
        ${image
          ? html`<img part="image" src=${image} alt="" />`
          : html`<svg class="placeholder" viewBox="0 0 48 48" aria-hidden="true"><path d="M24 4l16 6v12c0 10-7 18-16 22C15 40 8 32 8 22V10z"/><path class="tick" d="M17 24l5 5 9-10"/></svg>`}
      </div>
      <div class="content">
        <p class="status" part="status" aria-busy=${state === 'verifying' ? 'true' : 'false'}>
          <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">${ICONS[state]}</svg>
          <span class="label">${i18n.t(LABELS[state])}</span>
          ${state === 'verifying' ? nothing : html`<span class="detail">${i18n.t(DETAILS[state])}</span>`}
        </p>
        <div class="name" part="name" role="heading" aria-level=${headingLevel}>${achievement.name}</div>
        ${issuer?.name ? html`<p class="issuer" part="issuer">${i18n.t(Msg.issuedBy, { issuer: issuer.name })}</p>` : nothing}
        ${achievement.description ? html`<p class="description" part="description">${achievement.description}</p>` : nothing}
        ${issued || expires
          ? html`<dl class="dates" part="dates">
              ${issued ? html`<div><dt>${i18n.t(Msg.issued)}</dt><dd>${issued}</dd></div>` : nothing}
              ${expires ? html`<div><dt>${i18n.t(state === 'expired' ? Msg.expired : Msg.expires)}</dt><dd>${expires}</dd></div>` : nothing}
            </dl>`
          : nothing}
        <div class="actions" part="actions">
          <a class="button secondary" part="download" href=${this.#downloadUrl(credential)} download=${fileName(achievement.name)}
            aria-label=${i18n.t(Msg.downloadLabel, { name: achievement.name })}>
            <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 2.5v8M4.5 7.5 8 11l3.5-3.5M3 13.5h10"/></svg>
            ${i18n.t(Msg.download)}
          </a>
          ${link ? html`<a class="link" part="verification-link" href=${link} target="_blank" rel="noopener">${i18n.t(Msg.verificationLink)}</a>` : nothing}
        </div>
      </div>
    </article>`;
  }

  #downloadUrl(credential: OpenBadgeCredential): string {
    if (this.#download?.credential !== credential) {
      if (this.#download) URL.revokeObjectURL(this.#download.url);
      const blob = new Blob([JSON.stringify(credential, null, 2)], { type: 'application/ld+json' });
      this.#download = { credential, url: URL.createObjectURL(blob) };
    }
    return this.#download.url;
  }
}

function fileName(name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug || 'credential'}.json`;
}
