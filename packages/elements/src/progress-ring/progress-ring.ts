import { html, svg, nothing, type PropertyValues } from 'lit';
import { UpElement, setAttributes } from '../internal/base.js';
import { Msg } from '../internal/locales/keys.js';
import { styles } from './progress-ring.styles.js';

/**
 * A circular progress indicator. The host carries `role="progressbar"` and the
 * `aria-value*` attributes, so a label elsewhere in the page can point at it with
 * `aria-labelledby`; `aria-valuetext` is the percentage in the page's language.
 *
 * An invalid `value` (not a number from 0 to 1) shows a visible error and fires `up-error`.
 *
 * @customElement up-progress-ring
 * @summary Circular progress, `value` from 0 to 1.
 * @slot - Content of the centre; defaults to the percentage.
 * @fires up-error - `{ code: 'invalid_attribute', message }` when `value` is not a number from 0 to 1.
 * @csspart svg - The SVG drawing.
 * @csspart track - The full circle behind the indicator.
 * @csspart indicator - The arc showing the value.
 * @csspart label - The centre text.
 * @cssprop [--up-ring-size=3rem] - Diameter of the ring.
 * @cssprop [--up-ring-thickness=10] - Stroke width, in hundredths of the diameter.
 * @cssprop [--up-ring-color=var(--up-color-primary)] - Colour of the indicator.
 * @cssprop [--up-ring-track-color=var(--up-color-border)] - Colour of the track.
 * @cssprop [--up-color-text] - Colour of the centre text.
 * @cssprop [--up-color-danger] - Colour of the invalid state.
 */
export class UpProgressRing extends UpElement {
  static override styles = styles;
  static override properties = {
    value: { type: Number },
    label: {},
    indeterminate: { type: Boolean, reflect: true },
  };

  /**
   * Progress from 0 to 1.
   * @attr value
   */
  declare value: number;
  /**
   * Accessible name (`aria-label` of the host); defaults to “Progress” in the page's language.
   * @attr label
   */
  declare label: string | undefined;
  /**
   * Shows activity without a known value; `aria-valuenow` is then omitted.
   * @attr indeterminate
   */
  declare indeterminate: boolean;

  #ownLabel = false;

  constructor() {
    super();
    this.value = 0;
    this.indeterminate = false;
  }

  /** `true` when `value` is a number from 0 to 1. */
  get valid(): boolean {
    return typeof this.value === 'number' && this.value >= 0 && this.value <= 1;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'progressbar');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const valid = this.valid;
    if (changed.has('value') && !valid) {
      const raw = this.getAttribute('value') ?? String(this.value);
      this.fail({ code: 'invalid_attribute', message: `<up-progress-ring> value "${raw}" is not a number from 0 to 1.` });
    }
    const known = valid && !this.indeterminate;
    setAttributes(this, {
      'aria-valuemin': '0',
      'aria-valuemax': '100',
      'aria-valuenow': known ? String(Math.round(this.value * 100)) : undefined,
      'aria-valuetext': known ? this.i18n.percent(this.value) : valid ? undefined : this.i18n.t(Msg.progressInvalid),
    });
    if (this.label) {
      this.setAttribute('aria-label', this.label);
      this.#ownLabel = false;
    } else if (this.#ownLabel || !(this.hasAttribute('aria-label') || this.hasAttribute('aria-labelledby'))) {
      this.setAttribute('aria-label', this.i18n.t(Msg.progress));
      this.#ownLabel = true;
    }
  }

  protected override render() {
    const valid = this.valid;
    const shown = this.indeterminate ? 25 : valid ? this.value * 100 : 0;
    return html`<svg class=${valid ? '' : 'invalid'} viewBox="0 0 100 100" part="svg" aria-hidden="true">
        ${svg`<circle class="track" part="track" cx="50" cy="50" r="44"></circle>
        <circle class=${shown > 0 ? 'indicator' : 'indicator zero'} part="indicator" cx="50" cy="50" r="44"
          pathLength="100" stroke-dasharray="${shown} 100" transform="rotate(-90 50 50)"></circle>`}
      </svg>
      <span class="label" part="label" aria-hidden="true"
        ><slot>${this.indeterminate ? nothing : valid ? this.i18n.percent(this.value) : '!'}</slot></span
      >`;
  }
}
