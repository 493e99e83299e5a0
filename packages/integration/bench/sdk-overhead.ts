// SDK overhead: one `courses.list({ limit: 50 })` through the SDK against a raw fetch + JSON.parse.
import { createClient } from '@upskill/sdk';
import type { BenchSandbox } from './lib/sandbox.js';
import { median, relativeSpread, round } from './lib/stats.js';
import type { Measured } from './lib/types.js';

const WARMUP_PAIRS = 300;
const PAIRS = 1500;

export async function sdkOverhead(sandbox: BenchSandbox, token: string): Promise<Measured> {
  const client = createClient({ baseUrl: sandbox.url, token });
  const url = `${sandbox.url}/v1/courses?limit=50`;
  const headers = { authorization: `Bearer ${token}` };

  const viaSdk = async () => {
    const page = await client.courses.list({ limit: 50 });
    if (page.data.length === 0) throw new Error(`GET ${url} through the SDK returned no course`);
  };
  const viaFetch = async () => {
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    const body = JSON.parse(await response.text()) as { data: unknown[] };
    if (body.data.length === 0) throw new Error(`GET ${url} returned no course`);
  };
  const timed = async (call: () => Promise<void>) => {
    const began = performance.now();
    await call();
    return performance.now() - began;
  };

  const sdkMs: number[] = [];
  const fetchMs: number[] = [];
  for (let pair = 0; pair < WARMUP_PAIRS + PAIRS; pair++) {
    // Alternate which goes first, so neither always inherits the other's garbage or warm socket.
    const sdkFirst = pair % 2 === 0;
    const first = await timed(sdkFirst ? viaSdk : viaFetch);
    const second = await timed(sdkFirst ? viaFetch : viaSdk);
    if (pair < WARMUP_PAIRS) continue;
    sdkMs.push(sdkFirst ? first : second);
    fetchMs.push(sdkFirst ? second : first);
  }
  const sdk = median(sdkMs);
  const raw = median(fetchMs);
  return {
    id: 'sdk-overhead',
    measured: round(sdk / raw, 3),
    detail: `median ${round(sdk, 3)} ms vs ${round(raw, 3)} ms (${PAIRS} interleaved pairs after ${WARMUP_PAIRS} warm-up)`,
    data: {
      sdkMedianMs: round(sdk, 4),
      fetchMedianMs: round(raw, 4),
      sdkSpread: round(relativeSpread(sdkMs), 3),
      fetchSpread: round(relativeSpread(fetchMs), 3),
      pairs: PAIRS,
      warmupPairs: WARMUP_PAIRS,
    },
  };
}
