import { css } from 'lit';
import { shared, tokens } from '../internal/tokens.js';

export const styles = [
  tokens,
  shared,
  css`
    :host {
      --_score-size: var(--up-job-score-size, 3rem);
      --_row-padding: var(--up-job-row-padding, 1rem 1.25rem);
      display: block;
      color: var(--_text);
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .header,
    .heading,
    .legend,
    .head,
    .meta,
    .chips,
    .footer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.375rem;
    }
    .legend span,
    .remote,
    .place,
    .chip,
    .done {
      display: inline-flex;
      align-items: center;
      gap: 0.3125rem;
    }
    .header {
      justify-content: space-between;
      column-gap: 1.25rem;
      padding: 0.875rem 1.25rem;
      border-block-end: 1px solid var(--_border);
      font-size: 0.8125rem;
    }
    .heading {
      align-items: baseline;
      column-gap: 0.625rem;
      font-size: 0.9375rem;
      font-weight: 650;
    }
    .count,
    .legend,
    .meta,
    .label,
    .fix,
    .footer {
      color: var(--_text-muted);
    }
    .count {
      font-size: 0.8125rem;
      font-weight: 500;
    }
    .legend {
      column-gap: 0.875rem;
    }
    .row {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      column-gap: 1rem;
      inline-size: 100%;
      padding: var(--_row-padding);
      border-block-end: 1px solid var(--_border);
      border-inline-start: 3px solid transparent;
    }
    .row:hover {
      background: color-mix(in srgb, var(--_surface-muted) 55%, var(--_surface));
    }
    .row:focus-within {
      background: var(--_surface-muted);
    }
    .row.selected {
      border-inline-start-color: var(--_primary);
      background: color-mix(in srgb, var(--_primary) 6%, var(--_surface));
    }
    .score {
      --up-ring-size: var(--_score-size);
      --up-ring-thickness: 9;
      margin-block-start: 0.125rem;
    }
    .main {
      container: job-row / inline-size;
      display: grid;
      align-content: start;
      gap: 0.25rem;
    }
    .head {
      column-gap: 0.625rem;
    }
    .title {
      padding: 0;
      border: 0;
      border-radius: 4px;
      background: none;
      color: var(--_text);
      font: inherit;
      font-weight: 650;
      line-height: 1.35;
      text-align: start;
      overflow-wrap: anywhere;
      cursor: pointer;
    }
    .title:hover {
      color: var(--_primary);
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }
    .remote {
      gap: 0.25rem;
      padding: 0.0625rem 0.5rem 0.0625rem 0.4375rem;
      border: 1px solid color-mix(in srgb, var(--_primary) 40%, var(--_surface));
      border-radius: 999px;
      background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
      font-size: 0.75rem;
      font-weight: 600;
    }
    .remote .icon {
      color: var(--_primary);
    }
    .meta {
      gap: 0 0.5rem;
      font-size: 0.875rem;
    }
    .employer {
      color: var(--_text);
      font-weight: 500;
    }

    .skills {
      display: grid;
      gap: 0.625rem;
      margin-block-start: 0.5rem;
    }
    .group {
      display: grid;
      gap: 0.375rem;
    }
    .label {
      font-size: 0.75rem;
      font-weight: 600;
    }
    .chip {
      max-inline-size: 100%;
      padding: 0.1875rem 0.625rem 0.1875rem 0.4375rem;
      border: 1px solid color-mix(in srgb, var(--_success) 38%, var(--_surface));
      border-radius: 999px;
      background: color-mix(in srgb, var(--_success) 9%, var(--_surface));
      font-size: 0.8125rem;
      overflow-wrap: anywhere;
    }
    .icon {
      flex: none;
      inline-size: 0.9375rem;
      block-size: 0.9375rem;
    }
    .chip .icon {
      color: var(--_success);
    }
    .chip.self .icon,
    .chip.need .icon {
      color: var(--_text-muted);
    }
    .chip.need {
      justify-self: start;
      border: 1px dashed color-mix(in srgb, var(--_text-muted) 55%, var(--_surface));
      background: var(--_surface);
    }
    /* Skill and course line up in two columns; one column when the row is narrow. */
    .gaps {
      display: grid;
      grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
      gap: 0.4375rem 0.75rem;
    }
    .gap {
      display: grid;
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
      align-items: center;
      row-gap: 0.25rem;
    }
    @container job-row (max-width: 34rem) {
      .gaps {
        grid-template-columns: minmax(0, 1fr);
        row-gap: 0.75rem;
      }
    }
    .required {
      padding-inline-start: 0.375rem;
      border-inline-start: 1px solid var(--_border);
      color: var(--_warning);
      font-size: 0.75rem;
      font-weight: 600;
    }
    .fix {
      display: flex;
      align-items: center;
      gap: 0.375rem 0.75rem;
      font-size: 0.8125rem;
      line-height: 1.4;
    }
    .fix a,
    .course-title {
      color: var(--_text);
      font-weight: 600;
    }
    .fix a {
      color: var(--_primary);
      text-underline-offset: 0.2em;
    }
    .duration {
      white-space: nowrap;
    }
    .fix .button,
    .done {
      margin-inline-start: auto;
    }
    .fix .button {
      flex: none;
      min-block-size: 1.75rem;
      padding: 0.1875rem 0.625rem;
      font-size: 0.8125rem;
    }
    .done {
      flex: none;
      gap: 0.25rem;
      color: var(--_success);
      font-weight: 600;
    }

    .footer {
      justify-content: center;
      gap: 0.5rem 0.75rem;
      padding: 0.375rem;
      font-size: 0.875rem;
    }
    .footer:not(:empty) {
      padding: 0.75rem 1.25rem;
    }

    .skeleton.ring {
      inline-size: var(--_score-size);
      block-size: var(--_score-size);
      border-radius: 50%;
    }
    .skeleton.line {
      inline-size: 70%;
    }
    .skeleton.line:first-child {
      block-size: 1.125rem;
      inline-size: 45%;
    }
    .skeleton.line:last-child {
      block-size: 1.5rem;
      inline-size: 60%;
      margin-block-start: 0.375rem;
      border-radius: 999px;
    }
    @media (forced-colors: active) {
      .header,
      .chip,
      .chip.need,
      .remote {
        border-color: CanvasText;
      }
      .row {
        border-block-end-color: CanvasText;
        border-inline-start-color: Canvas;
      }
      .row.selected {
        border-inline-start-color: Highlight;
      }
      .chip .icon,
      .chip.self .icon,
      .chip.need .icon,
      .remote .icon,
      .required,
      .done {
        color: CanvasText;
      }
    }
  `,
];
