import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { testApps } from '../helpers/app';
import { dispatch } from '../../shared/contract/dispatch';
import { all } from '../helpers/activity-fixtures';

/** Activities in and out of .xlsx: the filtered list exported, play logs and other forms imported. */
const open = testApps({ demo: true });
const app = (demo = true) => open({ demo });

describe('.xlsx export and import', () => {
  async function sheet(rows: unknown[][]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lịch phát');
    ws.addRow(['Thời gian phát', 'Tên bản tin', 'Cụm loa', 'Thời lượng', 'Trạng thái']);
    rows.forEach((r) => ws.addRow(r));
    return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  }

  it('imports a loudspeaker play log all or nothing, with per-row Vietnamese errors', async () => {
    const a = await app();
    const before = (await all(a)).total;
    const bad = await sheet([
      ['01/04/2026 06:00', 'Bản tin cải cách hành chính số 1', 'Cụm loa thôn 1', '05:30', 'Đã phát'],
      ['31/04/2026 06:00', 'Bản tin số 2', 'Cụm loa thôn 2', '5', 'Đã phát'],
      ['02/04/2026 06:00', '', 'Cụm loa thôn 2', '-3', 'Đã phát'],
    ]);
    const preview = await dispatch(a.handlers, 'activities.importPreview', { base64: bad });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    const p = preview.value as { rows: { row: number; errors: string[] }[]; validCount: number; errorCount: number };
    expect(p.validCount).toBe(1);
    expect(p.rows[1]!.errors).toEqual([expect.stringContaining('Ngày không đọc được')]);
    expect(p.rows[2]!.errors).toEqual(
      expect.arrayContaining([expect.stringContaining('Thiếu tiêu đề'), expect.stringContaining('Thời lượng')]),
    );
    const refused = await dispatch(a.handlers, 'activities.importApply', { base64: bad });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('chưa nhập dòng nào') } });
    expect((await all(a)).total).toBe(before);

    const good = await sheet([
      ['01/04/2026 06:00', 'Bản tin cải cách hành chính số 1', 'Cụm loa thôn 1', '05:30', 'Đã phát'],
      [new Date(Date.UTC(2026, 3, 2, 17, 0)), 'Bản tin cải cách hành chính số 2', 'Cụm loa thôn 2', 7, 'Đã phát'],
    ]);
    expect(await dispatch(a.handlers, 'activities.importApply', { base64: good })).toMatchObject({ ok: true, value: { created: 2 } });
    const rows = (await all(a, { search: 'ban tin cai cach', sort: 'date', direction: 'asc' })).rows;
    expect(
      rows.map((r) => [
        r.date,
        r.details.kind === 'broadcast' && r.details.durationMinutes,
        r.details.kind === 'broadcast' && r.details.slots,
      ]),
    ).toEqual([
      ['2026-04-01', 6, ['06:00']],
      ['2026-04-02', 7, ['17:00']],
    ]);
    const junk = await dispatch(a.handlers, 'activities.importPreview', { base64: Buffer.from('not a zip').toString('base64') });
    expect(junk).toMatchObject({ ok: false, error: { code: 'FILE_INVALID', message: expect.stringContaining('không phải tệp Excel') } });
  });

  it('exports exactly the filtered list to a real .xlsx', async () => {
    const a = await app();
    const env = await dispatch(a.handlers, 'activities.exportXlsx', { kinds: ['broadcast', 'online'] });
    expect(env.ok).toBe(true);
    if (!env.ok) return;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((env.value as { base64: string }).base64, 'base64') as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    // Demo data: the "mẫu" note above the header row (issue 16 §1, tests/unit/demo-marks.test.ts).
    expect(String(ws.getRow(1).getCell(1).value)).toContain('BẢN MẪU');
    // The title says which days the rows are (here: no date filter).
    expect(ws.getRow(2).getCell(1).value).toBe('Nhật ký hoạt động (tất cả các ngày)');
    expect(ws.getRow(3).getCell(4).value).toBe('Nội dung');
    const titles = [4, 5].map((n) => String(ws.getRow(n).getCell(4).value));
    expect(ws.actualRowCount).toBe(5);
    expect(titles.sort()).toEqual(
      [
        'Tin: Hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia',
        'Đăng tải Kế hoạch tuyên truyền CCHC năm 2026 trên Cổng thông tin điện tử xã',
      ].sort(),
    );
  });
});

describe('.xlsx import of other forms', () => {
  it('imports panô/băng rôn rows with their count and place, and names a wrong type in Vietnamese', async () => {
    const a = await app(false);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Trực quan');
    ws.addRow(['Ngày', 'Nội dung', 'Loại', 'Số lượng', 'Địa điểm']);
    ws.addRow(['05/05/2026', 'Băng rôn chào mừng ngày CCHC', 'Băng rôn', 4, 'Trụ sở UBND xã']);
    ws.addRow(['06/05/2026', 'Panô dịch vụ công', 'Pano', '2', 'Ngã ba chợ']);
    ws.addRow(['07/05/2026', 'Tranh cổ động', 'Tranh', 1, 'Nhà văn hoá']);
    const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const p = await dispatch(a.handlers, 'activities.importPreview', { base64, kind: 'visual' });
    expect(p.ok && (p.value as { rows: { errors: string[] }[] }).rows.map((r) => r.errors)).toEqual([
      [],
      [],
      [expect.stringContaining('Loại không hợp lệ (chỉ nhận: Panô, Áp phích, Băng rôn, Khẩu hiệu)')],
    ]);
    ws.spliceRows(4, 1);
    const good = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    expect(await dispatch(a.handlers, 'activities.importApply', { base64: good, kind: 'visual' })).toMatchObject({
      ok: true,
      value: { created: 2 },
    });
    const rows = (await all(a, { sort: 'date', direction: 'asc' })).rows;
    expect(rows.map((r) => r.details)).toEqual([
      expect.objectContaining({ kind: 'visual', visualKind: 'bangRon', count: 4, locations: 'Trụ sở UBND xã' }),
      expect.objectContaining({ kind: 'visual', visualKind: 'pano', count: 2, locations: 'Ngã ba chợ' }),
    ]);
  });
});
