import { ReportSnapshotV1 } from './report-v1';
import { ReportSnapshotV2 } from './report-v2';
import { ReportSnapshotV3 } from './report-v3';
import { ReportSnapshotV4 } from './report-v4';
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

/** v2 → v3: the online posts' URLs were not recorded (figures.postLinks stays absent). */
export function upgradeV2(s: ReportSnapshotV2): ReportSnapshotV3 {
  return { ...s, format: 'cchc-report/3' } as ReportSnapshotV3;
}

/**
 * v3 → today (v4): the đề cương was not recorded; null makes the print view use the
 * configured one, as these reports always did.
 */
export function upgradeV3(s: ReportSnapshotV3): ReportSnapshot {
  return { ...s, format: 'cchc-report/4', outline: null };
}

export function upgradeV4(s: ReportSnapshotV4): ReportSnapshot {
  return s;
}

export function readReportSnapshot(raw: unknown): ReportSnapshot {
  const format = raw && typeof raw === 'object' ? (raw as { format?: unknown }).format : undefined;
  switch (format) {
    case 'cchc-report/1':
      return upgradeV3(upgradeV2(upgradeV1(ReportSnapshotV1.parse(raw))));
    case 'cchc-report/2':
      return upgradeV3(upgradeV2(ReportSnapshotV2.parse(raw)));
    case 'cchc-report/3':
      return upgradeV3(ReportSnapshotV3.parse(raw));
    case 'cchc-report/4':
      return upgradeV4(ReportSnapshotV4.parse(raw));
    default:
      throw new SnapshotFormatError(format);
  }
}

export function readReportSnapshotJson(json: string): ReportSnapshot {
  return readReportSnapshot(JSON.parse(json) as unknown);
}
