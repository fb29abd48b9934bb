import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { testApps } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { FIXTURES, fixtureTexts, planSeedFrom, readFixture } from '../helpers/plans';
import { dispatch } from '../../shared/contract/dispatch';
import { createPlanWithAnnex, getPlanDetail, saveAnnex } from '../../db/services/plans';
import type { PlanDetail } from '../../shared/contract/plans';
import type { ExportedFile } from '../../shared/contract/files';
import type { AppHost } from '../../db/host';

const app = testApps();
async function call<T>(a: AppHost, channel: string, input: unknown): Promise<T> {
  const env = await dispatch(a.handlers, channel, input);
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.value as T;
}
const unxml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** The visible text of a docx body, one string (runs joined, paragraphs by newline). */
function docxXml(file: ExportedFile): string {
  const p = path.join(tempDir(), file.fileName);
  fs.writeFileSync(p, Buffer.from(file.base64, 'base64'));
  return execFileSync('unzip', ['-p', p, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
const docxText = (xml: string) => unxml(xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, ''));
/** Database state a user could notice, plus the change log (proves nothing was written). */
async function snapshot(a: AppHost, planId: string): Promise<string> {
  const d = await getPlanDetail(a.ctx, { id: planId });
  const log = a.ctx.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number };
  return JSON.stringify([d, log.n]);
}
const upload = (planId: string, fileName: string, bytes: Uint8Array) => ({
  planId,
  fileName,
  base64: Buffer.from(bytes).toString('base64'),
});

describe('.docx export', () => {
  it('has the portrait plan, a landscape phụ lục with a repeating header row, Times New Roman and every row text', async () => {
    const a = await app();
    const d = await createPlanWithAnnex(a.ctx, planSeedFrom('seed002-annex'));
    const file = await call<ExportedFile>(a, 'plans.exportDocx', { id: d.plan.id, part: 'all' });
    expect(file.fileName).toMatch(/^KeHoach_TuyenTruyenCCHC_2026.*\.docx$/);
    const xml = docxXml(file);
    const sects = xml.match(/<w:pgSz[^>]*>/g)!;
    expect(sects).toHaveLength(2);
    expect(sects[0]).not.toContain('landscape');
    expect(sects[1]).toContain('w:orient="landscape"');
    expect(xml).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>/);
    expect(xml).toContain('w:ascii="Times New Roman"');
    const text = docxText(xml);
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Nơi nhận:',
      'Mai Đàm Thanh Vân',
      'Phú Thọ, ngày 15 tháng 01 năm 2026',
    ])
      expect(text).toContain(s);
    for (const line of fixtureTexts(readFixture('seed002-annex')).flatMap((t) => t.split('\n'))) expect(text).toContain(line);
    expect(text).toMatch(/^I\n?Đối với các nhiệm vụ tuyên truyền/m);
  });

  it('"phụ lục only" holds one landscape section and no plan text', async () => {
    const a = await app();
    const d = await createPlanWithAnnex(a.ctx, planSeedFrom('seed001-annex'));
    const xml = docxXml(await call<ExportedFile>(a, 'plans.exportDocx', { id: d.plan.id, part: 'annex' }));
    expect(xml.match(/<w:pgSz[^>]*>/g)).toEqual([expect.stringContaining('landscape')]);
    const text = docxText(xml);
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    for (const t of fixtureTexts(readFixture('seed001-annex'))) expect(text).toContain(t);
  });
});

describe('.xlsx export and import', () => {
  it('round trip export → import is lossless for every task field, sections included', async () => {
    const a = await app();
    const d = await createPlanWithAnnex(a.ctx, planSeedFrom('seed002-annex'));
    // Fill every machine field with varied values, plus text fields the 5-column layout does not print.
    const spans = [
      { kind: 'year' },
      { kind: 'quarter', quarter: 2 },
      { kind: 'months', from: 3, to: 5 },
      { kind: 'recurring', every: 'month' },
      { kind: 'recurring', every: 'quarter' },
      { kind: 'months', from: 9, to: 9 },
    ] as const;
    const edited = await saveAnnex(a.ctx, {
      planId: d.plan.id,
      sections: d.sections.map((s) => ({ id: s.id, title: s.title })),
      tasks: d.tasks.map((t, i) => ({
        id: t.id,
        sectionId: t.sectionId,
        content: t.content,
        formsText: i % 2 ? 'Loa truyền thanh\n- Cổng TTĐT' : '',
        timeText: t.timeText,
        leadUnit: t.leadUnit,
        coopUnits: t.coopUnits,
        product: i % 3 ? `Tin, bài "${i}"` : '',
        note: i === 4 ? 'Ghi chú: 100% xã' : '',
        areas: (['institutions', 'procedures', 'digitalGov'] as const).slice(0, i % 4),
        forms: (['broadcast', 'online', 'visual', 'publication'] as const).slice(0, (i % 3) + 1),
        span: spans[i % spans.length]!,
        targetCount: i % 2 ? i * 3 : i === 0 ? 0 : null,
      })),
    });
    const file = await call<ExportedFile>(a, 'plans.exportXlsx', { id: d.plan.id });
    expect(file.fileName).toMatch(/^PhuLuc_TuyenTruyenCCHC_2026.*\.xlsx$/);
    const target = await createPlanWithAnnex(a.ctx, { ...planSeedFrom('seed002-annex'), sections: [], tasks: [] });
    await call(a, 'plans.importApply', { planId: target.plan.id, fileName: file.fileName, base64: file.base64 });
    const back = await getPlanDetail(a.ctx, { id: target.plan.id });
    const strip = (x: PlanDetail) => ({
      sections: x.sections.map((s) => s.title),
      tasks: x.tasks.map(
        ({ content, formsText, timeText, leadUnit, coopUnits, product, note, areas, forms, span, targetCount, sectionId }) => ({
          content,
          formsText,
          timeText,
          leadUnit,
          coopUnits,
          product,
          note,
          areas,
          forms,
          span,
          targetCount,
          section: x.sections.findIndex((s) => s.id === sectionId),
        }),
      ),
    });
    expect(strip(back)).toEqual(strip(edited));

    // The sheet itself: A4 landscape, header row repeated, wrapped text.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '5:5' });
    expect(ws.getRow(5).getCell(2).value).toBe('Nội dung, hình thức tuyên truyền');
    expect(ws.getRow(6).getCell(1).value).toBe('I');
    expect(ws.getRow(7).getCell(2).alignment).toMatchObject({ wrapText: true });
  });

  it("seed 002's phụ lục .xlsx (its own headers) imports both sections and every row, multi-line cells intact", async () => {
    const a = await app();
    const target = await createPlanWithAnnex(a.ctx, { ...planSeedFrom('seed002-annex'), sections: [], tasks: [] });
    const bytes = fs.readFileSync(path.join(FIXTURES, 'seed002-annex.xlsx'));
    const preview = await call<{ sections: { title: string; taskCount: number }[]; problems: unknown[] }>(
      a,
      'plans.importPreview',
      upload(target.plan.id, 'seed002-annex.xlsx', bytes),
    );
    expect(preview.problems).toEqual([]);
    expect(preview.sections.map((s) => s.taskCount)).toEqual([4, 7]);
    expect((await getPlanDetail(a.ctx, { id: target.plan.id })).tasks).toHaveLength(0); // preview writes nothing
    const d = await call<PlanDetail>(a, 'plans.importApply', upload(target.plan.id, 'seed002-annex.xlsx', bytes));
    const f = readFixture('seed002-annex');
    expect(d.sections.map((s) => s.title)).toEqual(f.sections.map((s) => s.title));
    expect(d.tasks.map((t) => [t.content, t.leadUnit, t.coopUnits, t.timeText])).toEqual(
      f.sections.flatMap((s) => s.rows.map((r) => r.slice(1))),
    );
    expect(d.tasks.some((t) => t.content.includes('\n- Tăng cường công tác thông tin'))).toBe(true);
    // No "Kỳ thực hiện" column: spans are read from the printed time ("Định kỳ hàng tháng…", "Năm 2026").
    expect(d.tasks.find((t) => t.timeText.startsWith('Định kỳ'))!.span).toEqual({ kind: 'recurring', every: 'month' });
    expect(d.tasks[0]!.span).toEqual({ kind: 'year' });
  });

  it("seed 001's 4-row phụ lục .xlsx imports into a 7-column plan with every cell in its field", async () => {
    const a = await app();
    const target = await createPlanWithAnnex(a.ctx, { ...planSeedFrom('seed001-annex'), sections: [], tasks: [] });
    const d = await call<PlanDetail>(
      a,
      'plans.importApply',
      upload(target.plan.id, 'seed001-annex.xlsx', fs.readFileSync(path.join(FIXTURES, 'seed001-annex.xlsx'))),
    );
    expect(d.sections).toEqual([]);
    expect(d.tasks.map((t) => [t.content, t.formsText, t.timeText, t.leadUnit, t.coopUnits, t.product])).toEqual(
      readFixture('seed001-annex').loose.map((r) => r.slice(1)),
    );
    expect(d.tasks.map((t) => t.span.kind)).toEqual(['quarter', 'year', 'year', 'quarter']);
  });

  it('a sheet with columns in another order and headers spelled differently maps by header text', async () => {
    const a = await app();
    const target = await createPlanWithAnnex(a.ctx, { ...planSeedFrom('seed001-annex'), sections: [], tasks: [] });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nhiệm vụ');
    ws.addRow(['Bảng nhiệm vụ']);
    ws.addRow(['stt', 'DON VI PHOI HOP', 'thời gian', 'noi dung tuyen truyen', 'Đơn vị chủ trì', 'SẢN PHẨM', 'hình thức', 'Chỉ tiêu']);
    ws.addRow([1, 'Các cơ quan', 'Quý II/2026', 'Tuyên truyền dịch vụ công', 'Phòng VH-XH', 'Tin bài', 'Cổng TTĐT', 5]);
    ws.addRow(['2', '', 'Cả năm 2026', 'Phát thanh\n- bản tin CCHC', 'Trung tâm', '', 'Loa', '']);
    const d = await call<PlanDetail>(
      a,
      'plans.importApply',
      upload(target.plan.id, 'khac.xlsx', new Uint8Array(await wb.xlsx.writeBuffer())),
    );
    expect(d.tasks.map((t) => [t.content, t.coopUnits, t.timeText, t.leadUnit, t.product, t.formsText, t.targetCount])).toEqual([
      ['Tuyên truyền dịch vụ công', 'Các cơ quan', 'Quý II/2026', 'Phòng VH-XH', 'Tin bài', 'Cổng TTĐT', 5],
      ['Phát thanh\n- bản tin CCHC', '', 'Cả năm 2026', 'Trung tâm', '', 'Loa', null],
    ]);
  });

  it('the blank template has the plan’s headers and imports back as "no rows", changing nothing', async () => {
    const a = await app();
    const d = await createPlanWithAnnex(a.ctx, planSeedFrom('seed001-annex'));
    const file = await call<ExportedFile>(a, 'plans.xlsxTemplate', { id: d.plan.id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(5).values).toEqual(
      expect.arrayContaining(['TT', 'Nội dung tuyên truyền', 'Sản phẩm', 'Lĩnh vực CCHC', 'Kỳ thực hiện', 'Chỉ tiêu']),
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Phụ lục', 'Hướng dẫn']);
    const before = await snapshot(a, d.plan.id);
    const env = await dispatch(a.handlers, 'plans.importApply', { planId: d.plan.id, fileName: file.fileName, base64: file.base64 });
    expect(env).toMatchObject({ ok: false, error: { message: expect.stringContaining('không có dòng nhiệm vụ') } });
    expect(await snapshot(a, d.plan.id)).toBe(before);
  });
});

describe('bad .xlsx files are refused with a Vietnamese message naming the problem and change nothing', () => {
  async function sheet(build: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    build(wb.addWorksheet('Phụ lục'));
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
  const cases: [string, () => Promise<Uint8Array>, RegExp][] = [
    [
      'a missing required column',
      () =>
        sheet((ws) => {
          ws.addRow(['TT', 'Đơn vị chủ trì', 'Thời gian']);
          ws.addRow([1, 'Phòng VH-XH', 'Quý I/2026']);
        }),
      /thiếu cột bắt buộc "Nội dung"/,
    ],
    [
      'a wrong cell type',
      () =>
        sheet((ws) => {
          ws.addRow(['TT', 'Nội dung tuyên truyền', 'Chỉ tiêu']);
          ws.addRow([1, 'Tuyên truyền A', 3]);
          ws.addRow([2, 'Tuyên truyền B', 'ba bài']);
        }),
      /dòng 3, cột "Chỉ tiêu": "ba bài" không phải là số nguyên/,
    ],
    [
      '10,000 rows',
      () =>
        sheet((ws) => {
          ws.addRow(['TT', 'Nội dung tuyên truyền']);
          for (let i = 1; i <= 10_000; i++) ws.addRow([i, `Nhiệm vụ ${i}`]);
        }),
      /10\.000 dòng dữ liệu, vượt quá giới hạn 1\.000 dòng/,
    ],
    [
      'a non-xlsx file renamed .xlsx',
      async () => new TextEncoder().encode('TT,Nội dung\n1,Tuyên truyền\n'),
      /không phải là tệp Excel \.xlsx/,
    ],
    [
      'a damaged zip named .xlsx',
      async () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
      /Không đọc được tệp Excel/,
    ],
    [
      'an unknown CCHC area',
      () =>
        sheet((ws) => {
          ws.addRow(['TT', 'Nội dung', 'Lĩnh vực CCHC']);
          ws.addRow([1, 'A', 'Cải cách thể chế; Thể thao']);
        }),
      /dòng 2, cột "Lĩnh vực CCHC": "Thể thao" không phải là lĩnh vực CCHC/,
    ],
  ];
  for (const [name, make, message] of cases)
    it(name, async () => {
      const a = await app();
      const d = await createPlanWithAnnex(a.ctx, planSeedFrom('seed001-annex'));
      const before = await snapshot(a, d.plan.id);
      const bytes = await make();
      const env = await dispatch(a.handlers, 'plans.importApply', upload(d.plan.id, 'phu-luc.xlsx', bytes));
      expect(env.ok).toBe(false);
      if (!env.ok) expect(env.error.message).toMatch(message);
      expect(await snapshot(a, d.plan.id)).toBe(before);
    });

  it('the preview lists every problem with its row and column', async () => {
    const a = await app();
    const d = await createPlanWithAnnex(a.ctx, planSeedFrom('seed001-annex'));
    const bytes = await sheet((ws) => {
      ws.addRow(['TT', 'Nội dung tuyên truyền', 'Kỳ thực hiện', 'Chỉ tiêu']);
      ws.addRow([1, 'A', 'Quý V', 2]);
      ws.addRow([2, '', 'Cả năm', -1]);
    });
    const p = await call<{ problems: { row: number; column: string; message: string }[] }>(
      a,
      'plans.importPreview',
      upload(d.plan.id, 'x.xlsx', bytes),
    );
    expect(p.problems.map((x) => [x.row, x.column])).toEqual([
      [2, 'Kỳ thực hiện'],
      [3, 'Chỉ tiêu'],
      [3, 'Nội dung tuyên truyền'],
    ]);
  });
});
