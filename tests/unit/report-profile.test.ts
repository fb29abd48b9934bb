import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { saveCommuneSettings } from '../../db/services/settings';
import { getReportRules, saveReportRules } from '../../db/services/report-rules';
import { listPeriods } from '../../db/services/report-periods';
import { exportProvinceConfig, getReportProfile, importProvinceConfig, saveReportProfile } from '../../db/services/report-profile';
import { statusMatrix } from '../../db/services/province';
import { dispatch } from '../../shared/contract/dispatch';
import { DEFAULT_PROFILE } from '../../shared/domain/report-profile';
import { QUANG_TRI_OUTLINE } from '../../shared/domain/report-outline';
import { DEFAULT_REPORT_RULES, ND09_RULE } from '../../shared/domain/period';
import { deadlinesBeforeCutoff } from '../../shared/domain/province-config';
import { AppError } from '../../shared/errors';

const openApp = testApps();

/** Seed 000 (Quảng Trị): Quý I, Quý III, 6 tháng, năm and đột xuất — no Quý II, 9 tháng, Quý IV. */
const SEED_000_KINDS = ['q1', 'q3', 'h1', 'year', 'adhoc'] as const;

async function province() {
  const p = await openApp();
  await saveCommuneSettings(p.ctx, {
    communeName: 'Sở Nội vụ',
    communeCode: '00001',
    province: 'tỉnh Quảng Trị',
    officerName: 'Lê Văn Hùng',
    officerTitle: '',
  });
  await saveReportProfile(p.ctx, { kinds: [...SEED_000_KINDS], outline: QUANG_TRI_OUTLINE, source: null });
  await saveReportRules(p.ctx, { rules: { ...DEFAULT_REPORT_RULES, quarter: { ...ND09_RULE, deadlineDay: 20 } } });
  return p;
}
async function commune() {
  const c = await openApp();
  await saveCommuneSettings(c.ctx, {
    communeName: 'xã Hải Lăng',
    communeCode: '19501',
    province: 'tỉnh Quảng Trị',
    officerName: 'Nguyễn Thị Hoa',
    officerTitle: '',
  });
  return c;
}
const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');
const kindsDue = async (ctx: Parameters<typeof listPeriods>[0]) =>
  (await listPeriods(ctx, { year: 2026, today: '2026-05-01' })).periods.map((p) => p.kind);
async function refused(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return (e as AppError).message;
}

describe('per-province cadence: the province configuration decides which reports are due', () => {
  it('a configuration without Quý II removes Quý II from the commune’s due list and from the province’s matrix', async () => {
    const p = await province();
    const c = await commune();
    expect(await kindsDue(c.ctx)).toEqual(['q1', 'q2', 'h1', 'q3', 'm9', 'q4', 'year']);
    expect((await statusMatrix(p.ctx, { year: 2026 })).periods.map((x) => x.key)).toEqual(['2026-q1', '2026-h1', '2026-q3', '2026-year']);

    const file = await exportProvinceConfig(p.ctx);
    expect(file.fileName).toMatch(/^CauHinhBaoCao_TinhQuangTri_\d{8}\.json$/);
    const profile = await importProvinceConfig(c.ctx, bytesOf(file));
    expect(profile.source).toMatchObject({
      province: 'tỉnh Quảng Trị',
      keyFingerprint: expect.stringMatching(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/),
    });
    expect(await kindsDue(c.ctx)).toEqual(['q1', 'h1', 'q3', 'year']);
    // The windows, deadlines and đề cương travel with it.
    expect((await listPeriods(c.ctx, { year: 2026, today: '2026-05-01' })).periods.find((x) => x.kind === 'q1')!.deadline).toBe(
      '2026-03-20',
    );
    expect((await getReportRules(c.ctx)).quarter.deadlineDay).toBe(20);
    expect((await getReportProfile(c.ctx)).outline.id).toBe(QUANG_TRI_OUTLINE.id);
    // The same configuration on the province side gives the same periods in its matrix.
    await importProvinceConfig(p.ctx, bytesOf(file));
    expect((await statusMatrix(p.ctx, { year: 2026 })).periods.map((x) => x.key)).toEqual(['2026-q1', '2026-h1', '2026-q3', '2026-year']);
  });

  it('a file changed after signing, another key’s file, or a non-JSON file is refused in Vietnamese and changes nothing', async () => {
    const p = await province();
    const c = await commune();
    const file = JSON.parse(bytesOf(await exportProvinceConfig(p.ctx)).toString('utf8')) as {
      config: { kinds: string[] };
      signature: unknown;
    };
    const tampered = { ...file, config: { ...file.config, kinds: ['q1', 'q2', 'q3', 'q4', 'h1', 'm9', 'year', 'adhoc'] } };
    expect(await refused(importProvinceConfig(c.ctx, Buffer.from(JSON.stringify(tampered))))).toMatch(
      /Chữ ký số của tệp cấu hình không khớp/,
    );
    expect(await kindsDue(c.ctx)).toEqual(['q1', 'q2', 'h1', 'q3', 'm9', 'q4', 'year']);
    expect(await refused(importProvinceConfig(c.ctx, Buffer.from('<html>')))).toMatch(/không phải tệp cấu hình/);
    expect(await refused(importProvinceConfig(c.ctx, Buffer.from(JSON.stringify({ config: { format: 'x' } }))))).toMatch(
      /không hợp lệ \(mục "config\./,
    );

    // Trust on first use: once a signed file was applied, an unsigned one or another key's is refused.
    await importProvinceConfig(c.ctx, Buffer.from(JSON.stringify(file)));
    const unsigned = { ...tampered, signature: null };
    expect(await refused(importProvinceConfig(c.ctx, Buffer.from(JSON.stringify(unsigned))))).toMatch(/không có chữ ký số/);
    const p2 = await province();
    expect(await refused(importProvinceConfig(c.ctx, bytesOf(await exportProvinceConfig(p2.ctx))))).toMatch(/được ký bằng khoá khác/);
    expect(await kindsDue(c.ctx)).toEqual(['q1', 'h1', 'q3', 'year']);
  });

  it('Cài đặt can choose the kinds by hand; a period that already has a report stays listed', async () => {
    const c = await commune();
    const r = await dispatch(c.handlers, 'reports.create', { kind: 'q2', year: 2026 });
    expect(r.ok).toBe(true);
    const saved = await dispatch(c.handlers, 'reports.profile.save', { profile: { ...DEFAULT_PROFILE, kinds: ['q1', 'q3', 'year'] } });
    expect(saved).toMatchObject({ ok: true, value: { kinds: ['q1', 'q3', 'year'], source: null } });
    expect(await kindsDue(c.ctx)).toEqual(['q1', 'q2', 'q3', 'year']);
    expect(await dispatch(c.handlers, 'reports.profile.save', { profile: { ...DEFAULT_PROFILE, kinds: [] } })).toMatchObject({ ok: false });
  });
});

describe('deadline rule and data cut-off', () => {
  it('says when the deadline comes before the cut-off (the default: 10th before 14th), and not when it does not', () => {
    expect(deadlinesBeforeCutoff(DEFAULT_REPORT_RULES, 2026)).toEqual([
      { rule: 'quarter', deadline: '2026-03-10', cutoff: '2026-03-14' },
      { rule: 'h1', deadline: '2026-06-10', cutoff: '2026-06-14' },
      { rule: 'm9', deadline: '2026-09-10', cutoff: '2026-09-14' },
      { rule: 'year', deadline: '2026-12-10', cutoff: '2026-12-14' },
    ]);
    const later = { ...ND09_RULE, deadlineDay: 20 };
    expect(deadlinesBeforeCutoff({ ...DEFAULT_REPORT_RULES, quarter: later, h1: later, m9: later, year: later }, 2026)).toEqual([]);
    expect(
      deadlinesBeforeCutoff({ ...DEFAULT_REPORT_RULES, quarter: { ...ND09_RULE, deadlineMonthsAfter: 1, deadlineDay: 5 } }, 2026).map(
        (d) => d.rule,
      ),
    ).toEqual(['h1', 'm9', 'year']);
  });
});
