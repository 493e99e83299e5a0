import { randomBytes } from 'node:crypto';

/** A new id: its prefix, then time (so ids sort by creation), then randomness. */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36).padStart(9, '0')}${randomBytes(6).toString('hex')}`;
}

/** The current time as the API writes it (ISO 8601, UTC). */
export const nowIso = (): string => new Date().toISOString();
