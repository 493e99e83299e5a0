/**
 * `value` as an absolute URL string when it is `http:` or `https:` (or, with `allowData`, an
 * image `data:` URL), resolved against the document; `undefined` for anything else, so that
 * data from an API can never inject a `javascript:` link.
 */
export function safeUrl(value: unknown, allowData = false): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  if (allowData && /^data:image\/(png|gif|jpeg|webp|svg\+xml)[;,]/i.test(value)) return value;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Fills a `course-href` style template: `{id}` becomes the URL-encoded id. */
export function fillTemplate(template: string | undefined, id: string): string | undefined {
  return template ? safeUrl(template.replaceAll('{id}', encodeURIComponent(id))) : undefined;
}
