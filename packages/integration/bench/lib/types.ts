// The quality bars (PRODUCT.md, "Quality bars") and the shape of one result, as printed and as
// written to .bench/results.json.

export interface Bar {
  /** What is measured, in words. */
  title: string;
  unit: 'KB' | '×' | 'MB' | 'rows';
  /** The goal; null when the figure is reported only. */
  bar: number | null;
  /** `at-most`: measured ≤ bar holds; `at-least`: measured ≥ bar holds. */
  direction: 'at-most' | 'at-least' | 'reported';
}

export const BARS = {
  'cdn-size': { title: 'CDN module + its static imports, min+gzip', unit: 'KB', bar: 30, direction: 'at-most' },
  'sdk-size': { title: 'SDK, createClient + one resource call, min+gzip', unit: 'KB', bar: 12, direction: 'at-most' },
  'sdk-overhead': { title: 'SDK call vs raw fetch + JSON.parse, GET /v1/courses?limit=50', unit: '×', bar: 1.15, direction: 'at-most' },
  'sandbox-throughput': { title: 'Sandbox vs Prism requests/s, GET /v1/courses', unit: '×', bar: 5, direction: 'at-least' },
  'matching-scale': { title: 'Job-match requests/s, 100,000 vs 1,000 postings', unit: '×', bar: 0.25, direction: 'at-least' },
  'sandbox-memory': { title: 'Sandbox peak RSS with 100,000 postings', unit: 'MB', bar: null, direction: 'reported' },
  rendering: { title: '<up-job-match-list> time to rendered, 10,000 vs 100 matches', unit: '×', bar: 2, direction: 'at-most' },
  'rendering-rows': { title: '<up-job-match-list> row elements in the DOM, 10,000 matches', unit: 'rows', bar: 200, direction: 'at-most' },
} as const satisfies Record<string, Bar>;

export type BarId = keyof typeof BARS;

/** What a measurement returns: its figure and the raw numbers behind it. */
export interface Measured {
  id: BarId;
  measured: number;
  /** The raw figures behind the ratio, in one line. */
  detail: string;
  /** Raw figures, for the JSON. */
  data: Record<string, unknown>;
}

export interface BarResult extends Bar {
  id: BarId;
  /** The measured figure, null when the measurement failed. */
  measured: number | null;
  /** Whether the bar holds; null when there is no bar or no measurement. */
  holds: boolean | null;
  detail: string;
  data: Record<string, unknown>;
  /** Why the measurement failed. */
  error?: string;
  /** Wall time of the measurement that produced this figure. */
  seconds: number;
}

export function judge(bar: Bar, measured: number | null): boolean | null {
  if (measured === null || bar.bar === null) return null;
  if (bar.direction === 'at-most') return measured <= bar.bar;
  if (bar.direction === 'at-least') return measured >= bar.bar;
  return null;
}
