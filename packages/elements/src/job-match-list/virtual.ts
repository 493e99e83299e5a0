// Loaded on demand by <up-job-match-list> (its own chunk in the CDN build): only long lists need
// it, so everything that only a virtualized list does lives here.
import type { TemplateResult } from 'lit';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';

type Virtualizer = { element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined; layoutComplete: Promise<void> };

const virtualizerOf = (list: Element) => (list as unknown as Record<symbol, Virtualizer | undefined>)[virtualizerRef];

/** One layout per list, kept across renders (a new one would lay the list out afresh). */
const layouts = new WeakMap<object, ReturnType<typeof flow>>();

/** The rows of `owner`'s list, only those near the viewport in the DOM. */
export function virtualRows<T>(owner: object, items: T[], renderItem: (item: T, index: number) => TemplateResult): unknown {
  let layout = layouts.get(owner);
  if (!layout) layouts.set(owner, (layout = flow()));
  return virtualize({ items, layout, renderItem });
}

/**
 * Resolves once the rows near the viewport are laid out: when the virtualizer's layout
 * completes, or (for updates that change no rendered row, such as a page appended below the
 * viewport) two frames after its next range event.
 */
export function laidOut(list: HTMLElement): Promise<unknown> {
  return Promise.race([
    virtualizerOf(list)?.layoutComplete.catch(() => undefined),
    new Promise((resolve) =>
      list.addEventListener('rangeChanged', () => requestAnimationFrame(() => requestAnimationFrame(resolve)), { once: true }),
    ),
  ]);
}

/** Scrolls row `index` of a virtualized list into view, which renders it. */
export function reveal(list: Element | null, index: number): void {
  if (list) virtualizerOf(list)?.element(index)?.scrollIntoView({ block: 'nearest' });
}
