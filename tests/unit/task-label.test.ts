import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { createPlanWithAnnex } from '../../db/services/plans';
import { computeFigures } from '../../db/services/figures';
import { planProgress } from '../../db/services/progress';
import { taskOptions } from '../../db/services/activity-save';
import { reportTables } from '../../shared/domain/report-doc';
import { taskStatusLabel } from '../../shared/domain/task-label';
import { DEFAULT_REPORT_RULES, periodWindow } from '../../shared/domain/period';
import { LAYOUT_COMMUNE_7, PlanFields } from '../../shared/domain/plan';

const open = testApps();
const annex = { columns: LAYOUT_COMMUNE_7 };

describe('one label per task on every screen (issue 12)', () => {
  it('a bổ sung task is "BS.1" and an unstarted task has the same words in Tiến độ, the report table and the task picker', async () => {
    const a = await open();
    const base = await createPlanWithAnnex(a.ctx, {
      fields: PlanFields.parse({ year: 2026, title: 'Kế hoạch năm 2026', issuer: 'UBND xã', issuedOn: '2026-01-05', annex }),
      tasks: [{ content: 'Loa truyền thanh' }],
      sections: [{ title: 'Trực quan', tasks: [{ content: 'Pano' }, { content: 'Băng rôn', status: 'done' }] }],
    });
    await createPlanWithAnnex(a.ctx, {
      fields: PlanFields.parse({
        year: 2026,
        title: 'Kế hoạch bổ sung',
        issuer: 'UBND xã',
        issuedOn: '2026-05-20',
        amendsPlanId: base.plan.id,
        amendKind: 'supplement',
        annex,
      }),
      tasks: [{ content: 'Tọa đàm chuyển đổi số' }],
      sections: [],
    });
    const figures = await computeFigures(a.ctx.db, periodWindow('year', 2026, DEFAULT_REPORT_RULES), 2026, DEFAULT_REPORT_RULES);
    const progress = await planProgress(a.ctx, { planId: base.plan.id });
    const options = await taskOptions(a.ctx);
    const expected = [
      ['1', 'Loa truyền thanh'],
      ['I.1', 'Pano'],
      ['I.2', 'Băng rôn'],
      ['BS.1', 'Tọa đàm chuyển đổi số'],
    ];
    expect(progress.tasks.map((t) => [t.order, t.content])).toEqual(expected);
    expect(figures.tasks.map((t) => [t.order, t.content])).toEqual(expected);
    const byId = new Map(options.map((o) => [o.taskId, o.order]));
    expect(progress.tasks.map((t) => byId.get(t.taskId))).toEqual(expected.map((e) => e[0]));
    const table = reportTables(figures).find((t) => t.key === 'tasks')!;
    const rows = table.rows.filter((r) => r.kind === 'row').slice(0, 4);
    expect(rows.map((r) => (r.kind === 'row' ? [r.cells[0], r.cells[2]] : null))).toEqual(
      progress.tasks.map((t) => [t.order, taskStatusLabel(t.status)]),
    );
    expect(taskStatusLabel('notStarted')).toBe('Chưa triển khai');
  });
});
