/**
 * A random id: a v4 UUID where `crypto.randomUUID` exists (secure contexts), else 32 random hex
 * digits from `crypto.getRandomValues`, which also works on pages served over plain http.
 */
export const uuid = (): string =>
  crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => (b + 256).toString(16).slice(1)).join('');
