import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkXlsxBounds, DEFAULT_XLSX_LIMITS } from '../../db/exports/xlsx-bounds';
import { hugeCellSheet, millionRowSheet, writeZip } from '../helpers/xlsx-bombs';
import { tempDir } from '../helpers/temp';
import { testApps } from '../helpers/app';
import { dispatch } from '../../shared/contract/dispatch';
import ExcelJS from 'exceljs';
import { buildScript } from '../helpers/build-script';

/**
 * Issue 14 §10: an .xlsx is bounded before ExcelJS opens it. The two files of the outside review
 * (1,048,576 rows; one 400 MB cell) go through the real import in a child process limited to a
 * 256 MB heap, which reports its time and peak RSS.
 */
const ROOT = path.join(__dirname, '../..');
const dir = tempDir('cchc-bombs-');
let child: string;
const files = { rows: path.join(dir, 'trieu-dong.xlsx'), cell: path.join(dir, 'o-400mb.xlsx') };

beforeAll(async () => {
  child = path.join(dir, 'import-child.cjs');
  await buildScript(path.join(ROOT, 'tests/helpers/xlsx-import-child.ts'), child, { linkModules: true });
  await writeZip(files.rows, millionRowSheet());
  await writeZip(files.cell, hugeCellSheet());
}, 180_000);

function importInChild(file: string) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=256', child, file, tempDir('cchc-child-')], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`child failed (${r.status ?? r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout) as { ok: boolean; error: { code: string; message: string } | null; ms: number; peakRssMb: number };
}

describe('an .xlsx is bounded before it is parsed', () => {
  it.each([
    ['the 1,048,576-row sheet', 'rows', /quá nhiều dòng/],
    ['the 400 MB cell', 'cell', /giải nén lớn quá|quá dài/],
  ] as const)(
    '%s is refused in under 2 s with peak RSS under 300 MB (child process, 256 MB heap)',
    (_label, which, message) => {
      expect(fs.statSync(files[which]).size).toBeLessThan(15 * 1024 * 1024); // small on disk
      const r = importInChild(files[which]);
      console.log(
        `${_label}: refused in ${Math.round(r.ms)} ms, peak RSS ${Math.round(r.peakRssMb)} MB (${fs.statSync(files[which]).size} bytes on disk)`,
      );
      expect(r.ok).toBe(false);
      expect(r.error?.code).toBe('FILE_INVALID');
      expect(r.error?.message).toMatch(message);
      expect(r.ms).toBeLessThan(2000);
      expect(r.peakRssMb).toBeLessThan(300);
    },
    120_000,
  );

  it('rows are counted from the XML even without <dimension> or row numbers; a long text run and a lying size are refused', async () => {
    const limits = { ...DEFAULT_XLSX_LIMITS, maxRows: 1000 };
    const f = (name: string) => path.join(dir, name);
    await writeZip(f('khong-dim.xlsx'), millionRowSheet({ rows: 1001, withDimension: false, withRowNumbers: false }));
    await expect(checkXlsxBounds(fs.readFileSync(f('khong-dim.xlsx')), limits)).rejects.toMatchObject({
      code: 'FILE_INVALID',
      message: expect.stringMatching(/quá nhiều dòng/),
    });
    await writeZip(f('vua-du.xlsx'), millionRowSheet({ rows: 1000, withDimension: false, withRowNumbers: false }));
    await expect(checkXlsxBounds(fs.readFileSync(f('vua-du.xlsx')), limits)).resolves.toBeUndefined();
    await writeZip(f('o-dai.xlsx'), hugeCellSheet(2 * 1024 * 1024));
    await expect(checkXlsxBounds(fs.readFileSync(f('o-dai.xlsx')))).rejects.toMatchObject({ message: expect.stringMatching(/quá dài/) });
    // The directory claims 1 KB for the sheet; it inflates to much more.
    const bytes = fs.readFileSync(f('o-dai.xlsx'));
    const cd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const lying = Buffer.from(bytes);
    for (
      let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      at !== -1 && at <= cd;
      at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
    ) {
      if (bytes.subarray(at + 46, at + 46 + bytes.readUInt16LE(at + 28)).toString() === 'xl/sharedStrings.xml')
        lying.writeUInt32LE(1024, at + 24);
    }
    // yauzl stops the entry at its claimed size: an unreadable file for the import, never inflated further.
    await expect(checkXlsxBounds(lying)).rejects.toThrow(/too many bytes|size/i);
  }, 60_000);
});

describe('a legitimate workbook passes the bounds', () => {
  it('20,000 rows of 12 columns and a full 32,767-character cell of letters and "&" are accepted', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nhật ký');
    ws.addRow(['Ngày', 'Nội dung', 'Khung giờ', 'Thời lượng', 'Đài', 'Ghi chú', 'A', 'B', 'C', 'D', 'E', 'F']);
    for (let i = 1; i <= 20_000; i++) ws.addRow([`01/02/2026`, `Bản tin số ${i}`, 'sáng', 5, 'Đài xã', '', 1, 2, 3, 4, 5, 6]);
    ws.getCell('F2').value = 'Đ&"'.repeat(10_922) + 'x';
    expect((ws.getCell('F2').value as string).length).toBe(32_767);
    await expect(checkXlsxBounds(Buffer.from(await wb.xlsx.writeBuffer()))).resolves.toBeUndefined();
  }, 60_000);
});

describe('both .xlsx imports refuse the bombs with their message and change nothing', () => {
  const openApp = testApps();
  it('activities.importPreview and plans.importPreview', async () => {
    const app = await openApp({ demo: true });
    const before = app.ctx.sqlite.prepare('SELECT count(*) AS n FROM activities').get();
    const base64 = fs.readFileSync(files.cell).toString('base64');
    const acts = await dispatch(app.handlers, 'activities.importPreview', { base64 });
    expect(acts).toMatchObject({ ok: false, error: { code: 'FILE_INVALID' } });
    const planId = (app.ctx.sqlite.prepare('SELECT id FROM plans LIMIT 1').get() as { id: string }).id;
    const plan = await dispatch(app.handlers, 'plans.importPreview', { planId, fileName: 'phu-luc.xlsx', base64 });
    expect(plan).toMatchObject({ ok: false, error: { code: 'FILE_INVALID', message: expect.stringMatching(/giải nén lớn quá/) } });
    expect(app.ctx.sqlite.prepare('SELECT count(*) AS n FROM activities').get()).toEqual(before);
  });
});
