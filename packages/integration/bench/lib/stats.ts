// Small statistics helpers shared by the benchmarks.

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Rounds to a number of decimals, for display and JSON. */
export function round(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Median absolute deviation relative to the median: the noise of a series of samples. */
export function relativeSpread(values: readonly number[]): number {
  const m = median(values);
  return m === 0 ? 0 : median(values.map((v) => Math.abs(v - m))) / m;
}
