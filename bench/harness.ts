/** One row of the bench table: a measure, the raw baseline from the same run, and the target. */
export interface BenchRow {
  measure: string;
  value: number;
  unit: string;
  /** The raw baseline measured in the same run (null when the target is absolute). */
  baseline: number | null;
  /** value ÷ baseline for rates, baseline ÷ value… as the suite defines; null when no baseline. */
  ratio: number | null;
  target: string;
  pass: boolean;
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}

export function timeIt<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}

const fmt = (n: number | null, digits = 2) => (n === null ? '—' : Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(digits));

export function renderTable(rows: BenchRow[]): string {
  const header = ['measure', 'value', 'baseline', 'ratio', 'target', 'result'];
  const body = rows.map((r) => [
    r.measure,
    `${fmt(r.value)} ${r.unit}`,
    r.baseline === null ? '—' : `${fmt(r.baseline)} ${r.unit}`,
    r.ratio === null ? '—' : `${fmt(r.ratio)}×`,
    r.target,
    r.pass ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}
