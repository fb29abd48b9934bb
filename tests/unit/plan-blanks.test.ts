import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fc from 'fast-check';
import { testApps } from '../helpers/app';
import { FIXTURES, planSeedFrom, readFixture } from '../helpers/plans';
import { dispatch } from '../../shared/contract/dispatch';
import { createPlanWithAnnex, getPlanDetail, updatePlan } from '../../db/services/plans';
import { annexSubtitle, issuerShort } from '../../shared/print/annex-title';
import { NBSP, writableDate } from '../../shared/print/blanks';
import type { ExportedFile } from '../../shared/contract/files';
import type { PlanDetail } from '../../shared/contract/plans';
import type { AppHost } from '../../db/host';

const app = testApps();
async function call<T>(a: AppHost, channel: string, input: unknown): Promise<T> {
  const env = await dispatch(a.handlers, channel, input);
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.value as T;
}
async function docxText(file: ExportedFile): Promise<string> {
  const xml = await (await JSZip.loadAsync(Buffer.from(file.base64, 'base64'))).file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}
async function xlsxTitle(file: ExportedFile): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return [1, 2, 3].map((r) => String(wb.worksheets[0]!.getCell(r, 1).value ?? ''));
}
const fieldsOf = (d: PlanDetail) => {
  const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, ...f } = d.plan;
  return f;
};

describe('số and ngày with blanks; the phụ lục line filled from the plan', () => {
  it('after setting Số 15/KH-UBND, ngày 20/01/2026 the phụ lục prints them (Word and Excel), not the old blank default', async () => {
    const a = await app();
    const d = await createPlanWithAnnex(a.ctx, planSeedFrom('seed001-annex'));
    // The seed's own unfilled line, as plans made before this change carry it.
    await updatePlan(a.ctx, {
      id: d.plan.id,
      fields: {
        ...fieldsOf(d),
        numberText: '15/KH-UBND',
        issuedOn: '2026-01-20',
        annex: { ...d.plan.annex, subtitle: readFixture('seed001-annex').subtitle },
      },
    });
    const line = '(Kèm theo Kế hoạch số 15/KH-UBND ngày 20/01/2026 của UBND xã Quyết Thắng)';
    expect(await docxText(await call<ExportedFile>(a, 'plans.exportDocx', { id: d.plan.id, part: 'annex' }))).toContain(line);
    expect(await xlsxTitle(await call<ExportedFile>(a, 'plans.exportXlsx', { id: d.plan.id }))).toContain(line);
  });

  it('"ngày … tháng 01 năm 2026" is stored and printed; the unknown day and số keep a writable blank', async () => {
    const a = await app();
    const d = await createPlanWithAnnex(a.ctx, planSeedFrom('seed001-annex'));
    await updatePlan(a.ctx, { id: d.plan.id, fields: { ...fieldsOf(d), numberText: '/KH-UBND', issuedOn: null, issuedMonth: 1 } });
    expect((await getPlanDetail(a.ctx, { id: d.plan.id })).plan.issuedMonth).toBe(1);
    const text = await docxText(await call<ExportedFile>(a, 'plans.exportDocx', { id: d.plan.id, part: 'all' }));
    expect(text).toContain(`Quyết Thắng, ngày ${NBSP.repeat(5)} tháng 01 năm 2026`);
    expect(text).toContain(`Số: ${NBSP.repeat(8)}/KH-UBND`);
    expect(text).toContain(`(Kèm theo Kế hoạch số ${NBSP.repeat(8)}/KH-UBND ngày ${NBSP.repeat(5)}/01/2026 của UBND xã Quyết Thắng)`);
  });

  it('an imported phụ lục keeps its own title lines; our own export coming back stays automatic', async () => {
    const a = await app();
    const d = await createPlanWithAnnex(a.ctx, { ...planSeedFrom('seed001-annex'), tasks: [], sections: [] });
    const bytes = fs.readFileSync(path.join(FIXTURES, 'seed002-annex.xlsx'));
    const after = await call<PlanDetail>(a, 'plans.importApply', {
      planId: d.plan.id,
      fileName: 'seed002-annex.xlsx',
      base64: bytes.toString('base64'),
    });
    const f = readFixture('seed002-annex');
    expect(after.plan.annex).toMatchObject({ heading: f.heading, title: f.title, subtitle: f.subtitle });
    // Round trip: export → import gives back the same layout, subtitle still filled by the app.
    const d1 = await createPlanWithAnnex(a.ctx, planSeedFrom('seed001-annex'));
    await updatePlan(a.ctx, {
      id: d1.plan.id,
      fields: { ...fieldsOf(d1), numberText: '15/KH-UBND', annex: { ...d1.plan.annex, subtitle: '' } },
    });
    const xlsx = await call<ExportedFile>(a, 'plans.exportXlsx', { id: d1.plan.id });
    const back = await call<PlanDetail>(a, 'plans.importApply', { planId: d1.plan.id, fileName: 'x.xlsx', base64: xlsx.base64 });
    expect(back.plan.annex.subtitle).toBe('');
  });
});

describe('blank helpers', () => {
  it('issuer names shorten to "UBND <cấp> <Tên>"', () => {
    expect(issuerShort('ỦY BAN NHÂN DÂN XÃ QUYẾT THẮNG')).toBe('UBND xã Quyết Thắng');
    expect(issuerShort('ỦY BAN NHÂN DÂN THỊ TRẤN ĐÔNG ANH')).toBe('UBND thị trấn Đông Anh');
    expect(issuerShort('ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ')).toBe('UBND tỉnh Phú Thọ');
  });
  it('a typed line is kept as typed; blank dates always keep the year and the same width', () => {
    expect(annexSubtitle({ annex: { subtitle: '(Kèm theo Kế hoạch số 3/KH-UBND của tỉnh)' }, year: 2026, numberText: '9/KH-UBND' })).toBe(
      '(Kèm theo Kế hoạch số 3/KH-UBND của tỉnh)',
    );
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), (year, month) => {
        const s = writableDate(null, year, month);
        expect(s.endsWith(`/${year}`)).toBe(true);
        expect(s.length).toBe(`${NBSP.repeat(5)}/${NBSP.repeat(5)}/${year}`.length - (month ? 3 : 0));
      }),
    );
  });
});
