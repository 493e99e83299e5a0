// One closed-loop HTTP load run with autocannon; fails when any response is not a 2xx.
import autocannon from 'autocannon';

export interface LoadResult {
  /** Successful requests per second over the run. */
  rps: number;
  requests: number;
  p50LatencyMs: number;
  p99LatencyMs: number;
}

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  /** Paths requested in turn by every connection (rotation), relative to `url`'s origin. */
  paths?: string[];
  connections: number;
  seconds: number;
}

export async function loadTest(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
    requests: options.paths?.map((path) => ({ method: 'GET', path })),
    timeout: 30,
  });
  if (result.non2xx || result.errors || result.timeouts) {
    const statuses = Object.entries(result.statusCodeStats).map(([status, { count }]) => `${status}×${count}`).join(', ');
    throw new Error(
      `load on ${options.url} got ${result.non2xx} non-2xx responses (${statuses}), ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return {
    rps: result['2xx'] / result.duration,
    requests: result['2xx'],
    p50LatencyMs: result.latency.p50,
    p99LatencyMs: result.latency.p99,
  };
}
