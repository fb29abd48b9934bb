import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { readyToSubmit, setUpQuyetThang } from '../helpers/reports';
import { createActivities, deleteActivity, updateActivity } from '../../db/services/activities';
import { createReport, getReportView, submitReport } from '../../db/services/reports';
import { exportReport } from '../../db/services/report-export';
import { cumulativeLines } from '../../shared/domain/report-cumulative';

const open = testApps();
const bc = (date: string, title: string) => ({
  date,
  title,
  areas: [],
  taskId: null,
  details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5, repeats: 1 },
});
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('cộng dồn explained', () => {
  it('the 6-month report states the quarters’ submitted sum and the recount, and lists each change made after Quý I was submitted', async () => {
    const a = await open();
    await setUpQuyetThang(a.ctx);
    const [, b, c] = await createActivities(
      a.ctx,
      [bc('2026-01-05', 'Tin A'), bc('2026-02-05', 'Tin B'), bc('2026-03-05', 'Tin C'), bc('2026-04-05', 'Tin Q2')] as never,
      'test',
    );
    const q1 = await createReport(a.ctx, { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
    await readyToSubmit(a.ctx, q1.id);
    await submitReport(a.ctx, { id: q1.id });
    await tick();
    // After Quý I was submitted: two late entries dated in Quý I, one edit, one deletion.
    await createActivities(a.ctx, [bc('2026-02-20', 'Tin D (nhập muộn)'), bc('2026-03-10', 'Tin E (nhập muộn)')] as never, 'test');
    await updateActivity(a.ctx, { id: b!.id, fields: bc('2026-02-05', 'Tin B (sửa tiêu đề)') as never });
    await deleteActivity(a.ctx, { id: c!.id });

    const h1 = await createReport(a.ctx, { kind: 'h1', year: 2026, from: null, to: null, deadline: null });
    const view = await getReportView(a.ctx, { id: h1.id });
    expect(view.figures.totals.activities).toBe(5);
    expect(view.cumulative).toMatchObject({
      parts: [
        { label: 'Quý I/2026', version: 1, reported: 3, recomputed: 4 },
        { label: 'Quý II/2026', version: null, reported: null, recomputed: 1 },
      ],
      sumOfReports: 4,
      recomputed: 5,
      changesTotal: 4,
    });
    expect(view.cumulative!.changes.map((x) => [x.change, x.title]).sort()).toEqual([
      ['added', 'Tin D (nhập muộn)'],
      ['added', 'Tin E (nhập muộn)'],
      ['deleted', 'Tin C'],
      ['edited', 'Tin B (sửa tiêu đề)'],
    ]);
    const lines = cumulativeLines(view.cumulative);
    expect(lines[0]).toBe(
      'Tổng số hoạt động theo các báo cáo quý đã nộp là 4 (Quý I/2026: 3 (nay tính lại 4); Quý II/2026: chưa nộp, số hiện tại 1); tính lại từ nhật ký là 5, chênh lệch 1 hoạt động do các thay đổi sau khi nộp báo cáo quý, liệt kê dưới đây.',
    );
    expect(lines).toContainEqual(expect.stringMatching(/^- Quý I\/2026: xóa hoạt động ngày 05\/03\/2026 "Tin C"/));

    // Submitted, the explanation is frozen with the figures and printed in the Word file.
    await readyToSubmit(a.ctx, h1.id);
    await submitReport(a.ctx, { id: h1.id });
    await createActivities(a.ctx, [bc('2026-01-20', 'Tin F (sau khi nộp 6 tháng)')] as never, 'test');
    const frozen = await getReportView(a.ctx, { id: h1.id });
    expect(frozen.cumulative).toEqual(view.cumulative);
    const docx = await exportReport(a.ctx, { id: h1.id, format: 'docx' });
    const { execFileSync } = await import('node:child_process');
    const fs = await import('node:fs');
    const path = await import('node:path');
    const os = await import('node:os');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cum-')), 'r.docx');
    fs.writeFileSync(file, Buffer.from(docx.base64, 'base64'));
    expect(execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8')).toContain(
      'tính lại từ nhật ký là 5, chênh lệch 1 hoạt động',
    );
  });

  it('a quarter report has no cộng dồn check, and equal sums without late changes say nothing', async () => {
    const a = await open();
    await createActivities(a.ctx, [bc('2026-01-05', 'Tin A')] as never, 'test');
    const q1 = await createReport(a.ctx, { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
    expect((await getReportView(a.ctx, { id: q1.id })).cumulative).toBeNull();
    const year = await createReport(a.ctx, { kind: 'year', year: 2026, from: null, to: null, deadline: null });
    expect((await getReportView(a.ctx, { id: year.id })).cumulative).toBeNull(); // no quarter submitted yet
    await readyToSubmit(a.ctx, q1.id);
    await submitReport(a.ctx, { id: q1.id });
    const v = await getReportView(a.ctx, { id: year.id });
    expect(v.cumulative).toMatchObject({ sumOfReports: 1, recomputed: 1, changesTotal: 0 });
    expect(v.cumulative!.parts.map((p) => [p.label, p.reported, p.recomputed])).toEqual([
      ['Quý I/2026', 1, 1],
      ['Quý II/2026', null, 0],
      ['Quý III/2026', null, 0],
      ['Quý IV/2026', null, 0],
    ]);
    expect(cumulativeLines(v.cumulative)).toEqual([]);
  });
  it('never lists a change stamped after the report itself (a clock set wrong): the 9-month report of 07/09 names no edit of 05/12', async () => {
    const a = await open();
    await setUpQuyetThang(a.ctx);
    const at = (iso: string) => Object.create(a.ctx, { clock: { value: () => iso } }) as typeof a.ctx;
    await createActivities(at('2026-03-01T09:00:00.000Z'), [bc('2026-03-01', 'Tin A')] as never, 'test');
    const q1 = await createReport(at('2026-03-06T01:00:00.000Z'), { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
    await readyToSubmit(a.ctx, q1.id, '2026-03-06');
    await submitReport(a.ctx, { id: q1.id }, '2026-03-06T02:30:00.000Z');
    // Logged after Quý I went out, before the 9-month report: listed.
    await createActivities(at('2026-04-02T09:00:00.000Z'), [bc('2026-03-02', 'Tin B (nhập muộn)')] as never, 'test');
    // Stamped 05/12 by a clock set ahead: the report of 07/09 cannot know of it.
    await createActivities(at('2026-12-05T09:00:00.000Z'), [bc('2026-03-03', 'Tin C (đồng hồ sai)')] as never, 'test');
    const m9 = await createReport(at('2026-09-07T02:00:00.000Z'), { kind: 'm9', year: 2026, from: null, to: null, deadline: null });
    await readyToSubmit(a.ctx, m9.id, '2026-09-07');
    await submitReport(a.ctx, { id: m9.id }, '2026-09-07T02:30:00.000Z');
    const v = await getReportView(a.ctx, { id: m9.id });
    expect(v.cumulative!.changes.map((c) => [c.change, c.title, c.at])).toEqual([
      ['added', 'Tin B (nhập muộn)', '2026-04-02T09:00:00.000Z'],
    ]);
    expect(v.cumulative!.changesTotal).toBe(1);
    expect(cumulativeLines(v.cumulative).join('\n')).not.toContain('05/12/2026');
  });
});
