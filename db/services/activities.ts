import type { ServiceContext } from './context';
import { nowOf } from './clock';
import type { Executor } from '../repositories/executor';
import {
  distinctUnitNames,
  findActivity,
  insertActivityRows,
  lastActivityOfKind,
  setActivityDeleted,
  updateActivityRow,
} from '../repositories/activities';
import { allFilteredActivities, countActivities as countRows, queryActivities } from '../repositories/activity-list';
import { findTask } from '../repositories/plans';
import type { ActivityWriteRow } from '../schema';
import {
  Activity,
  ActivityFields,
  activityQuantity,
  areaMask,
  activitySearchText,
  seriesDates,
  type ActivityKind,
  type ActivityListQuery,
  type ActivitySeriesInput,
} from '../../shared/domain/activity';
import type { ActivityPage } from '../../shared/contract/activities';
import { AppError } from '../../shared/errors';
import { invalidInputError } from '../../shared/contract/dispatch';
import { activitiesText } from '../../shared/strings/activities';
import { newId, nowIso } from '../../shared/ids';
import { foldVietnamese } from '../../shared/text';
import { viSortKey } from '../../shared/vi-sort';
import { officerName } from './settings';

/** The stored columns an Activity is read back from (the commune's table and the province's copy). */
export type ActivityColumns = Pick<
  ActivityWriteRow,
  | 'id'
  | 'created_at'
  | 'updated_at'
  | 'deleted_at'
  | 'date'
  | 'title'
  | 'task_id'
  | 'areas'
  | 'unit_name'
  | 'note'
  | 'details'
  | 'entered_by'
  | 'evidence_count'
>;

export const rowToActivity = (r: ActivityColumns): Activity =>
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

export function activityToRow(a: ActivityFields, enteredBy: string, at: string, id: string = newId()): ActivityWriteRow {
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
    title_key: viSortKey(a.title),
    unit_key: viSortKey(a.unitName),
    area_mask: areaMask(a.areas),
    created_at: at,
    updated_at: at,
    deleted_at: null,
  };
}

export async function assertTasksExist(db: Executor, taskIds: Iterable<string | null>): Promise<void> {
  for (const id of new Set(taskIds)) {
    if (id && !(await findTask(db, id))) throw new AppError('NOT_FOUND', activitiesText.taskGone, { taskId: id });
  }
}

/** An activity linked to a plan task lies within the plan's year ± 1: a mistyped year is caught. */
export async function assertDatesNearPlan(db: Executor, fields: readonly Pick<ActivityFields, 'date' | 'taskId'>[]): Promise<void> {
  const ids = [...new Set(fields.map((f) => f.taskId).filter((id): id is string => !!id))];
  if (!ids.length) return;
  const rows = await db
    .selectFrom('plan_tasks')
    .innerJoin('plans', 'plans.id', 'plan_tasks.plan_id')
    .select(['plan_tasks.id as id', 'plans.year as year'])
    .where('plan_tasks.id', 'in', ids)
    .execute();
  const years = new Map(rows.map((r) => [r.id, r.year]));
  for (const f of fields) {
    const year = f.taskId ? years.get(f.taskId) : undefined;
    if (year !== undefined && Math.abs(Number(f.date.slice(0, 4)) - year) > 1)
      throw new AppError('INVALID_INPUT', activitiesText.dateOutsidePlanYear(year));
  }
}

/** The shared schema, with its Vietnamese messages, as an AppError for callers that skip IPC. */
function parseFields(input: unknown): ActivityFields {
  const r = ActivityFields.safeParse(input);
  if (!r.success) throw invalidInputError(r.error);
  return r.data;
}

/** Many activities in one transaction: series, imports, demo data, bench. Validates all first. */
export async function createActivities(
  ctx: ServiceContext,
  inputs: readonly ActivityFields[],
  enteredBy: string,
): Promise<ActivityWriteRow[]> {
  const at = nowOf(ctx);
  const rows = inputs.map((i) => activityToRow(parseFields(i), enteredBy, at));
  await ctx.db.transaction().execute((trx) => insertActivitiesIn(trx, rows));
  return rows;
}

/** Checks the linked tasks and dates, then inserts, inside the caller's transaction. */
export async function insertActivitiesIn(trx: Executor, rows: ActivityWriteRow[]): Promise<void> {
  await assertTasksExist(
    trx,
    rows.map((r) => r.task_id),
  );
  await assertDatesNearPlan(
    trx,
    rows.map((r) => ({ date: r.date, taskId: r.task_id })),
  );
  await insertActivityRows(trx, rows);
}

/** Rows of new activities from what the officer typed: one, or one per date of a series. */
export function newActivityRows(
  input: ActivityFields,
  repeat: ActivitySeriesInput['repeat'] | null,
  enteredBy: string,
): ActivityWriteRow[] {
  const fields = parseFields(input);
  const at = nowIso();
  const dates = repeat ? seriesDates(fields.date, repeat) : [fields.date];
  return dates.map((date) => activityToRow(parseFields({ ...fields, date }), enteredBy, at));
}

/** One activity, entered by the officer named in the commune settings. */
export async function createActivity(ctx: ServiceContext, input: ActivityFields): Promise<Activity> {
  const [row] = await createActivities(ctx, [input], await officerName(ctx));
  return rowToActivity(row!);
}

/** "Lặp lại": N activities, one per date of the series, in one transaction. */
export async function createActivitySeries(ctx: ServiceContext, input: ActivitySeriesInput): Promise<Activity[]> {
  const dates = seriesDates(input.fields.date, input.repeat);
  const rows = await createActivities(
    ctx,
    dates.map((date) => ({ ...input.fields, date })),
    await officerName(ctx),
  );
  return rows.map(rowToActivity);
}

export async function getActivity(ctx: ServiceContext, { id }: { id: string }): Promise<Activity> {
  const row = await findActivity(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', activitiesText.activityGone);
  return rowToActivity(row);
}

export async function updateActivity(
  ctx: ServiceContext,
  { id, fields: input }: { id: string; fields: ActivityFields },
): Promise<Activity> {
  const fields = parseFields(input);
  return ctx.db.transaction().execute(async (trx) => rowToActivity(await updateActivityIn(trx, id, fields)));
}

/** Edit one live activity inside the caller's transaction; who entered it never changes. */
export async function updateActivityIn(trx: Executor, id: string, fields: ActivityFields) {
  const existing = await findActivity(trx, id);
  if (!existing) throw new AppError('NOT_FOUND', activitiesText.activityGone);
  await assertTasksExist(trx, [fields.taskId]);
  await assertDatesNearPlan(trx, [fields]);
  const {
    id: _id,
    created_at: _c,
    deleted_at: _d,
    evidence_count: _e,
    entered_by: _b,
    ...row
  } = activityToRow(fields, existing.entered_by, nowIso(), id);
  await updateActivityRow(trx, id, row);
  return (await findActivity(trx, id))!;
}

/** Soft delete: the row and its evidence links stay, so "Hoàn tác" brings everything back. */
export async function deleteActivity(ctx: ServiceContext, { id }: { id: string }): Promise<{ done: true }> {
  const at = nowOf(ctx);
  const n = await setActivityDeleted(ctx.db, id, at, at);
  if (!n) throw new AppError('NOT_FOUND', activitiesText.activityGone);
  return { done: true };
}

export async function restoreActivity(ctx: ServiceContext, { id }: { id: string }): Promise<Activity> {
  const row = await findActivity(ctx.db, id, true);
  if (!row) throw new AppError('NOT_FOUND', activitiesText.activityGone);
  if (row.deleted_at === null) throw new AppError('CONFLICT', activitiesText.notDeleted);
  await setActivityDeleted(ctx.db, id, null, nowOf(ctx));
  return getActivity(ctx, { id });
}

/** One page of the list; its total is counted up to a cap (shared/domain/list-count.ts). */
export async function listActivities(ctx: ServiceContext, q: ActivityListQuery): Promise<ActivityPage> {
  const { rows, total, totalCapped } = await queryActivities(ctx.db, q);
  return { rows: rows.map(rowToActivity), total, totalCapped };
}

/** The exact number of activities a filter selects (the self-test, tests): never capped. */
export async function countActivities(ctx: ServiceContext, q: ActivityListQuery): Promise<{ total: number }> {
  return { total: await countRows(ctx.db, q) };
}

export async function listFilteredActivities(ctx: ServiceContext, q: ActivityListQuery): Promise<Activity[]> {
  return (await allFilteredActivities(ctx.db, q)).map(rowToActivity);
}

/** The last activity of this form, for the next form's defaults (null when there is none). */
export async function lastUsedActivity(ctx: ServiceContext, { kind }: { kind: ActivityKind }): Promise<Activity | null> {
  const row = await lastActivityOfKind(ctx.db, kind);
  return row ? rowToActivity(row) : null;
}

export async function activityUnitNames(ctx: ServiceContext): Promise<string[]> {
  return distinctUnitNames(ctx.db);
}
