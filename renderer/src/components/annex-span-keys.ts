import type { TaskSpan } from '../../../shared/domain/plan';
import { toRoman } from '../../../shared/print/nd30';
import { vi } from '../../../shared/strings/index';

const t = vi.plans;

/** A span as one choice of the Kỳ column: "year", "q2", "m3", "m3-5", "every-month", "every-quarter". */
export function spanKey(s: TaskSpan): string {
  switch (s.kind) {
    case 'year':
      return 'year';
    case 'quarter':
      return `q${s.quarter}`;
    case 'months':
      return s.from === s.to ? `m${s.from}` : `m${s.from}-${s.to}`;
    case 'recurring':
      return `every-${s.every}`;
  }
}

export function spanFromKey(k: string): TaskSpan {
  if (k === 'every-month' || k === 'every-quarter') return { kind: 'recurring', every: k === 'every-month' ? 'month' : 'quarter' };
  const q = /^q([1-4])$/.exec(k);
  if (q) return { kind: 'quarter', quarter: Number(q[1]) };
  const m = /^m(\d{1,2})(?:-(\d{1,2}))?$/.exec(k);
  if (m) return { kind: 'months', from: Number(m[1]), to: Number(m[2] ?? m[1]) };
  return { kind: 'year' };
}

export function spanShort(s: TaskSpan): string {
  switch (s.kind) {
    case 'year':
      return t.span.year;
    case 'quarter':
      return `${t.span.quarter} ${toRoman(s.quarter)}`;
    case 'months':
      return s.from === s.to ? `${t.span.month} ${s.from}` : `${t.span.month} ${s.from}–${s.to}`;
    case 'recurring':
      return s.every === 'month' ? t.span.everyMonth : t.span.everyQuarter;
  }
}

/** The spans the Kỳ column offers, in its order. */
export const SPAN_CHOICES: TaskSpan[] = [
  { kind: 'year' },
  ...[1, 2, 3, 4].map((quarter) => ({ kind: 'quarter' as const, quarter })),
  { kind: 'recurring', every: 'month' },
  { kind: 'recurring', every: 'quarter' },
  ...Array.from({ length: 12 }, (_, i) => ({ kind: 'months' as const, from: i + 1, to: i + 1 })),
];
