// A raw HTTP client for hostile requests: node:http sends paths, headers and bodies exactly as
// given (fetch would normalise `..`, refuse odd headers and set its own content type).
import { Agent, request } from 'node:http';

/** What a hostile request got back, or the transport error instead. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** Set when no HTTP answer came (connection reset, refused). */
  error?: string;
}

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** Sends one request to `base` (an `http://host:port` URL) and reads the whole answer. */
export function send(base: string, req: RawRequest, timeoutMs = 30_000): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { ...req.headers };
    if (req.body !== undefined) headers['content-length'] = Buffer.byteLength(req.body);
    const r = request({ host: url.hostname, port: url.port, method: req.method, path: req.path, headers, agent, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (e) => resolve({ status: 0, headers: {}, body: '', error: e.message }));
    });
    r.on('timeout', () => r.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    r.on('error', (e) => resolve({ status: 0, headers: {}, body: '', error: e.message }));
    r.end(req.body);
  });
}

/** Closes the pooled keep-alive sockets. */
export function closeAgent(): void {
  agent.destroy();
}

/** Runs `tasks` with at most `concurrency` in flight. */
export async function pool<T>(tasks: (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  }));
  return results;
}
