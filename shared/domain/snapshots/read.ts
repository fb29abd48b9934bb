import { ReportSnapshotV1 } from './report-v1';
import { ReportSnapshotV2 } from './report-v2';
import type { ReportSnapshot } from '../report';

/**
 * The one reader of a stored report snapshot (the commune's own reports, the printed view,
 * the province's drill-down). Each format is parsed with its own FROZEN schema and then
 * upgraded, step by step, to today's shape in plain code; the live zod schemas are never used
 * here (only their TypeScript type, which makes the compiler demand an upgrade step whenever
 * the live shape changes). The stored hash still covers the bytes as written.
 */
export class SnapshotFormatError extends Error {
  constructor(readonly format: unknown) {
    super(`unknown report snapshot format: ${String(format)}`);
  }
}

/** v1 → v2: no estimate and no cộng dồn check (v1 had neither). */
export function upgradeV1(s: ReportSnapshotV1): ReportSnapshotV2 {
  return { ...s, format: 'cchc-report/2', estimate: null, cumulative: null };
}

export function upgradeV2(s: ReportSnapshotV2): ReportSnapshot {
  return s;
}

export function readReportSnapshot(raw: unknown): ReportSnapshot {
  const format = raw && typeof raw === 'object' ? (raw as { format?: unknown }).format : undefined;
  switch (format) {
    case 'cchc-report/1':
      return upgradeV2(upgradeV1(ReportSnapshotV1.parse(raw)));
    case 'cchc-report/2':
      return upgradeV2(ReportSnapshotV2.parse(raw));
    default:
      throw new SnapshotFormatError(format);
  }
}

export function readReportSnapshotJson(json: string): ReportSnapshot {
  return readReportSnapshot(JSON.parse(json) as unknown);
}
