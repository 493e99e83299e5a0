import { css } from 'lit';
import { tokens } from '../internal/tokens.js';

export const styles = [
  tokens,
  css`
    :host {
      --_ring-size: var(--up-ring-size, 3rem);
      --_ring-thickness: var(--up-ring-thickness, 10);
      --_ring-color: var(--up-ring-color, var(--_primary));
      --_ring-track: var(--up-ring-track-color, var(--_border));
      position: relative;
      display: inline-grid;
      place-items: center;
      inline-size: var(--_ring-size);
      block-size: var(--_ring-size);
      flex: none;
      direction: ltr;
      color: var(--_text);
      vertical-align: middle;
    }
    svg {
      position: absolute;
      inset: 0;
      inline-size: 100%;
      block-size: 100%;
      overflow: visible;
    }
    circle {
      fill: none;
      stroke-width: var(--_ring-thickness);
    }
    .track {
      stroke: var(--_ring-track);
    }
    .indicator {
      stroke: var(--_ring-color);
      stroke-linecap: round;
      transition: stroke-dasharray 0.4s;
    }
    .indicator.zero {
      visibility: hidden;
    }
    .invalid .track {
      stroke: var(--_danger);
      stroke-dasharray: 6 6;
    }
    .label {
      position: relative;
      font-size: calc(var(--_ring-size) * 0.22);
      letter-spacing: -0.02em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      line-height: 1;
      white-space: nowrap;
    }
    svg.invalid + .label {
      color: var(--_danger);
    }
    :host([indeterminate]) svg {
      animation: up-spin 1s linear infinite;
    }
    @keyframes up-spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      :host([indeterminate]) svg {
        animation-duration: 4s;
      }
      .indicator {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      svg {
        forced-color-adjust: none;
      }
      .track {
        stroke: GrayText;
      }
      .indicator {
        stroke: Highlight;
      }
      .invalid .track {
        stroke: CanvasText;
      }
      .label {
        color: CanvasText;
      }
    }
  `,
];
