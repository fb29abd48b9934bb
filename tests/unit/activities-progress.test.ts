import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { dispatch } from '../../shared/contract/dispatch';
import { planProgress, dashboard } from '../../db/services/progress';
import { broadcast } from '../helpers/activity-fixtures';

/** How logged activities move task progress, plan completion and the dashboard. */
const open = testApps({ demo: true });
const app = (demo = true) => open({ demo });

describe('task progress and the dashboard', () => {
  it('linked activities and a manual status move the task and the plan completion', async () => {
    const a = await app();
    const planId = (await a.ctx.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
    const p0 = await planProgress(a.ctx, { planId });
    const task = p0.tasks[0]!;
    await a.ctx.db
      .updateTable('plan_tasks')
      .set({ target_count: task.done + 2 })
      .where('id', '=', task.taskId)
      .execute();
    const p1 = await planProgress(a.ctx, { planId });
    expect(p1.tasks[0]).toMatchObject({ done: task.done, target: task.done + 2, complete: false });
    await dispatch(a.handlers, 'activities.createSeries', {
      fields: broadcast({ taskId: task.taskId }),
      repeat: { every: 'week', times: 2 },
    });
    const p2 = await planProgress(a.ctx, { planId });
    expect(p2.tasks[0]).toMatchObject({ done: task.done + 2, complete: true });
    expect(p2.completedTasks).toBe(p1.completedTasks + 1);
    const other = p2.tasks[1]!;
    expect(
      await dispatch(a.handlers, 'activities.setTaskStatus', { taskId: other.taskId, status: 'done', statusDate: '2026-04-03' }),
    ).toMatchObject({ ok: true });
    const p3 = await planProgress(a.ctx, { planId });
    expect(p3.tasks[1]).toMatchObject({ status: 'done', statusDate: '2026-04-03', complete: true });
    expect(p3.percent).toBe(Math.round(((p2.completedTasks + 1) / p3.totalTasks) * 1000) / 10);
  });

  it('counts this calendar quarter per form, the months, and tasks overdue', async () => {
    const a = await app();
    const d1 = await dashboard(a.ctx, { today: '2026-04-15' });
    await dispatch(a.handlers, 'activities.createSeries', {
      fields: broadcast({ date: '2026-04-01' }),
      repeat: { every: 'day', times: 7 },
    });
    const d2 = await dashboard(a.ctx, { today: '2026-04-15' });
    expect(d2.quarter).toBe(2);
    expect(d2.quarterCounts.broadcast).toBe(d1.quarterCounts.broadcast! + 7);
    expect(d2.monthly[3]!.broadcast).toBe(7);
    expect(d2.yearTotal).toBe(d1.yearTotal + 7);
    // Seed 001 has two "Quý I/2026" tasks: in April they are overdue unless complete.
    expect(d2.overdue.map((t) => t.timeText)).toEqual(expect.arrayContaining(['Quý I/2026']));
  });
});
