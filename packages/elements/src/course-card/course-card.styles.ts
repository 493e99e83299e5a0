import { css } from 'lit';
import { shared, tokens } from '../internal/tokens.js';

export const styles = [
  tokens,
  shared,
  css`
    :host {
      display: block;
      color: var(--_text);
    }
    .card {
      position: relative;
      display: flex;
      flex-direction: column;
      block-size: 100%;
      overflow: hidden;
      transition: box-shadow 0.2s, border-color 0.2s;
    }
    .card.linked {
      cursor: pointer;
    }
    .card.linked:hover {
      border-color: color-mix(in srgb, var(--_primary) 35%, var(--_border));
      box-shadow: 0 6px 16px -6px rgb(16 24 40 / 0.18);
    }
    .card:has(a[part~='link']:focus-visible) {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .media {
      aspect-ratio: var(--up-card-image-ratio, 16 / 9);
      background:
        radial-gradient(circle at 85% 20%, color-mix(in srgb, var(--_primary) 18%, transparent), transparent 55%),
        var(--_surface-muted);
      border-block-end: 1px solid var(--_border);
    }
    .media.skeleton {
      border-radius: 0;
    }
    img {
      display: block;
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
    }
    .body {
      display: flex;
      flex: 1;
      flex-direction: column;
      gap: 0.5rem;
      padding: 1rem 1.25rem 0.75rem;
    }
    .level {
      color: var(--_primary);
      font-size: 0.75rem;
      font-weight: 650;
      letter-spacing: 0.04em;
      text-transform: uppercase;
    }
    .title {
      font-size: 1.0625rem;
      font-weight: 650;
      line-height: 1.35;
      text-wrap: balance;
    }
    .title a {
      color: inherit;
      text-decoration: none;
    }
    .title a:hover {
      color: var(--_primary);
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }
    .title a:focus-visible {
      outline: none;
    }
    .summary {
      display: -webkit-box;
      overflow: hidden;
      color: var(--_text-muted);
      font-size: 0.875rem;
      line-height: 1.5;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      line-clamp: 3;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      color: var(--_text-muted);
      font-size: 0.8125rem;
    }
    .meta span + span::before {
      content: '·';
      margin-inline-end: 0.75rem;
    }
    .skills {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      margin: 0.25rem 0 0;
      padding: 0;
      list-style: none;
    }
    .skills li {
      padding: 0.1875rem 0.5625rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface-muted);
      color: var(--_text);
      font-size: 0.75rem;
      line-height: 1.4;
    }
    .footer {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.75rem;
      min-block-size: 3.75rem;
      padding: 0.75rem 1.25rem 1rem;
    }
    .progress {
      display: flex;
      align-items: center;
      gap: 0.625rem;
      color: var(--_text-muted);
      font-size: 0.8125rem;
    }
    .progress up-progress-ring {
      --up-ring-size: 2.25rem;
      --up-ring-thickness: 11;
    }
    .progress up-progress-ring::part(label) {
      display: none;
    }
    .progress.done up-progress-ring {
      --up-ring-color: var(--_success);
    }
    .action-error {
      padding: 0 1.25rem 1rem;
      color: var(--_danger);
      font-size: 0.8125rem;
    }
    .line.short {
      inline-size: 40%;
    }
    .action-skeleton {
      inline-size: 6rem;
      block-size: 2.25rem;
      margin-inline-start: auto;
    }
    @media (prefers-reduced-motion: reduce) {
      .card {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      .skills li {
        border-color: CanvasText;
      }
    }
  `,
];
