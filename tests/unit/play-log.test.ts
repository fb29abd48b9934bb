import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { testApps } from '../helpers/app';
import { dispatch } from '../../shared/contract/dispatch';
import { groupPlays, type PlayRow } from '../../shared/domain/play-log';
import type { PlayLogPreview } from '../../shared/contract/play-log';
import type { AppHost } from '../../db/host';

const app = testApps();
async function call<T>(a: AppHost, channel: string, input: unknown): Promise<T> {
  const env = await dispatch(a.handlers, channel, input);
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.value as T;
}
const HEADER = ['Ngày phát', 'Giờ phát', 'Tên bản tin', 'Cụm loa', 'Thời lượng (giây)', 'Trạng thái'];
const LOG = [
  ['15/03/2026', '06:00', 'Bản tin cải cách hành chính số 3', 'Cụm loa thôn 1', '300', 'Thành công'],
  ['15/03/2026', '06:00', 'Bản tin cải cách hành chính số 3', 'Cụm loa thôn 2', '300', 'Thành công'],
  ['15/03/2026', '17:00', 'Bản tin cải cách hành chính số 3', 'Cụm loa thôn 3', '0', 'Lỗi'],
];
const csv = (rows: string[][]) => Buffer.from([HEADER, ...rows].map((r) => r.join(';')).join('\r\n'), 'utf8').toString('base64');
async function xlsx(rows: string[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhật ký');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
const broadcasts = (a: AppHost) =>
  a.ctx.sqlite
    .prepare(
      "SELECT title, details, quantity FROM activities WHERE kind = 'broadcast' AND deleted_at IS NULL AND title LIKE 'Bản tin cải cách%'",
    )
    .all() as { title: string; details: string; quantity: number }[];

describe('loudspeaker play log', () => {
  for (const [format, make] of [
    ['.csv', async () => csv(LOG)],
    ['.xlsx', () => xlsx(LOG)],
  ] as const)
    it(`${format}: one bulletin on 2 clusters and one failed row → 1 tin, 2 lượt phát, 1 skipped`, async () => {
      const a = await app();
      const input = { fileName: `nhat-ky${format}`, base64: await make() };
      const p = await call<PlayLogPreview>(a, 'activities.playLogPreview', input);
      expect(p).toMatchObject({ bulletinCount: 1, playCount: 2, skippedCount: 1 });
      expect(p.skipped[0]).toMatchObject({ row: 4, reason: 'phát lỗi (Lỗi)' });
      expect(broadcasts(a)).toHaveLength(0); // the preview writes nothing
      expect(await call(a, 'activities.playLogApply', input)).toEqual({ created: 1, plays: 2, skipped: 1 });
      const rows = broadcasts(a);
      expect(rows).toHaveLength(1);
      expect(JSON.parse(rows[0]!.details)).toMatchObject({
        repeats: 2,
        station: 'Cụm loa thôn 1; Cụm loa thôn 2',
        newsKind: 'tin',
        durationMinutes: 5,
        slots: ['06:00'],
      });
      expect(rows[0]!.quantity).toBe(2); // the figure reports sum for a broadcast: its lượt phát
    });

  it('a file that is not a play log is refused in Vietnamese and nothing is written', async () => {
    const a = await app();
    const env = await dispatch(a.handlers, 'activities.playLogApply', {
      fileName: 'x.csv',
      base64: Buffer.from('a;b\n1;2\n').toString('base64'),
    });
    expect(env.ok).toBe(false);
    if (!env.ok) expect(env.error.message).toMatch(/Không thấy cột "Ngày"/);
    const only = await dispatch(a.handlers, 'activities.playLogApply', { fileName: 'x.csv', base64: csv([LOG[2]!]) });
    expect(only.ok).toBe(false);
    if (!only.ok) expect(only.error.message).toMatch(/không có gì để nhập/);
    expect(broadcasts(a)).toHaveLength(0);
  });

  it('every row is either a lượt phát of exactly one bulletin or a skipped row (recounted independently)', () => {
    const row = fc.record({
      date: fc.constantFrom('2026-03-01', '2026-03-02', null),
      time: fc.constantFrom('06:00', '17:00', ''),
      title: fc.constantFrom('Bản tin A', 'bản tin  a', 'Bản tin B', ''),
      cluster: fc.constantFrom('Cụm 1', 'Cụm 2', ''),
      durationMinutes: fc.constantFrom(0, 5, null),
      status: fc.constantFrom('', 'Thành công', 'Lỗi', 'Không phát'),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (raw) => {
        const rows: PlayRow[] = raw.map((r, i) => ({ ...r, row: i + 2 }));
        const { bulletins, skipped } = groupPlays(rows);
        const ok = rows.filter((r) => r.title.trim() && r.date && !['Lỗi', 'Không phát'].includes(r.status) && r.durationMinutes !== 0);
        expect(bulletins.reduce((s, b) => s + b.plays, 0)).toBe(ok.length);
        expect(skipped.length).toBe(rows.length - ok.length);
        const keys = new Set(ok.map((r) => `${r.date}|${r.title.toLowerCase().replace(/\s+/g, ' ')}`));
        expect(bulletins.length).toBe(keys.size);
      }),
    );
  });
});
