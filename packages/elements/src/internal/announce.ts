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
    // CSSOM, not a style attribute: allowed under a strict style-src.
    for (const [name, value] of Object.entries({
      position: 'absolute', width: '1px', height: '1px', overflow: 'hidden',
      'clip-path': 'inset(50%)', 'white-space': 'nowrap',
    })) region.style.setProperty(name, value);
    document.body.append(region);
  }
  const target = region;
  target.textContent = '';
  // A new text node after a tick is announced even when the text repeats.
  setTimeout(() => (target.textContent = text), 50);
}
