import { buildBundle, generateKeyPair, keyIdOf, type BuiltBundle, type KeyPair, type TrustedKeyRef } from '../db/services/bundle-format';
import type { BundlePayload, ReportSnapshot } from '../shared/domain/bundle';
import type { Activity } from '../shared/domain/activity';
import { newId } from '../shared/ids';

/** Synthetic communes and their signed bundles, for the bench and the folder-import tests. */
export interface SyntheticCommune {
  code: string;
  name: string;
  key: KeyPair;
  trusted: TrustedKeyRef;
}

export function syntheticCommune(i: number): SyntheticCommune {
  const code = String(20000 + i).padStart(5, '0');
  const name = `xã Thử Nghiệm ${i + 1}`;
  const key = generateKeyPair();
  return {
    code,
    name,
    key,
    trusted: { keyId: keyIdOf(key.publicKey), communeCode: code, communeName: name, publicKey: key.publicKey.toString('base64') },
  };
}

const AT = '2026-03-01T01:00:00.000Z';

export function syntheticActivity(i: number): Activity {
  const month = (i % 12) + 1;
  return {
    id: newId(Date.parse(AT) + i),
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    date: `2026-${String(month).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    title: `Tin phát thanh số ${i}: hướng dẫn nộp hồ sơ trực tuyến`,
    taskId: null,
    areas: ['procedures'],
    unitName: 'Trung tâm sự nghiệp công',
    note: '',
    details: { kind: 'broadcast', newsKind: 'tin', slots: ['06:00'], durationMinutes: 5, repeats: 1, station: 'Đài xã' },
    enteredBy: 'Cán bộ VH-XH',
    evidenceCount: 0,
  };
}

export function syntheticReport(periodKey: string, submittedAt: string): ReportSnapshot {
  return {
    id: newId(),
    createdAt: submittedAt,
    updatedAt: submittedAt,
    deletedAt: null,
    year: Number(periodKey.slice(0, 4)),
    kind: 'quarter',
    periodKey,
    version: 1,
    status: 'submitted',
    fromDate: '2025-12-15',
    toDate: '2026-03-14',
    narrative: 'Báo cáo thử nghiệm',
    snapshot: { totals: { broadcast: 1 } },
    snapshotHash: 'b'.repeat(64),
    submittedAt,
  };
}

export function syntheticPayload(activities: number, reports: ReportSnapshot[] = []): BundlePayload {
  return {
    plans: [],
    sections: [],
    tasks: [],
    activities: Array.from({ length: activities }, (_, i) => syntheticActivity(i)),
    reports,
    evidence: [],
  };
}

export function syntheticBundle(c: SyntheticCommune, seq: number, payload: BundlePayload, prevHash: string | null = null): BuiltBundle {
  return buildBundle(
    {
      bundleId: newId(),
      communeCode: c.code,
      communeName: c.name,
      province: 'tỉnh Thử Nghiệm',
      seq,
      prevHash,
      createdAt: new Date().toISOString(),
      scope: 'changes',
      periods: ['2026-q1'],
      appVersion: 'bench',
    },
    payload,
    c.key,
  );
}
