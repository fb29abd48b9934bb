import type { ServiceContext } from './context';
import type { Executor } from '../repositories/executor';
import { findActivity, insertActivityRows, queryActivities } from '../repositories/activities';
import { findTask } from '../repositories/plans';
import type { ActivityRow } from '../schema';
import { Activity, ActivityFields, activityQuantity, activitySearchText, type ActivityListQuery } from '../../shared/domain/activity';
import type { ActivityPage } from '../../shared/contract/activities';
import { AppError } from '../../shared/errors';
import { common } from '../../shared/strings/common';
import { newId, nowIso } from '../../shared/ids';
import { foldVietnamese } from '../../shared/text';

export const rowToActivity = (r: ActivityRow): Activity =>
  Activity.parse({
    id: r.id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
    date: r.date,
    title: r.title,
    taskId: r.task_id,
    areas: JSON.parse(r.areas) as unknown,
    unitName: r.unit_name,
    note: r.note,
    details: JSON.parse(r.details) as unknown,
    enteredBy: r.entered_by,
    evidenceCount: r.evidence_count,
  });

export function activityToRow(a: ActivityFields, enteredBy: string, at: string, id: string = newId()): ActivityRow {
  return {
    id,
    kind: a.details.kind,
    date: a.date,
    task_id: a.taskId,
    title: a.title,
    unit_name: a.unitName,
    areas: JSON.stringify(a.areas),
    details: JSON.stringify(a.details),
    note: a.note,
    quantity: activityQuantity(a.details),
    entered_by: enteredBy,
    search_text: foldVietnamese(activitySearchText(a)),
    evidence_count: 0,
    created_at: at,
    updated_at: at,
    deleted_at: null,
  };
}

async function assertTasksExist(db: Executor, taskIds: Iterable<string | null>): Promise<void> {
  for (const id of new Set(taskIds)) {
    if (id && !(await findTask(db, id))) {
      throw new AppError('NOT_FOUND', 'Nhiệm vụ kế hoạch được chọn không còn tồn tại. Vui lòng chọn lại nhiệm vụ hoặc "Ngoài kế hoạch".', { taskId: id });
    }
  }
}

/** Many activities in one transaction: series, imports, demo data, bench. */
export async function createActivities(ctx: ServiceContext, inputs: readonly ActivityFields[], enteredBy: string): Promise<ActivityRow[]> {
  const at = nowIso();
  const rows = inputs.map((i) => activityToRow(ActivityFields.parse(i), enteredBy, at));
  await ctx.db.transaction().execute(async (trx) => {
    await assertTasksExist(trx, rows.map((r) => r.task_id));
    await insertActivityRows(trx, rows);
  });
  return rows;
}

export async function createActivity(ctx: ServiceContext, input: ActivityFields, enteredBy: string): Promise<Activity> {
  const [row] = await createActivities(ctx, [input], enteredBy);
  return rowToActivity(row!);
}

export async function getActivity(ctx: ServiceContext, id: string): Promise<Activity> {
  const row = await findActivity(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', common.errors.notFound);
  return rowToActivity(row);
}

export async function listActivities(ctx: ServiceContext, q: ActivityListQuery): Promise<ActivityPage> {
  const { rows, total } = await queryActivities(ctx.db, q);
  return { rows: rows.map(rowToActivity), total };
}
