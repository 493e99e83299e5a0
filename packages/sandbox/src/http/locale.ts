import type { Localized } from '../store/types.js';

/** Languages the API localizes into, English the fallback. */
export type Locale = 'en' | 'fr' | 'es';
const SUPPORTED: readonly Locale[] = ['en', 'fr', 'es'];

const ENGLISH_ONLY: readonly Locale[] = Object.freeze(['en']);
/** Parsed headers: clients repeat the same few values, so each is parsed once (bounded). */
const parsedHeaders = new Map<string, readonly Locale[]>();
const PARSED_HEADERS_MAX = 256;

/**
 * Parses `Accept-Language` (with q-values) into the supported languages, best first; English is
 * always the last resort.
 */
export function parseAcceptLanguage(header: string | undefined): readonly Locale[] {
  if (!header) return ENGLISH_ONLY;
  let prefs = parsedHeaders.get(header);
  if (!prefs) {
    prefs = Object.freeze(rankLanguages(header));
    if (header.length <= 256) {
      if (parsedHeaders.size >= PARSED_HEADERS_MAX) parsedHeaders.delete(parsedHeaders.keys().next().value!);
      parsedHeaders.set(header, prefs);
    }
  }
  return prefs;
}

function rankLanguages(header: string): Locale[] {
  const ranked: { locale: Locale; q: number; order: number }[] = [];
  header.split(',').slice(0, 20).forEach((part, order) => {
    const [tag = '', ...params] = part.trim().split(';');
    const base = tag.trim().toLowerCase().split('-')[0] as Locale;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
      if (m) q = Number(m[1]);
    }
    if (!Number.isFinite(q) || q <= 0) return;
    if (tag.trim() === '*') {
      ranked.push({ locale: 'en', q, order });
      return;
    }
    if (SUPPORTED.includes(base)) ranked.push({ locale: base, q, order });
  });
  ranked.sort((a, b) => b.q - a.q || a.order - b.order);
  const out: Locale[] = [];
  for (const r of ranked) if (!out.includes(r.locale)) out.push(r.locale);
  if (!out.includes('en')) out.push('en');
  return out;
}

/** The best language of `prefs` that every text has, else English. */
export function bestLanguage(prefs: readonly Locale[], ...texts: Localized[]): Locale {
  for (const locale of prefs) if (texts.every((t) => t[locale])) return locale;
  return 'en';
}

/** One text in the best of `prefs` it exists in. */
export function localize(text: Localized, prefs: readonly Locale[]): string {
  for (const locale of prefs) {
    const value = text[locale];
    if (value) return value;
  }
  return text.en;
}
