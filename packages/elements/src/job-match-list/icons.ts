import { html, svg, type TemplateResult } from 'lit';

/** Evidence a matched skill rests on, as the API names it. */
export type EvidenceType = 'credential' | 'course' | 'self';

// Evidence is told apart by shape (seal, book, person), never by colour alone.
const paths: Record<EvidenceType | 'gap' | 'remote' | 'place' | 'check', TemplateResult> = {
  credential: svg`<circle cx="8" cy="6.25" r="4.25"/><path d="M5.6 9.8 4.75 14.5 8 12.7l3.25 1.8-.85-4.7"/><path d="m6.3 6.35 1.15 1.15 2.3-2.4"/>`,
  course: svg`<path d="M1.75 3.4C3.6 2.6 5.9 2.7 8 4c2.1-1.3 4.4-1.4 6.25-.6v9.2C12.4 11.8 10.1 11.9 8 13.2c-2.1-1.3-4.4-1.4-6.25-.6z"/><path d="M8 4v9.2"/>`,
  self: svg`<circle cx="8" cy="5" r="2.75"/><path d="M2.75 14c.6-2.9 2.7-4.5 5.25-4.5s4.65 1.6 5.25 4.5"/>`,
  gap: svg`<circle cx="8" cy="8" r="5.75" stroke-dasharray="2.4 1.9"/><path d="M8 5.6v4.8M5.6 8h4.8"/>`,
  remote: svg`<circle cx="8" cy="8" r="6"/><path d="M2 8h12M8 2c1.7 1.7 2.55 3.7 2.55 6S9.7 12.3 8 14M8 2C6.3 3.7 5.45 5.7 5.45 8S6.3 12.3 8 14"/>`,
  place: svg`<path d="M8 14.5s4.75-4.2 4.75-7.75a4.75 4.75 0 0 0-9.5 0C3.25 10.3 8 14.5 8 14.5z"/><circle cx="8" cy="6.75" r="1.6"/>`,
  check: svg`<path d="m3.5 8.5 3 3 6-7"/>`,
};

/** A decorative 16×16 line icon (hidden from assistive technology). */
export function icon(name: keyof typeof paths): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.4"
    stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}
