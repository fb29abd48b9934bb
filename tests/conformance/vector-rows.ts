import type { Rows } from './vector-builder';

/** Fixed rows for the vectors: one of each kind of row, every required field, written by hand. */
export const ID = {
  plan: '3f0c6a52-1b7e-4c1d-9a55-0d6e1f2a3b01',
  section: '3f0c6a52-1b7e-4c1d-9a55-0d6e1f2a3b02',
  task: '3f0c6a52-1b7e-4c1d-9a55-0d6e1f2a3b03',
  act1: '3f0c6a52-1b7e-4c1d-9a55-0d6e1f2a3b11',
  act2: '3f0c6a52-1b7e-4c1d-9a55-0d6e1f2a3b12',
  act3: '3f0c6a52-1b7e-4c1d-9a55-0d6e1f2a3b13',
  report: '3f0c6a52-1b7e-4c1d-9a55-0d6e1f2a3b21',
  bundle: '3f0c6a52-1b7e-4c1d-9a55-0d6e1f2a3c01',
};
const AT = '2026-07-03T02:15:00.000Z';
const meta = (id: string) => ({ id, createdAt: AT, updatedAt: AT, deletedAt: null });

export const plan = {
  ...meta(ID.plan),
  year: 2026,
  title: 'Kế hoạch tuyên truyền cải cách hành chính năm 2026',
  issuer: 'ỦY BAN NHÂN DÂN XÃ QUYẾT THẮNG',
  annex: { columns: [{ field: 'content', label: 'Nội dung tuyên truyền', width: 40 }] },
};
export const section = { ...meta(ID.section), planId: ID.plan, position: 1, title: 'I. Tuyên truyền trên hệ thống truyền thanh' };
export const task = {
  ...meta(ID.task),
  planId: ID.plan,
  position: 1,
  content: 'Tuyên truyền Đề án 06',
  span: { kind: 'months', from: 3, to: 9 },
};

export const broadcast = {
  ...meta(ID.act1),
  date: '2026-04-15',
  title: 'Tin về Đề án 06 trên loa truyền thanh',
  enteredBy: 'Nguyễn Thị Hoa',
  evidenceCount: 1,
  details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5 },
};
export const visual = {
  ...meta(ID.act2),
  date: '2026-05-02',
  title: 'Băng rôn tại nhà văn hoá thôn',
  enteredBy: 'Nguyễn Thị Hoa',
  evidenceCount: 0,
  details: { kind: 'visual', visualKind: 'bangRon', count: 4, startDate: '2026-05-01', endDate: '2026-05-31' },
};
export const meeting = {
  ...meta(ID.act3),
  date: '2026-06-10',
  title: 'Hội nghị phổ biến thủ tục hành chính',
  enteredBy: 'Nguyễn Thị Hoa',
  evidenceCount: 0,
  details: { kind: 'meeting', meetingKind: 'hoiNghi', attendees: 120 },
};
export const report = {
  ...meta(ID.report),
  year: 2026,
  kind: 'q2',
  periodKey: '2026-q2',
  version: 1,
  status: 'submitted',
  fromDate: '2026-03-15',
  toDate: '2026-06-14',
  narrative: 'Trong Quý II/2026, UBND xã đã thực hiện 3 hoạt động tuyên truyền.',
  snapshot: { totals: { broadcast: 1, visual: 1, meeting: 1 }, ratio: 0.75 },
  snapshotHash: 'ab'.repeat(32),
  submittedAt: AT,
};
export const evidence = { activityId: ID.act1, sha256: 'cd'.repeat(32), name: 'anh-loa.jpg', size: 20480, mime: 'image/jpeg' };

export const baseRows = (): Rows =>
  structuredClone({
    plans: [plan],
    sections: [section],
    tasks: [task],
    activities: [broadcast, visual, meeting],
    reports: [report],
    evidence: [evidence],
  });

export const baseManifest = (seq = 1, prevHash: string | null = null) => ({
  format: 'cchc-bundle/1',
  bundleId: ID.bundle.slice(0, -2) + String(seq).padStart(2, '0'),
  communeCode: '10903',
  communeName: 'xã Quyết Thắng',
  province: 'thành phố Hải Phòng',
  seq,
  prevHash,
  createdAt: '2026-07-05T08:00:00.000Z',
  scope: 'report',
  periods: ['2026-q2'],
  appVersion: '1.0.0',
});
