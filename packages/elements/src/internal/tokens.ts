import { css } from 'lit';

/**
 * Design tokens. Each public `--up-*` custom property resolves through a private `--_*` one to
 * a default for light and dark (`light-dark()`, following the inherited `color-scheme`, which
 * `<up-provider theme>` sets). Components only ever read the private `--_*` properties.
 *
 * Public properties: `--up-color-primary`, `--up-color-on-primary`, `--up-color-surface`,
 * `--up-color-surface-muted`, `--up-color-text`, `--up-color-text-muted`, `--up-color-border`,
 * `--up-color-success`, `--up-color-warning`, `--up-color-danger`, `--up-color-focus`,
 * `--up-radius`, `--up-font-family`.
 */
export const tokens = css`
  :host {
    --_primary: var(--up-color-primary, light-dark(#1f5bd1, #8db1ff));
    --_on-primary: var(--up-color-on-primary, light-dark(#fff, #0c1a36));
    --_surface: var(--up-color-surface, light-dark(#fff, #161b22));
    --_surface-muted: var(--up-color-surface-muted, light-dark(#f3f5f8, #212833));
    --_text: var(--up-color-text, light-dark(#18202b, #e6eaf0));
    --_text-muted: var(--up-color-text-muted, light-dark(#515c6b, #a7b0bd));
    --_border: var(--up-color-border, light-dark(#dbe0e7, #313a47));
    --_success: var(--up-color-success, light-dark(#17703f, #74d19c));
    --_warning: var(--up-color-warning, light-dark(#8a5300, #f0bf66));
    --_danger: var(--up-color-danger, light-dark(#b3261e, #ff9b91));
    --_focus: var(--up-color-focus, var(--_primary));
    --_radius: var(--up-radius, 12px);
    --_font: var(--up-font-family, system-ui, sans-serif);
    font-family: var(--_font);
    -webkit-font-smoothing: antialiased;
  }
  :host([hidden]) {
    display: none !important;
  }
`;

/**
 * Shared by the data-bound elements: the box around each (`.card`, `.badge`, `.frame`), buttons,
 * links, skeletons and the error/empty states.
 */
export const shared = css`
  * {
    box-sizing: border-box;
  }
  p {
    margin: 0;
  }
  /* No overflow on .frame: the virtualizer treats any clipping ancestor as the scroller. */
  .card,
  .badge,
  .frame {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 1px 2px rgb(16 24 40 / 0.05);
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    min-block-size: 2.25rem;
    padding: 0.4375rem 0.875rem;
    border: 1px solid var(--_primary);
    border-radius: calc(var(--_radius) * 0.67);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    line-height: 1.25;
    text-decoration: none;
    white-space: nowrap;
    cursor: pointer;
    transition: filter 0.15s, background-color 0.15s;
  }
  .button:hover {
    filter: brightness(1.08);
  }
  .button.secondary {
    background: transparent;
    border-color: var(--_border);
    color: var(--_text);
  }
  .button.secondary:hover {
    background: var(--_surface-muted);
    filter: none;
  }
  .button[disabled] {
    cursor: progress;
    opacity: 0.75;
  }
  a {
    color: var(--_primary);
  }
  :is(a, button, [tabindex]):focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skeleton {
    display: block;
    border-radius: 6px;
    background: linear-gradient(90deg, var(--_surface-muted) 25%, var(--_border) 50%, var(--_surface-muted) 75%) 0 0 / 200% 100%;
    animation: up-shimmer 1.6s ease-in-out infinite;
  }
  .line {
    block-size: 0.875rem;
    inline-size: 100%;
  }
  @keyframes up-shimmer {
    to {
      background-position: -200% 0;
    }
  }
  .state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75rem;
    padding: 1.25rem;
    color: var(--_text-muted);
    font-size: 0.875rem;
    line-height: 1.5;
  }
  .state .message {
    color: var(--_text);
    font-weight: 600;
  }
  .state.error .message::before {
    content: '!';
    display: inline-grid;
    place-items: center;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin-inline-end: 0.5rem;
    border-radius: 50%;
    background: var(--_danger);
    color: var(--_surface);
    font-size: 0.75rem;
    font-weight: 700;
  }
  .state .detail {
    font-size: 0.8125rem;
    overflow-wrap: anywhere;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
    .button {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .card,
    .badge,
    .frame {
      border-color: CanvasText;
    }
    .button {
      border-color: ButtonText;
    }
    .skeleton {
      background: GrayText;
    }
    .state.error .message::before {
      background: CanvasText;
      color: Canvas;
      forced-color-adjust: none;
    }
  }
`;
