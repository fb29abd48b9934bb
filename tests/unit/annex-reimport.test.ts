import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { dispatch } from '../../shared/contract/dispatch';
import { listPlans, getPlanDetail } from '../../db/services/plans';
import { outsideCounts } from '../helpers/outside-plan';
import type { PlanProgress } from '../../shared/domain/activity';
import type { ExportedFile } from '../../shared/contract/files';
import type { ImportPreview, PlanDetail } from '../../shared/contract/plans';
import type { AppHost } from '../../db/host';

const app = testApps();
async function call<T>(a: AppHost, channel: string, input: unknown): Promise<T> {
  const env = await dispatch(a.handlers, channel, input);
  if (!env.ok) throw new Error(`${channel}: ${env.error.message}`);
  return env.value as T;
}

describe('re-importing the phụ lục keeps the tasks it still holds', () => {
  it("the reviewer's round trip: the demo plan's .xlsx re-imported unchanged leaves Tiến độ, links and marks as they were", async () => {
    const a = await app({ demo: true });
    const plan = (await listPlans(a.ctx, { year: 2026 })).find((p) => p.year === 2026)!;
    const before = await call<PlanProgress>(a, 'activities.progress', { planId: plan.id });
    const detailBefore = await getPlanDetail(a.ctx, { id: plan.id });
    const links = a.ctx.sqlite.prepare('SELECT id, task_id FROM activities WHERE deleted_at IS NULL ORDER BY id').all();
    const outBefore = await outsideCounts(a, 2026);
    expect(before.completedTasks).toBeGreaterThan(0);

    const file = await call<ExportedFile>(a, 'plans.exportXlsx', { id: plan.id });
    const upload = { planId: plan.id, fileName: file.fileName, base64: file.base64 };
    const preview = await call<ImportPreview>(a, 'plans.importPreview', upload);
    expect(preview.problemCount).toBe(0);
    expect(preview.changes).toMatchObject({ kept: detailBefore.tasks.length, changed: 0, added: 0, removed: 0, unlinkedActivities: 0 });
    expect(preview.changes.linkedTasks).toEqual([]);
    await call<PlanDetail>(a, 'plans.importApply', upload);

    const after = await call<PlanProgress>(a, 'activities.progress', { planId: plan.id });
    expect(after).toEqual(before);
    expect(a.ctx.sqlite.prepare('SELECT id, task_id FROM activities WHERE deleted_at IS NULL ORDER BY id').all()).toEqual(links);
    expect((await getPlanDetail(a.ctx, { id: plan.id })).tasks.map((t) => [t.id, t.status, t.targetCount])).toEqual(
      detailBefore.tasks.map((t) => [t.id, t.status, t.targetCount]),
    );
    const outAfter = await outsideCounts(a, 2026);
    expect(outAfter).toEqual(outBefore);
    expect(outAfter.report).toBe(outAfter.sql);
    expect(outAfter.journal).toBe(outAfter.sql);
  });

  it('a link to a removed task, as older versions left them, reads as "ngoài kế hoạch" on every screen', async () => {
    const a = await app({ demo: true });
    const before = await outsideCounts(a, 2026);
    // What the old re-import did: the task soft-deleted, its activities still pointing at it.
    const task = a.ctx.sqlite
      .prepare(
        `SELECT task_id AS id, count(*) AS n FROM activities WHERE task_id IS NOT NULL AND deleted_at IS NULL
         AND date BETWEEN '2026-01-01' AND '2026-11-30' GROUP BY task_id ORDER BY n DESC LIMIT 1`,
      )
      .get() as { id: string; n: number };
    expect(task.n).toBeGreaterThan(0);
    a.ctx.sqlite.prepare(`UPDATE plan_tasks SET deleted_at = '2026-12-01T00:00:00.000Z' WHERE id = ?`).run(task.id);
    const after = await outsideCounts(a, 2026);
    expect(after.sql).toBeGreaterThanOrEqual(before.sql + 1);
    expect(after.report).toBe(after.sql);
    expect(after.journal).toBe(after.sql);
  });

  it('deleting a plan unlinks its activities in the same step: none is left pointing at it', async () => {
    const a = await app({ demo: true });
    const plan = (await listPlans(a.ctx, { year: 2026 })).find((p) => p.year === 2026)!;
    const linked = a.ctx.sqlite
      .prepare(`SELECT count(*) AS n FROM activities WHERE task_id IN (SELECT id FROM plan_tasks WHERE plan_id = ?)`)
      .get(plan.id) as { n: number };
    expect(linked.n).toBeGreaterThan(0);
    await call(a, 'plans.delete', { id: plan.id });
    const left = a.ctx.sqlite
      .prepare(`SELECT count(*) AS n FROM activities WHERE task_id IN (SELECT id FROM plan_tasks WHERE plan_id = ?)`)
      .get(plan.id) as { n: number };
    expect(left.n).toBe(0);
    const out = await outsideCounts(a, 2026);
    expect(out.report).toBe(out.sql);
    expect(out.journal).toBe(out.sql);
  });
});
