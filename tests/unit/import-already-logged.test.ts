import { describe, expect, it } from 'vitest';
import { xlsxBase64 as xlsx } from '../helpers/xlsx-sheet';
import fc from 'fast-check';
import { testApps } from '../helpers/app';
import { dispatch } from '../../shared/contract/dispatch';
import type { PlayLogPreview } from '../../shared/contract/play-log';

/** The same file chosen twice logs nothing twice: rows already in the journal are shown and skipped. */
const open = testApps();

const HEADER = ['Ngày', 'Nội dung', 'Loại', 'Số người dự', 'Địa điểm'];
/** A meeting row from a small alphabet, so generated files overlap. */
const meeting = fc.record({ day: fc.integer({ min: 1, max: 4 }), n: fc.integer({ min: 1, max: 3 }), people: fc.constantFrom(20, 45) });
type Meeting = { day: number; n: number; people: number };
const rowOf = (m: Meeting) => [`0${m.day}/05/2026`, `Hội nghị tuyên truyền số ${m.n}`, 'Hội nghị', m.people, 'Hội trường'];

/** The oracle: what the journal holds, counted with plain SQL (date, title, attendees of live meetings). */
function journal(a: Awaited<ReturnType<typeof open>>): string[] {
  return (
    a.ctx.sqlite
      .prepare(
        "SELECT date || ' ' || title || ' ' || json_extract(details, '$.attendees') AS k FROM activities WHERE deleted_at IS NULL AND kind = 'meeting' ORDER BY k",
      )
      .pluck()
      .all() as string[]
  ).filter((k) => k.includes('Hội nghị tuyên truyền số'));
}
const keyOf = (m: Meeting) => `2026-05-0${m.day} Hội nghị tuyên truyền số ${m.n} ${m.people}`;

describe('activity .xlsx import', () => {
  it('any sequence of files: each row is added once; a row already in the journal is shown as such and skipped', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(meeting, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }), async (files) => {
        const a = await open();
        const expected: string[] = [];
        for (const file of files) {
          const base64 = await xlsx(HEADER, file.map(rowOf));
          const before = journal(a);
          // Rows of this file already logged before it (rows repeated inside the file are both new).
          const old = file.map((m) => before.includes(keyOf(m)));
          const p = await dispatch(a.handlers, 'activities.importPreview', { base64, kind: 'meeting' });
          expect(p.ok).toBe(true);
          if (!p.ok) return;
          const preview = p.value as { rows: { duplicate: boolean }[]; validCount: number; duplicateCount: number };
          expect(preview.rows.map((r) => r.duplicate)).toEqual(old);
          expect(preview.duplicateCount).toBe(old.filter(Boolean).length);
          const applied = await dispatch(a.handlers, 'activities.importApply', { base64, kind: 'meeting' });
          if (old.every(Boolean)) {
            // Nothing new: refused in Vietnamese, nothing written.
            expect(applied).toMatchObject({ ok: false, error: { message: expect.stringContaining('đã có trong nhật ký') } });
          } else {
            expect(applied).toMatchObject({ ok: true, value: { created: old.filter((o) => !o).length } });
            file.forEach((m, i) => !old[i] && expected.push(keyOf(m)));
          }
          expect(journal(a)).toEqual([...expected].sort());
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('play log import', () => {
  it('the same log twice: the second preview says every bulletin is already logged and applying adds nothing', async () => {
    const a = await open();
    const header = ['Ngày phát', 'Giờ phát', 'Tên bản tin', 'Cụm loa', 'Thời lượng (giây)', 'Trạng thái'];
    const input = {
      fileName: 'nhat-ky.xlsx',
      base64: await xlsx(header, [
        ['15/03/2026', '06:00', 'Bản tin số một', 'Cụm 1', '300', 'Thành công'],
        ['15/03/2026', '06:00', 'Bản tin số một', 'Cụm 2', '300', 'Thành công'],
        ['16/03/2026', '17:00', 'Bản tin số hai', 'Cụm 1', '240', 'Thành công'],
      ]),
    };
    expect(await dispatch(a.handlers, 'activities.playLogApply', input)).toMatchObject({ ok: true, value: { created: 2, plays: 3 } });
    const count = () =>
      a.ctx.sqlite.prepare("SELECT count(*) FROM activities WHERE deleted_at IS NULL AND title LIKE 'Bản tin số%'").pluck().get();
    expect(count()).toBe(2);
    const p = (await dispatch(a.handlers, 'activities.playLogPreview', input)) as { ok: true; value: PlayLogPreview };
    expect(p.value).toMatchObject({ bulletinCount: 0, playCount: 0, duplicateCount: 2 });
    expect(p.value.bulletins.map((b) => b.duplicate)).toEqual([true, true]);
    expect(await dispatch(a.handlers, 'activities.playLogApply', input)).toMatchObject({
      ok: false,
      error: { message: 'Cả 2 bản tin của tệp đã có trong nhật ký (đã nhập trước đây): không nhập thêm gì.' },
    });
    expect(count()).toBe(2);
  });
});
