import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';
import { openTestApp } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { usbFolder } from '../helpers/bundles';
import { createBundle } from '../../db/services/bundles';
import { exportKeyCard } from '../../db/services/keys';
import { createActivities } from '../../db/services/activities';
import { consolidated } from '../../db/services/province';
import { consolidatedFile } from '../../db/services/province-report';

/**
 * The reviewer's steps: the demo commune sends its Quý III report (bundle seq 1), then logs
 * more Quý III activities and sends "Tất cả thay đổi" (seq 2); the province imports both.
 * The Bảng tổng hợp must carry the figure the commune signed, and say that the log differs.
 */
const ADDED = 10;
const provinceDir = tempDir('cchc-province-');
let reported = 0;

async function cchc(...args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await runCli(['--data-dir', provinceDir, ...args], (l) => lines.push(l));
  return { code, text: lines.join('\n') };
}

beforeAll(async () => {
  const commune = await openTestApp({ demo: 'year' as never });
  try {
    const usb = usbFolder();
    const q3 = commune.ctx.sqlite
      .prepare("SELECT id, snapshot FROM reports WHERE period_key = '2026-q3' AND submitted_at IS NOT NULL")
      .get() as { id: string; snapshot: string };
    // What the commune signed, read straight from the stored JSON.
    reported = (JSON.parse(q3.snapshot) as { figures: { totals: { activities: number } } }).figures.totals.activities;
    expect((await createBundle(commune.ctx, { what: { kind: 'report', reportId: q3.id }, folder: usb })).fileName).toContain('_000001_');
    await createActivities(
      commune.ctx,
      Array.from({ length: ADDED }, (_, i) => ({
        date: `2026-08-${String(10 + i).padStart(2, '0')}`,
        title: `Phát thanh bổ sung ${i + 1}`,
        areas: [],
        taskId: null,
        details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5, repeats: 1 },
      })) as never,
      'test',
    );
    expect((await createBundle(commune.ctx, { what: { kind: 'changes' }, folder: usb })).fileName).toContain('_000002');
    const card = await exportKeyCard(commune.ctx);
    const cardFile = path.join(tempDir(), card.fileName);
    fs.writeFileSync(cardFile, Buffer.from(card.base64, 'base64'));
    expect((await cchc('keys', 'add', cardFile)).code).toBe(0);
    expect((await cchc('import', usb)).code).toBe(0);
  } finally {
    await commune.close();
  }
}, 120_000);

describe('Bảng tổng hợp after a report and later changes (reviewer’s steps)', () => {
  const note = () => `Nhật ký sau khi nộp: ${reported + ADDED} hoạt động (báo cáo đã nộp: ${reported})`;

  it('the CLI report shows the signed figure, its source and the difference', async () => {
    expect(reported).toBeGreaterThan(0);
    const r = await cchc('report', '--period', '2026-q3');
    expect(r.code).toBe(0);
    const line = r.text.split('\n').find((l) => l.startsWith('xã Quyết Thắng '))!;
    expect(line.split(/\s{2,}/)).toContain(String(reported));
    expect(line).toContain('Báo cáo đã nộp (bản 1)');
    expect(line.split(/\s{2,}/)).not.toContain(String(reported + ADDED));
    expect(r.text).toContain(`xã Quyết Thắng: ${note()}`);
  });

  it('the service, the .xlsx and the .docx carry the report’s figure and the difference note', async () => {
    const province = await openTestApp({ dataDir: provinceDir });
    try {
      const c = await consolidated(province.ctx, { period: '2026-q3' });
      const row = c.rows.find((r) => r.communeCode === '10903')!;
      expect(row).toMatchObject({ basis: 'report', reportVersion: 1, total: reported });
      expect(row.recount?.total).toBe(reported + ADDED);
      expect(c.sum.total).toBe(reported);

      const xlsx = await consolidatedFile(province.ctx, { period: '2026-q3', format: 'xlsx' });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as never);
      const ws = wb.worksheets[0]!;
      const header = (ws.getRow(3).values as unknown[]).map(String);
      const mine = ws.getRow(4).values as unknown[];
      expect(mine[header.indexOf('Xã/phường')]).toBe('xã Quyết Thắng');
      expect(mine[header.indexOf('Số hoạt động')]).toBe(reported);
      expect(mine[header.indexOf('Nguồn số liệu')]).toBe('Báo cáo đã nộp (bản 1)');
      expect(mine[header.indexOf('Ghi chú')]).toBe(note());

      const docx = await consolidatedFile(province.ctx, { period: '2026-q3', format: 'docx' });
      const file = path.join(tempDir(), docx.fileName);
      fs.writeFileSync(file, Buffer.from(docx.base64, 'base64'));
      const text = execFileSync('unzip', ['-p', file, 'word/document.xml'])
        .toString('utf8')
        .replace(/<[^>]+>/g, '');
      expect(text).toContain(`xã Quyết Thắng: ${note()}.`);
      expect(text).toContain(`Báo cáo đã nộp (bản 1). ${note()}`);
    } finally {
      await province.close();
    }
  });
});
