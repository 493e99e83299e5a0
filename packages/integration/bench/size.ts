// Sizes, min+gzip: the packages' own size scripts measure; this only runs them and reads their figure.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { round } from './lib/stats.js';
import type { Measured } from './lib/types.js';

const run = promisify(execFile);
const KB = 1024;

interface SizeReport {
  /** min+gzip (gzip -9) bytes. */
  gzipBytes: number;
  [key: string]: unknown;
}

/** Runs a size script (path from the repository root) with `--json` and reads the last line of its output that is a JSON object. */
async function sizeReport(script: string, args: string[]): Promise<SizeReport> {
  const path = fileURLToPath(new URL(`../../../${script}`, import.meta.url));
  if (!existsSync(path)) throw new Error(`${script} does not exist`);
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, [...args, path, '--json'], { maxBuffer: 1 << 24 }));
  } catch (error) {
    // Above its ceiling the script exits 1, but it still reports its figure.
    const failed = error as { stdout?: string; stderr?: string; message: string };
    if (!failed.stdout) {
      const stderr = failed.stderr ?? '';
      const reason = stderr.split('\n').find((line) => /Error\b/.test(line)) ?? failed.message;
      throw new Error(`${script} failed: ${reason.trim()}\n${stderr}`, { cause: error });
    }
    stdout = failed.stdout;
  }
  const lines = stdout.trim().split('\n').reverse();
  for (const line of lines) {
    if (!line.startsWith('{')) continue;
    const parsed = JSON.parse(line) as Partial<SizeReport>;
    if (typeof parsed.gzipBytes === 'number') return parsed as SizeReport;
  }
  throw new Error(`${script} --json printed no JSON line with "gzipBytes" (its output follows)\n${stdout}`);
}

function sizeResult(id: 'cdn-size' | 'sdk-size', script: string, report: SizeReport): Measured {
  return {
    id,
    measured: round(report.gzipBytes / KB, 1),
    detail: `${report.gzipBytes} bytes min+gzip (gzip -9), from ${script}`,
    data: report,
  };
}

export async function cdnSize(): Promise<Measured> {
  const script = 'packages/elements/scripts/size.mjs';
  return sizeResult('cdn-size', script, await sizeReport(script, []));
}

export async function sdkSize(): Promise<Measured> {
  const script = 'packages/sdk/scripts/size.ts';
  return sizeResult('sdk-size', script, await sizeReport(script, ['--import', 'tsx']));
}
