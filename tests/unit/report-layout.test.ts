import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openTestApp } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { createReport, getReportView, reviseReport } from '../../db/services/reports';
import { exportReport } from '../../db/services/report-export';
import { saveReportProfile } from '../../db/services/report-profile';
import { DEFAULT_PROFILE } from '../../shared/domain/report-profile';
import { DEFAULT_OUTLINE, QUANG_TRI_OUTLINE, ReportOutline } from '../../shared/domain/report-outline';
import { reportLayout, summaryTable } from '../../shared/domain/report-layout';
import { INDICATORS, type ReportFigures } from '../../shared/domain/report';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});
async function demoYear() {
  const a = await openTestApp({ demo: 'year' as never });
  open.push(a);
  return a;
}

function documentXml(base64: string, name: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('unzip', ['-p', file, 'word/document.xml'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
}
/** The visible text of a document.xml, runs joined. */
const textOf = (xml: string) => xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');

describe('report .docx follows the đề cương: body up to the signer, then the phụ lục', () => {
  it('puts every detailed table after Nơi nhận, the wide ones on landscape pages, with files and post URLs', async () => {
    const a = await demoYear();
    const r = await createReport(a.ctx, { kind: 'year', year: 2026, from: null, to: null, deadline: null });
    const view = await getReportView(a.ctx, { id: r.id });
    const file = await exportReport(a.ctx, { id: r.id, format: 'docx' });
    const xml = documentXml(file.base64, file.fileName);
    const text = textOf(xml);
    const at = (s: string) => text.indexOf(s);
    const order = [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'I. KẾT QUẢ ĐẠT ĐƯỢC',
      'Kết quả chủ yếu',
      'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'III. PHƯƠNG HƯỚNG',
      'IV. KIẾN NGHỊ, ĐỀ XUẤT',
      'Nơi nhận:',
      'PHỤ LỤC',
      '(Kèm theo Báo cáo số',
      'Bảng 1.',
      'Bảng 6.',
    ].map(at);
    expect(
      order.every((p) => p >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    // Three sections: body (portrait), narrow tables (portrait), wide tables (landscape).
    expect(xml.match(/<w:sectPr/g)).toHaveLength(3);
    expect(xml).toContain('w:orient="landscape"');
    const annex = text.slice(at('PHỤ LỤC'));
    for (const e of view.figures.evidence) expect(annex).toContain(e.name);
    expect(view.figures.postLinks!.length).toBeGreaterThan(0);
    expect(view.figures.postLinksTotal).toBe(view.figures.postLinks!.length);
    for (const l of view.figures.postLinks!) expect(annex).toContain(l.url);
  });

  it('"Phần lồng ghép" is the content without quốc hiệu, signer or phụ lục, in the province’s đề cương', async () => {
    const a = await demoYear();
    await saveReportProfile(a.ctx, { ...DEFAULT_PROFILE, outline: QUANG_TRI_OUTLINE });
    // The demo year's Quý I was submitted under the default đề cương and keeps it (snapshot v4);
    // its corrected version, a draft, follows the province's new one.
    const submitted = await createReport(a.ctx, { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
    expect(submitted.status).toBe('submitted');
    const signed = textOf(documentXml((await exportReport(a.ctx, { id: submitted.id, format: 'insert' })).base64, 'x.docx'));
    expect(signed).toContain('I. KẾT QUẢ ĐẠT ĐƯỢC');
    expect(signed).not.toContain('I. KẾT QUẢ THỰC HIỆN CÔNG TÁC TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH');
    const r = await reviseReport(a.ctx, { id: submitted.id });
    const file = await exportReport(a.ctx, { id: r.id, format: 'insert' });
    expect(file.fileName).toBe('BaoCao_TuyenTruyenCCHC_QuyI_2026_XaQuyetThang_v2_PhanLongGhep.docx');
    expect(file.mime).toContain('wordprocessingml');
    const text = textOf(documentXml(file.base64, file.fileName));
    expect(text).toContain('KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026');
    expect(text).toContain('I. KẾT QUẢ THỰC HIỆN CÔNG TÁC TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH');
    expect(text).toContain('III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI');
    expect(text).toContain('Số lượng tin, bài viết, chuyên mục, phóng sự');
    for (const absent of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Nơi nhận:', 'PHỤ LỤC', 'Bảng 1.']) expect(text).not.toContain(absent);
  });
});

describe('the layout is pure and reads the same figures as the phụ lục', () => {
  const figuresArb = fc.record({
    values: fc.array(fc.nat(5000), { minLength: INDICATORS.length, maxLength: INDICATORS.length }),
    cum: fc.nat(100),
  });
  const figuresOf = (values: number[], extra: number): ReportFigures =>
    ({
      window: { from: '2026-03-15', to: '2026-06-14' },
      cumulativeWindow: { from: '2025-12-15', to: '2026-06-14' },
      totals: { activities: values[0]!, activitiesCum: values[0]! + extra },
      indicators: INDICATORS.map((d, i) => ({
        key: d.key,
        form: d.form,
        label: d.key,
        unit: d.unit,
        value: values[i]!,
        cumulative: values[i]! + extra,
      })),
      forms: [],
      areas: [],
      tasks: [],
      outsidePlan: { activities: 0, activitiesCum: 0 },
      criterion4: {
        taskCount: 0,
        doneCount: 0,
        notStartedCount: 0,
        completion: 0,
        onlineUsed: false,
        traditionalUsed: false,
        score41: 0,
        score42: 0,
      },
      evidence: [],
      evidenceTotal: 0,
    }) as ReportFigures;

  it('the summary table of part I adds up the phụ lục’s indicators (recounted here by key)', () => {
    fc.assert(
      fc.property(figuresArb, ({ values, cum }) => {
        const f = figuresOf(values, cum);
        const v = (k: string) => values[INDICATORS.findIndex((d) => d.key === k)]!;
        const news = summaryTable(f, 'newsCounts')!;
        const cells = news.rows.map((r) => (r.kind === 'row' ? r.cells : []));
        expect(cells[0]!.slice(3)).toEqual([v('broadcast.tin') + v('online.tin'), v('broadcast.tin') + v('online.tin') + 2 * cum]);
        expect(cells[1]![3]).toBe(v('broadcast.bai') + v('online.bai'));
        expect(cells[2]![3]).toBe(v('broadcast.chuyenMuc'));
        expect(cells[3]![3]).toBe(v('broadcast.phongSu'));
        const byForm = summaryTable(f, 'byForm')!;
        const rows = byForm.rows.map((r) => (r.kind === 'row' ? r.cells : []));
        expect(rows[0]![3]).toBe(['tin', 'bai', 'chuyenMuc', 'phongSu'].reduce((s, k) => s + v(`broadcast.${k}`), 0));
        expect(rows[7]![3]).toBe(v('tthcPosting.procedures'));
        expect(rows.at(-1)!.slice(3)).toEqual([values[0], values[0]! + cum]);
        expect(summaryTable(f, 'none')).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('prints the parts in the đề cương’s order with Roman numbers, and leaves out the parts it omits', () => {
    const f = figuresOf(
      INDICATORS.map(() => 1),
      0,
    );
    const doc = {
      numberText: '12/BC-UBND',
      reportDate: '2026-06-10',
      sections: { results: 'R', shortcomings: 'S', causes: 'C', directions: 'D', proposals: 'P' },
    };
    const outline = ReportOutline.parse({
      id: 'x',
      parts: [
        { key: 'results', title: 'KẾT QUẢ' },
        { key: 'proposals', title: 'ĐỀ XUẤT' },
        { key: 'shortcomings', title: 'HẠN CHẾ' },
      ],
      summary: 'none',
      splitCauses: false,
    });
    const layout = reportLayout({ doc, figures: f, communeName: 'xã Quyết Thắng', phrase: 'Quý II năm 2026' }, outline);
    expect(layout.parts.map((p) => p.heading)).toEqual(['I. KẾT QUẢ', 'II. ĐỀ XUẤT', 'III. HẠN CHẾ']);
    expect(layout.parts.every((p) => p.summary === null)).toBe(true);
    expect(layout.annex.attachedTo).toBe('(Kèm theo Báo cáo số 12/BC-UBND ngày 10/06/2026 của Ủy ban nhân dân xã Quyết Thắng)');
    expect([...layout.annex.portrait, ...layout.annex.landscape].map((t) => t.title.slice(0, 7))).toEqual([
      'Bảng 1.',
      'Bảng 2.',
      'Bảng 3.',
      'Bảng 4.',
      'Bảng 5.',
      'Bảng 6.',
    ]);
    const def = reportLayout({ doc, figures: f, communeName: 'xã Quyết Thắng', phrase: 'Quý II năm 2026' }, DEFAULT_OUTLINE);
    expect(def.parts.map((p) => p.heading)).toEqual([
      'I. KẾT QUẢ ĐẠT ĐƯỢC',
      'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
      'IV. KIẾN NGHỊ, ĐỀ XUẤT',
    ]);
    expect(def.parts[1]!.blocks.map((b) => b.heading)).toEqual(['1. Tồn tại, hạn chế', '2. Nguyên nhân']);
    expect(() =>
      ReportOutline.parse({
        id: 'x',
        parts: [
          { key: 'results', title: 'A' },
          { key: 'results', title: 'B' },
        ],
      }),
    ).toThrow();
  });
});
