// The results as a console table and as the Markdown table of the README.
import type { BarResult } from './types.js';

export interface Report {
  measuredAt: string;
  totalSeconds: number;
  machine: { cpu: string; cores: number; memoryGb: number; os: string; node: string; chromium: string | null };
  results: BarResult[];
}

function figure(result: BarResult): string {
  if (result.measured === null) return 'failed';
  return result.unit === '×' ? `${result.measured}×` : `${result.measured} ${result.unit}`;
}

function bar(result: BarResult): string {
  if (result.bar === null) return 'reported';
  const value = result.unit === '×' ? `${result.bar}×` : `${result.bar} ${result.unit}`;
  return `${result.direction === 'at-most' ? '≤' : '≥'} ${value}`;
}

function verdict(result: BarResult): string {
  if (result.error) return 'ERROR';
  if (result.holds === null) return '—';
  return result.holds ? 'holds' : 'MISSED';
}

function machineLine(report: Report): string {
  const { machine } = report;
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node.replace(/^v/, '')}` +
    (machine.chromium ? `, Chromium ${machine.chromium}` : '');
}

/** A plain-text table for the terminal, errors spelled out below it. */
export function renderResults(report: Report): string {
  const rows = [['bar', 'measured', 'goal', 'result', 'detail'], ...report.results.map((r) => [r.id, figure(r), bar(r), verdict(r), r.error ? '' : r.detail])];
  const widths = rows[0]!.map((_, column) => (column === 4 ? 0 : Math.max(...rows.map((row) => row[column]!.length))));
  const lines = rows.map((row) => row.map((text, column) => text.padEnd(widths[column]!)).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((width) => '-'.repeat(Math.max(width, 6))).join('  '));
  for (const result of report.results.filter((r) => r.error)) lines.push(`\n${result.id} failed: ${result.error}`);
  lines.push(`\nMachine: ${machineLine(report)}.`);
  return lines.join('\n');
}

/** Markdown table cell text: element names as code, pipes escaped. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/<(up-[a-z-]+)>/g, '`<$1>`');

/** The README table: one row per bar, then the machine it was measured on. */
export function renderMarkdown(report: Report): string {
  const lines = [
    '| Quality bar | Measured | Goal | Result | Figures |',
    '|---|---|---|---|---|',
    ...report.results.map((r) => `| ${cell(r.title)} | ${figure(r)} | ${bar(r)} | ${verdict(r)} | ${cell(r.error ? `error: ${r.error.split('\n')[0]}` : r.detail)} |`),
    '',
    `Measured ${report.measuredAt.slice(0, 10)} by \`pnpm bench\` (${report.totalSeconds} s) on ${machineLine(report)}.`,
  ];
  return lines.join('\n') + '\n';
}
