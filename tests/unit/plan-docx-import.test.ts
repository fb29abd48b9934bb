import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { testApps } from '../helpers/app';
import { FIXTURES, readFixture, seed002Task } from '../helpers/plans';
import { dispatch } from '../../shared/contract/dispatch';
import type { PlanDetail } from '../../shared/contract/plans';
import type { DocxPreview } from '../../shared/contract/plan-import';
import type { AppHost } from '../../db/host';

const app = testApps();
async function call<T>(a: AppHost, channel: string, input: unknown): Promise<T> {
  const env = await dispatch(a.handlers, channel, input);
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.value as T;
}
const upload = (fileName: string, bytes: Uint8Array) => ({ fileName, base64: Buffer.from(bytes).toString('base64') });
const fixture = (n: string) => upload(`seed${n}-plan.docx`, fs.readFileSync(path.join(FIXTURES, `seed${n}-plan.docx`)));
/** Everything a user could notice changing: the plan list and the change log. */
async function snapshot(a: AppHost): Promise<string> {
  const log = a.ctx.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number };
  return JSON.stringify([await call(a, 'plans.list', {}), log.n]);
}

/** [content begins with, chủ trì, phối hợp, thời gian] as the seed texts write them. */
type Expected = [string, string, string, string];
const SEED_004: Expected[] = [
  [
    'Thực hiện cập nhật các TTHC sau khi được Chủ tịch',
    'Trung tâm Phục vụ - Kiểm soát thủ tục hành chính',
    'Trung tâm Công báo và Tin học; Văn phòng các Sở; Văn phòng cấp huyện; UBND cấp xã',
    'Thường xuyên trong năm',
  ],
  [
    'Lồng ghép, đưa các nội dung CCHC trong nội bộ cơ quan',
    'Phòng Hành chính - Quản trị',
    'Các phòng, ban, đơn vị',
    'Thường xuyên trong năm',
  ],
  [
    'Duy trì, nâng cao chất lượng chuyên mục CCHC trên',
    'Trung tâm Công báo và Tin học',
    'Các phòng, ban, đơn vị',
    'Thường xuyên trong năm',
  ],
  [
    'Đẩy mạnh tuyên truyền việc thực hiện dịch vụ công',
    'Trung tâm Phục vụ - Kiểm soát thủ tục hành chính',
    'Các phòng, ban, đơn vị',
    'Thường xuyên trong năm',
  ],
  [
    'Tổ chức theo dõi, kiểm tra, tập huấn, hướng dẫn',
    'Trung tâm Phục vụ - Kiểm soát thủ tục hành chính',
    'Các phòng, ban, đơn vị',
    'Thường xuyên trong năm',
  ],
  [
    'Tích cực phối hợp với các cơ quan thông tấn báo chí',
    'Trung tâm Phục vụ - Kiểm soát thủ tục hành chính',
    'Các phòng, ban, đơn vị',
    'Thường xuyên trong năm',
  ],
  [
    'Tuyên truyền, vận động công chức, viên chức',
    'Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh',
    'Các phòng, ban, đơn vị',
    'Thường xuyên trong năm',
  ],
];
/** Seed 000 assigns its work by unit in "III. TỔ CHỨC THỰC HIỆN" (the "Lưu ý" note is not a task). */
const SEED_000: Expected[] = [
  ['Căn cứ Kế hoạch này, các phòng, ban, trung tâm', 'Trưởng các phòng, ban, trung tâm', '', ''],
  ['Triển khai một số nhiệm vụ tuyên truyền CCHC', 'Trưởng các phòng, ban, trung tâm', '', ''],
  ['Tổ chức phổ biến, quán triệt, thông tin', 'Trưởng các phòng, ban, trung tâm', '', ''],
  ['Báo cáo kết quả công tác tuyên truyền CCHC định kỳ', 'Trưởng các phòng, ban, trung tâm', '', ''],
  ['Chủ trì, phối hợp với các phòng, ban, trung tâm', 'Phòng Hành chính - Tổ chức', '', ''],
  ['Tổng hợp, tham mưu báo cáo về kết quả', 'Phòng Hành chính - Tổ chức', '', ''],
  ['Chủ trì, phối hợp các cơ quan, đơn vị liên quan', 'Trung tâm Phục vụ hành chính công tỉnh', '', ''],
  ['Viết tin, bài, cập nhật, đăng tải', 'Trung tâm Điều hành thông tin tỉnh', '', ''],
  ['Phối hợp với các sở, ban, ngành, địa phương', 'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh', '', ''],
  ['Xây dựng các ấn phẩm, video, tài liệu truyền thông', 'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh', '', ''],
];
/** Seed 003 (a QĐ) assigns its work by unit in "IV. TỔ CHỨC THỰC HIỆN". */
const SEED_003: Expected[] = [
  ['Chủ trì, phối hợp với các phòng chuyên môn, đơn vị', 'Phòng Văn hóa - Xã hội', '', ''],
  ['Theo dõi, kiểm tra, đôn đốc các phòng chuyên môn', 'Phòng Văn hóa - Xã hội', '', ''],
  ['Duy trì và nâng cao chất lượng chuyên mục', 'Phòng Văn hóa - Xã hội', '', ''],
  ['Căn cứ chức năng, nhiệm vụ của đơn vị', 'Các phòng chuyên môn, cơ quan, đơn vị', '', ''],
  ['Chủ trì, phối hợp với phòng chuyên môn liên quan', 'Phòng Kinh tế, Hạ tầng và Đô thị', '', ''],
  ['Chủ trì, phối hợp với Phòng Văn hóa - Xã hội lồng ghép', 'Văn phòng HĐND và UBND phường', '', ''],
  ['Tăng cường tuyên truyền, hướng dẫn các tổ chức', 'Trung tâm Phục vụ hành chính công phường', '', ''],
  ['Chỉ đạo các tổ chức đoàn thể trên địa bàn', 'Ủy ban Mặt trận Tổ quốc phường', '', ''],
];
const tasksOf = (d: PlanDetail): Expected[] => d.tasks.map((x) => [x.content, x.leadUnit, x.coopUnits, x.timeText]);
const expectTasks = (d: PlanDetail, expected: Expected[]) => {
  const got = tasksOf(d);
  expect(got).toHaveLength(expected.length);
  expected.forEach(([content, ...rest], i) => {
    expect(got[i]![0].startsWith(content), `task ${i + 1}: "${got[i]![0].slice(0, 60)}"`).toBe(true);
    expect(got[i]!.slice(1), `task ${i + 1}`).toEqual(rest);
  });
};

describe('a plan received as a Word file becomes a plan with every task of the seed', () => {
  it('seed 004: seven prose tasks with chủ trì, phối hợp, thời gian; header, parts, Nơi nhận and signer recognised', async () => {
    const a = await app();
    const preview = await call<DocxPreview>(a, 'plans.docxPreview', fixture('004'));
    expect(preview).toMatchObject({
      docType: 'plan',
      title: 'Tuyên truyền cải cách hành chính năm 2023 của Văn phòng UBND tỉnh',
      numberText: '/KH-VP',
      taskCount: 7,
      parts: ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG TUYÊN TRUYỀN', 'III. HÌNH THỨC TUYÊN TRUYỀN', 'IV. TỔ CHỨC THỰC HIỆN'],
    });
    expect(preview.placeDate).toMatch(/^Quảng Ngãi, ngày\s+tháng 3 năm 2023$/);
    expect(preview.signer).toBe('CHÁNH VĂN PHÒNG · Vũ Minh Tâm');
    expect(preview.recipients).toContain('Lưu: VT, TTHC.');
    const d = await call<PlanDetail>(a, 'plans.docxApply', fixture('004'));
    expectTasks(d, SEED_004);
    expect(d.tasks.every((x) => x.span.kind === 'year')).toBe(true);
    expect(d.plan).toMatchObject({ year: 2023, issuedMonth: 3, numberText: '/KH-VP', place: 'Quảng Ngãi' });
  });

  it('seed 002: the phụ lục table imports with its sections I and II and every row, columns mapped by header', async () => {
    const a = await app();
    const d = await call<PlanDetail>(a, 'plans.docxApply', fixture('002'));
    const f = readFixture('seed002-annex');
    expect(d.sections.map((s) => s.title)).toEqual(f.sections.map((s) => s.title));
    const expected = f.sections.flatMap((s) => s.rows).map(seed002Task);
    expect(d.tasks.map((x) => [x.content, x.leadUnit, x.coopUnits, x.timeText])).toEqual(
      expected.map((x) => [x.content, x.leadUnit, x.coopUnits, x.timeText]),
    );
    expect(d.plan.signer).toEqual({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      deputy: 'KT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      name: expect.any(String),
    });
    expect(d.plan.annex).toMatchObject({ heading: 'PHỤ LỤC', title: f.title });
  });

  it('seed 000 and seed 003 (a QĐ): tasks by unit from "Tổ chức thực hiện"; the QĐ keeps its căn cứ and articles', async () => {
    const a = await app();
    expectTasks(await call<PlanDetail>(a, 'plans.docxApply', fixture('000')), SEED_000);
    const d = await call<PlanDetail>(a, 'plans.docxApply', fixture('003'));
    expectTasks(d, SEED_003);
    expect(d.plan.title).toBe('Thông tin, tuyên truyền cải cách hành chính năm 2026');
    expect(d.plan.decision).toMatchObject({
      numberText: '/QĐ-UBND',
      authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG',
      signer: { position: 'CHỦ TỊCH', name: 'Nguyễn Thế Anh' },
    });
    expect(d.plan.decision!.bases.split('\n')).toHaveLength(7);
    expect(d.plan.decision!.articles).toHaveLength(3);
    expect(d.plan.body.map((b) => b.heading)).toEqual([
      'I. MỤC TIÊU, YÊU CẦU',
      'II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN',
      'III. KINH PHÍ',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('a "(Đơn vị chủ trì: …; phối hợp: …; thời gian: …)" tail becomes a task with its units and span', async () => {
    const a = await app();
    const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
    const doc = new Document({
      sections: [
        {
          children: [
            p('KẾ HOẠCH'),
            p('Tuyên truyền CCHC năm 2026'),
            p('II. NHIỆM VỤ'),
            p(
              '1. Tổ chức hội nghị tuyên truyền CCHC (Đơn vị chủ trì: Phòng Văn hóa - Xã hội; phối hợp: Công an xã; thời gian: Quý II/2026).',
            ),
          ],
        },
      ],
    });
    const d = await call<PlanDetail>(a, 'plans.docxApply', upload('kh.docx', await Packer.toBuffer(doc)));
    expect(tasksOf(d)).toEqual([['Tổ chức hội nghị tuyên truyền CCHC', 'Phòng Văn hóa - Xã hội', 'Công an xã', 'Quý II/2026']]);
    expect(d.tasks[0]!.span).toEqual({ kind: 'quarter', quarter: 2 });
  });
});

describe('a file that is not a Word plan is refused in Vietnamese and changes nothing', () => {
  const cases: [string, () => Promise<Uint8Array>, RegExp][] = [
    ['random bytes renamed .docx', async () => crypto.randomBytes(4096), /không phải là tệp Word \.docx/],
    ['a damaged zip named .docx', async () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9, 9, 9, 9, 9]), /Không đọc được tệp Word/],
    ['an empty .docx', async () => Packer.toBuffer(new Document({ sections: [{ children: [] }] })), /Tệp Word không có nội dung/],
    [
      'a .docx that is not a plan',
      async () => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Thư mời họp')] }] })),
      /Không tìm thấy dòng "KẾ HOẠCH"/,
    ],
  ];
  for (const [name, make, message] of cases)
    it(name, async () => {
      const a = await app();
      const before = await snapshot(a);
      const bytes = await make();
      for (const ch of ['plans.docxPreview', 'plans.docxApply']) {
        const env = await dispatch(a.handlers, ch, upload('ke-hoach.docx', bytes));
        expect(env.ok).toBe(false);
        if (!env.ok) expect(env.error.message).toMatch(message);
      }
      expect(await snapshot(a)).toBe(before);
    });
});
