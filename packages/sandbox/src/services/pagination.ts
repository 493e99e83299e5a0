import { invalidAt } from '../http/problem.js';

/** Default and maximum page sizes of every list. */
export const DEFAULT_LIMIT = 20;

/**
 * Cursors are opaque to clients: base64url of `[kind, ...sortKey]`. The kind stops a cursor of
 * one list from being replayed on another; a cursor that does not decode to the expected shape
 * is a 400 at `/cursor`.
 */
export function encodeCursor(kind: string, key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify([kind, ...key])).toString('base64url');
}

/** Decodes a cursor of `kind` whose key has the given types; throws a 400 otherwise. */
export function decodeCursor<const K extends readonly ('string' | 'number')[]>(
  kind: string, cursor: string, types: K,
): { [I in keyof K]: K[I] extends 'string' ? string : number } {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (
    !Array.isArray(parsed) || parsed.length !== types.length + 1 || parsed[0] !== kind ||
    !types.every((t, i) => typeof parsed[i + 1] === t && (t !== 'number' || Number.isFinite(parsed[i + 1])))
  ) {
    throw invalidCursor();
  }
  return parsed.slice(1) as never;
}

/** The 400 for a cursor that decodes but points nowhere. */
export const invalidCursor = () => invalidAt('/cursor', 'is not a cursor this list issued');

/** Cuts one extra fetched item into `nextCursor`. */
export function toPage<T, U>(items: T[], limit: number, map: (item: T) => U, keyOf: (item: T) => string): {
  data: U[]; nextCursor: string | null;
} {
  const more = items.length > limit;
  const pageItems = more ? items.slice(0, limit) : items;
  const last = pageItems[pageItems.length - 1];
  return { data: pageItems.map(map), nextCursor: more && last !== undefined ? keyOf(last) : null };
}
