import { css } from 'lit';
import { shared, tokens } from '../internal/tokens.js';

export const styles = [
  tokens,
  shared,
  css`
    :host {
      --_state: var(--_text-muted);
      display: block;
      color: var(--_text);
    }
    .badge {
      display: flex;
      gap: 1rem;
      block-size: 100%;
      padding: 1.25rem;
    }
    .badge > .state {
      padding: 0;
    }
    .verified {
      --_state: var(--_success);
    }
    .expired {
      --_state: var(--_warning);
    }
    .revoked,
    .invalid {
      --_state: var(--_danger);
    }
    .media {
      display: grid;
      flex: none;
      place-items: center;
      inline-size: var(--up-badge-image-size, 4.5rem);
      block-size: var(--up-badge-image-size, 4.5rem);
      overflow: hidden;
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_surface-muted);
    }
    img {
      inline-size: 100%;
      block-size: 100%;
      object-fit: contain;
    }
    .placeholder {
      inline-size: 62%;
      fill: color-mix(in srgb, var(--_primary) 14%, transparent);
      stroke: var(--_primary);
      stroke-width: 2.5;
      stroke-linejoin: round;
    }
    .placeholder .tick {
      fill: none;
      stroke-linecap: round;
    }
    .content {
      display: flex;
      flex: 1;
      flex-direction: column;
      gap: 0.375rem;
      min-inline-size: 0;
    }
    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.375rem;
      color: var(--_text-muted);
      font-size: 0.8125rem;
    }
    .status .label {
      color: var(--_state);
      font-weight: 650;
    }
    .status .detail {
      flex-basis: 100%;
    }
    .icon {
      inline-size: 1rem;
      block-size: 1rem;
      flex: none;
      fill: none;
      stroke: currentColor;
      stroke-width: 1.75;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .status .icon {
      stroke: var(--_state);
    }
    .spin {
      transform-origin: 8px 8px;
      animation: up-spin 1s linear infinite;
    }
    @keyframes up-spin {
      to {
        transform: rotate(360deg);
      }
    }
    .name {
      font-size: 1.0625rem;
      font-weight: 650;
      line-height: 1.35;
    }
    .issuer {
      color: var(--_text-muted);
      font-size: 0.875rem;
    }
    .description {
      font-size: 0.875rem;
      line-height: 1.5;
    }
    .dates {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      margin: 0.25rem 0 0;
      font-size: 0.8125rem;
    }
    .dates div {
      display: flex;
      gap: 0.375rem;
    }
    dt {
      color: var(--_text-muted);
    }
    dd {
      margin: 0;
      font-weight: 500;
    }
    .expired dd:last-of-type {
      color: var(--_warning);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin-block-start: 0.5rem;
    }
    .link {
      font-size: 0.875rem;
      font-weight: 600;
      text-underline-offset: 0.2em;
    }
    .line.short {
      inline-size: 35%;
    }
    .content:has(.line) {
      gap: 0.625rem;
      padding-block-start: 0.25rem;
    }
    @media (prefers-reduced-motion: reduce) {
      .spin {
        animation-duration: 4s;
      }
    }
    @media (forced-colors: active) {
      .status .label,
      .status .icon {
        color: CanvasText;
        stroke: CanvasText;
      }
    }
  `,
];
