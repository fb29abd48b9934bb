import { sql, type RawBuilder } from 'kysely';
import type { Executor } from './executor';

/**
 * "Ngoài kế hoạch", the ONE definition (docs/activities.md): an activity is outside the plan
 * when its task link is empty or names no live task of a live plan (a task removed, a plan
 * deleted). The journal's filter and the report's figures (so Tiến độ and Tổng quan) use this
 * predicate, so an old database holding a dangling link reads the same on every screen.
 */
export function liveTaskSql(taskIdColumn: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (SELECT 1 FROM plan_tasks lt JOIN plans lp ON lp.id = lt.plan_id
    WHERE lt.id = ${taskIdColumn} AND lt.deleted_at IS NULL AND lp.deleted_at IS NULL)`;
}

export function outsidePlanSql(taskIdColumn: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`(${taskIdColumn} IS NULL OR NOT ${liveTaskSql(taskIdColumn)})`;
}

/** The task link as the figures see it: the id of a live task, else NULL (ngoài kế hoạch). */
export function liveTaskIdSql(taskIdColumn: RawBuilder<unknown>): RawBuilder<string | null> {
  return sql<string | null>`CASE WHEN ${taskIdColumn} IS NOT NULL AND ${liveTaskSql(taskIdColumn)} THEN ${taskIdColumn} END`;
}

/**
 * Removing a task (or a whole plan) clears its activities' links in the same transaction, so no
 * write leaves a dangling link; they become "ngoài kế hoạch" and still count there.
 */
export async function unlinkActivities(db: Executor, taskIds: readonly string[], at: string): Promise<number> {
  let n = 0;
  for (let i = 0; i < taskIds.length; i += 500) {
    const r = await db
      .updateTable('activities')
      .set({ task_id: null, updated_at: at })
      .where(sql<boolean>`task_id IN (SELECT value FROM json_each(${JSON.stringify(taskIds.slice(i, i + 500))}))`)
      .executeTakeFirst();
    n += Number(r.numUpdatedRows);
  }
  return n;
}

/** Live tasks of a plan (what deleting the plan unlinks). */
export async function taskIdsOfPlan(db: Executor, planId: string): Promise<string[]> {
  const rows = await db.selectFrom('plan_tasks').select('id').where('plan_id', '=', planId).execute();
  return rows.map((r) => r.id);
}
