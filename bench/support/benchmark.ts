import type { Machine } from './machine';

/** What a benchmark hands back besides what it prints: flat figures, for BENCH_JSON and for comparing runs. */
export type Figures = Record<string, number | string | boolean | null>;

/**
 * One entry of `npm run bench`. A benchmark prints its own figures as it goes
 * and returns them; `run.ts` lists every benchmark once, in the order they run.
 */
export interface Benchmark {
  /** what `npm run bench -- <name>` selects it by */
  name: string;
  /** one line for the listing */
  description: string;
  run(machine: Machine): Promise<Figures>;
}

/** A whole, positive number from the environment, or the fallback. */
export function envInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a whole number above 0, got '${raw}'`);
  return value;
}

export function envFlag(name: string): boolean {
  return /^(1|true|yes|on)$/i.test(process.env[name] ?? '');
}

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Milliseconds since start, from a monotonic clock. */
export function stopwatch(): () => number {
  const start = process.hrtime.bigint();
  return () => Number(process.hrtime.bigint() - start) / 1e6;
}

/** The p-th percentile of times sorted ascending. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Prints rows as aligned columns; the first row is the header. */
export function printTable(rows: (string | number)[][]): void {
  const text = rows.map((row) => row.map(String));
  const widths = text[0].map((_, c) => Math.max(...text.map((row) => (row[c] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log(line(text[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of text.slice(1)) console.log(line(row));
}
