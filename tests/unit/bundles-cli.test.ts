import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';
import { openTestApp } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { insertSubmittedReport, usbFolder } from '../helpers/bundles';
import { createBundle } from '../../db/services/bundles';
import { exportKeyCard } from '../../db/services/keys';

/** The province's `cchc` tool, driven as an officer would, on a real province database. */
let commune: Awaited<ReturnType<typeof openTestApp>>;
let usb: string;
let cardFile: string;
const provinceDir = tempDir('cchc-province-');

async function cchc(...args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await runCli(['--data-dir', provinceDir, ...args], (l) => lines.push(l));
  return { code, text: lines.join('\n') };
}

beforeAll(async () => {
  commune = await openTestApp({ demo: true });
  usb = usbFolder();
  const reportId = await insertSubmittedReport(commune, { periodKey: '2026-q1', submittedAt: '2026-03-12T09:00:00.000Z' });
  await createBundle(commune.ctx, { what: { kind: 'report', reportId }, folder: usb });
  const card = await exportKeyCard(commune.ctx);
  cardFile = path.join(tempDir(), card.fileName);
  fs.writeFileSync(cardFile, Buffer.from(card.base64, 'base64'));
});
afterAll(() => commune.close());

describe('cchc', () => {
  it('refuses to verify before the key is registered, then verifies, imports, shows status and writes the report', async () => {
    const bundle = path.join(usb, fs.readdirSync(usb)[0]!);
    const untrusted = await cchc('verify', bundle);
    expect(untrusted.code).toBe(1);
    expect(untrusted.text).toContain('KHÔNG HỢP LỆ: Xã Quyết Thắng (mã 10903) chưa được đăng ký khoá với tỉnh');

    const added = await cchc('keys', 'add', cardFile);
    expect(added).toMatchObject({ code: 0 });
    expect(added.text).toMatch(/^Đã đăng ký khoá của xã Quyết Thắng \(mã 10903\), dấu vân tay [0-9A-F-]{24}\.$/);

    expect(await cchc('verify', bundle)).toEqual({
      code: 0,
      text: 'HỢP LỆ: gói số 1 của xã Quyết Thắng (mã 10903), 5 hoạt động; chữ ký và mã băm đều khớp.',
    });

    fs.writeFileSync(path.join(usb, 'CCHC_10903_000009_hong.cchc'), '{"format":"cchc-bundle/1"');
    const imported = await cchc('import', usb);
    expect(imported.code).toBe(1);
    expect(imported.text).toContain('NHẬP     CCHC_10903_000001_2026-q1.cchc: Đã nhập (5 hoạt động).');
    expect(imported.text).toContain('TỪ CHỐI  CCHC_10903_000009_hong.cchc: Tệp bị cắt cụt hoặc hỏng');
    expect(imported.text).toContain('Tổng kết: đã nhập 1 gói, bỏ qua 0 gói trùng, từ chối 1 gói.');
    // Each file's word is the summary's word: as many "TỪ CHỐI" lines as "từ chối" files.
    const tags = imported.text.split('\n').map((l) => /^(NHẬP|TRÙNG|TỪ CHỐI) /.exec(l)?.[1]);
    expect([
      tags.filter((t) => t === 'NHẬP').length,
      tags.filter((t) => t === 'TRÙNG').length,
      tags.filter((t) => t === 'TỪ CHỐI').length,
    ]).toEqual([1, 0, 1]);

    const status = await cchc('status', '--year', '2026');
    const row = status.text.split('\n').find((l) => l.startsWith('xã Quyết Thắng'))!;
    expect(row.split(/\s{2,}/).slice(1, 2)).toEqual(['muộn']); // submitted 12/3, deadline 10/3
    // A year that is not a year is refused in Vietnamese (exit 2), never read as NaN.
    expect(await cchc('status', '--year', '20.26')).toMatchObject({
      code: 2,
      text: expect.stringContaining('Năm phải là số nguyên, ví dụ 2026'),
    });

    const out = path.join(tempDir(), 'TongHop_2026-q1.xlsx');
    const report = await cchc('report', '--period', '2026-Q1', '--out', out);
    expect(report.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    const values = ws
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    const commune10903 = values.find((r) => r[2] === '10903')!;
    // The helper's snapshot is not a real report: the figures are the recount, and say so.
    expect(commune10903.slice(0, 4)).toEqual([
      1,
      'xã Quyết Thắng',
      '10903',
      'Báo cáo đã nộp không đọc được — số liệu tính từ nhật ký đã gửi',
    ]);
    const header = values.find((r) => r[0] === 'TT')!;
    expect(commune10903[header.indexOf('Số hoạt động')]).toBe(5);
    expect(values.find((r) => r[1] === 'Tổng cộng')![header.indexOf('Số hoạt động')]).toBe(5);

    const docx = path.join(tempDir(), 'TongHop.docx');
    expect((await cchc('report', '--period', '2026-Q1', '--out', docx)).code).toBe(0);
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('xã Quyết Thắng');
    // The .docx is the Báo cáo tổng hợp as an NĐ 30 document (title, per-commune table in the phụ lục).
    expect(xml).toContain('Tổng hợp kết quả công tác tuyên truyền cải cách hành chính Quý I năm 2026 của các xã, phường');
    expect(xml).toContain('Bảng 1. Số hoạt động theo hình thức của từng xã, phường');

    expect((await cchc('report', '--period', '2026-Q7')).text).toContain('Kỳ "2026-Q7" không hợp lệ');
  });
});
