let region: HTMLElement | undefined;

/**
 * Announces `text` to screen readers through one shared, visually hidden polite live region
 * (created on first use at the end of `<body>`). Elements call it only for changes the user
 * caused, such as an enrollment or a verification they asked for, so that lists of elements
 * loading together stay quiet.
 */
export function announce(text: string): void {
  if (typeof document === 'undefined' || !document.body) return;
  if (!region?.isConnected) {
    region = document.createElement('div');
    region.setAttribute('aria-live', 'polite');
    region.dataset.upskillAnnouncer = '';
    // CSSOM properties, not a style attribute nor cssText: allowed under a strict style-src.
    Object.assign(region.style, {
      position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap',
    });
    document.body.append(region);
  }
  const target = region;
  target.textContent = '';
  // A new text node after a tick is announced even when the text repeats.
  setTimeout(() => (target.textContent = text), 50);
}
