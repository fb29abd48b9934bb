import { describe, expect, it } from 'vitest';
import { xlsxBase64 as xlsx } from '../helpers/xlsx-sheet';
import fc from 'fast-check';
import { testApps } from '../helpers/app';
import { dispatch } from '../../shared/contract/dispatch';
import { all } from '../helpers/activity-fixtures';
import { readCountCell, readMinutesCell } from '../../shared/domain/import-numbers';
import { formatNumber } from '../../shared/format';
import type { PlayLogPreview } from '../../shared/contract/play-log';

/** Imported cells read numbers by the forms' one reader: "1.200" is 1200 in a file too, and an unreadable cell is named per row. */
const open = testApps();

describe('number cells', () => {
  it('a number cell and its text as the app writes it read the same; a fraction in a count is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        expect(readCountCell(n, { label: 'Số lượng' })).toEqual({ ok: true, value: n });
        expect(readCountCell(formatNumber(n), { label: 'Số lượng' })).toEqual({ ok: true, value: n });
        expect(readCountCell(n + 0.5, { label: 'Số lượng' }).ok).toBe(false);
        expect(readMinutesCell(String(n * 60), 'Thời lượng', true)).toEqual({ ok: true, value: n });
      }),
    );
    expect(readMinutesCell('05:30', 'Thời lượng')).toEqual({ ok: true, value: 6 });
    expect(readMinutesCell('1.200', 'Thời lượng', true)).toEqual({ ok: true, value: 20 });
    expect(readMinutesCell('5,5', 'Thời lượng')).toEqual({ ok: true, value: 6 });
    expect(readMinutesCell('1.5', 'Thời lượng').ok).toBe(false);
  });
});

describe('.xlsx activity import', () => {
  it('reads "1.200" people as 1200 and names "1,5", "1e3", "abc" per row in Vietnamese, importing nothing', async () => {
    const a = await open();
    const before = (await all(a)).total;
    const header = ['Ngày', 'Nội dung', 'Loại', 'Số người dự', 'Địa điểm'];
    const row = (n: number, people: unknown) => [`0${n}/05/2026`, `Hội nghị số ${n}`, 'Hội nghị', people, 'Hội trường'];
    const bad = await xlsx(header, [row(1, '1.200'), row(2, '1,5'), row(3, '1e3'), row(4, 'abc'), row(5, 2.5)]);
    const p = await dispatch(a.handlers, 'activities.importPreview', { base64: bad, kind: 'meeting' });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const rows = (p.value as { rows: { quantity: number | null; errors: string[] }[] }).rows;
    const refused = ['Số người dự phải là số nguyên, ví dụ 1.200'];
    expect(rows.map((r) => r.errors)).toEqual([[], refused, refused, refused, refused]);
    expect(rows[0]!.quantity).toBe(1200);
    expect(await dispatch(a.handlers, 'activities.importApply', { base64: bad, kind: 'meeting' })).toMatchObject({ ok: false });
    expect((await all(a)).total).toBe(before);

    const good = await xlsx(header, [row(1, '1.200'), row(2, '2 000'), row(3, 45)]);
    expect(await dispatch(a.handlers, 'activities.importApply', { base64: good, kind: 'meeting' })).toMatchObject({
      ok: true,
      value: { created: 3 },
    });
    const saved = (await all(a, { search: 'hoi nghi so', sort: 'date', direction: 'asc' })).rows;
    expect(saved.map((r) => r.details.kind === 'meeting' && r.details.attendees)).toEqual([1200, 2000, 45]);
  });
});

describe('play log import', () => {
  it('reads "1.200" giây as 20 phút and lists an unreadable duration instead of guessing', async () => {
    const a = await open();
    const header = ['Ngày phát', 'Giờ phát', 'Tên bản tin', 'Cụm loa', 'Thời lượng (giây)', 'Trạng thái'];
    const base64 = await xlsx(header, [
      ['15/03/2026', '06:00', 'Bản tin số một', 'Cụm 1', '1.200', 'Thành công'],
      ['15/03/2026', '06:00', 'Bản tin số hai', 'Cụm 1', '1.5', 'Thành công'],
    ]);
    const input = { fileName: 'nhat-ky.xlsx', base64 };
    const p = (await dispatch(a.handlers, 'activities.playLogPreview', input)) as { ok: true; value: PlayLogPreview };
    expect(p.value).toMatchObject({ bulletinCount: 1, playCount: 1, skippedCount: 1 });
    expect(p.value.skipped[0]).toMatchObject({
      row: 3,
      reason: expect.stringContaining('thời lượng không đọc được (Thời lượng phải là một số'),
    });
    expect(await dispatch(a.handlers, 'activities.playLogApply', input)).toMatchObject({ ok: true, value: { created: 1 } });
    const row = a.ctx.sqlite.prepare("SELECT details FROM activities WHERE title = 'Bản tin số một'").get() as { details: string };
    expect(JSON.parse(row.details)).toMatchObject({ durationMinutes: 20 });
  });
});
