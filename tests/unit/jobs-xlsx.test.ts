import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { dispatch } from '../../shared/contract/dispatch';
import type { JobStatus } from '../../shared/contract/jobs';
import { followJob } from '../helpers/jobs';

/** The activity .xlsx import as a job: read, check, write — all or nothing, as the plain call. */
const open = testApps({ demo: true });

async function sheet(rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lịch phát');
  ws.addRow(['Thời gian phát', 'Tên bản tin', 'Cụm loa', 'Thời lượng', 'Trạng thái']);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function runJob(a: Awaited<ReturnType<typeof open>>, base64: string): Promise<JobStatus[]> {
  const started = await dispatch(a.handlers, 'jobs.start', { job: 'activities.importApply', input: { base64 } });
  if (!started.ok) throw new Error(started.error.message);
  return followJob(a.handlers, (started.value as { jobId: string }).jobId);
}

const count = (a: Awaited<ReturnType<typeof open>>) =>
  (a.ctx.sqlite.prepare('SELECT count(*) AS n FROM activities WHERE deleted_at IS NULL').get() as { n: number }).n;

describe('jobs.start activities.importApply', () => {
  it('reads, checks and writes 300 rows with a bar that ends at 100%', async () => {
    const a = await open();
    const before = count(a);
    const rows = Array.from({ length: 300 }, (_, i) => [
      `0${(i % 9) + 1}/04/2026 06:00`,
      `Bản tin số ${i + 1}`,
      'Cụm loa thôn 1',
      '5',
      'Đã phát',
    ]);
    const seen = await runJob(a, await sheet(rows));
    expect(seen.at(-1)).toMatchObject({ kind: 'activities.importApply', state: 'done', done: 3, total: 3, result: { created: 300 } });
    expect(seen.map((s) => s.current)).toEqual(expect.arrayContaining(['Kiểm tra 300 dòng', 'Ghi 300 hoạt động (tất cả hoặc không)']));
    expect(count(a)).toBe(before + 300);
  });

  it('a sheet with one bad row fails the job with the plain call’s message and writes nothing', async () => {
    const a = await open();
    const before = count(a);
    const bad = await sheet([
      ['01/04/2026 06:00', 'Bản tin số 1', 'Cụm loa thôn 1', '5', 'Đã phát'],
      ['31/04/2026 06:00', 'Bản tin số 2', 'Cụm loa thôn 2', '5', 'Đã phát'],
    ]);
    const plain = await dispatch(a.handlers, 'activities.importApply', { base64: bad });
    const end = (await runJob(a, bad)).at(-1)!;
    expect(plain.ok).toBe(false);
    expect(end).toMatchObject({ state: 'failed', error: !plain.ok ? plain.error.message : '' });
    expect(end.error).toContain('chưa nhập dòng nào');
    expect(count(a)).toBe(before);
  });
});
