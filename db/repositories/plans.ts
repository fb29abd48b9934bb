import { sql } from 'kysely';
import type { Executor } from './executor';
import type { PlanRow, PlanSectionRow, PlanTaskRow } from '../schema';

export async function insertPlan(db: Executor, row: PlanRow): Promise<void> {
  await db.insertInto('plans').values(row).execute();
}

export async function updatePlanRow(
  db: Executor,
  id: string,
  patch: Pick<PlanRow, 'year' | 'title' | 'doc' | 'updated_at'>,
): Promise<number> {
  const r = await db.updateTable('plans').set(patch).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function findPlan(db: Executor, id: string): Promise<PlanRow | undefined> {
  return db.selectFrom('plans').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

export async function listPlanRows(db: Executor, year: number | null) {
  let q = db
    .selectFrom('plans as p')
    .select((eb) => [
      'p.id',
      'p.year',
      'p.title',
      'p.doc',
      'p.updated_at',
      'p.created_at',
      eb
        .selectFrom('plan_tasks as t')
        .select(sql<number>`count(*)`.as('n'))
        .whereRef('t.plan_id', '=', 'p.id')
        .where('t.deleted_at', 'is', null)
        .as('task_count'),
    ])
    .where('p.deleted_at', 'is', null);
  if (year !== null) q = q.where('p.year', '=', year);
  return q.orderBy('p.year', 'desc').orderBy('p.created_at', 'desc').execute();
}

export async function listSections(db: Executor, planId: string): Promise<PlanSectionRow[]> {
  return db
    .selectFrom('plan_sections')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .execute();
}

export async function insertSections(db: Executor, rows: PlanSectionRow[]): Promise<void> {
  if (rows.length) await db.insertInto('plan_sections').values(rows).execute();
}

export async function listTasks(db: Executor, planId: string): Promise<PlanTaskRow[]> {
  return db
    .selectFrom('plan_tasks')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .execute();
}

export async function insertTasks(db: Executor, rows: PlanTaskRow[]): Promise<void> {
  if (rows.length) await db.insertInto('plan_tasks').values(rows).execute();
}

export async function findTask(db: Executor, id: string): Promise<PlanTaskRow | undefined> {
  return db.selectFrom('plan_tasks').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

/** Every task row of a plan, deleted ones included (the editor may bring one back by undo). */
export async function listTaskRowsAnyState(db: Executor, planId: string): Promise<PlanTaskRow[]> {
  return db.selectFrom('plan_tasks').selectAll().where('plan_id', '=', planId).execute();
}

export async function listSectionRowsAnyState(db: Executor, planId: string): Promise<PlanSectionRow[]> {
  return db.selectFrom('plan_sections').selectAll().where('plan_id', '=', planId).execute();
}

/** Which of these ids already exist in another plan (ids are made by the editor). */
export async function foreignIds(db: Executor, table: 'plan_tasks' | 'plan_sections', planId: string, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const out: string[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom(table)
      .select('id')
      .where('id', 'in', ids.slice(i, i + 500))
      .where('plan_id', '!=', planId)
      .execute();
    out.push(...rows.map((r) => r.id));
  }
  return out;
}

export async function updateTaskRow(
  db: Executor,
  row: Pick<PlanTaskRow, 'id' | 'section_id' | 'position' | 'doc' | 'target_count' | 'updated_at'>,
): Promise<void> {
  await db
    .updateTable('plan_tasks')
    .set({
      section_id: row.section_id,
      position: row.position,
      doc: row.doc,
      target_count: row.target_count,
      updated_at: row.updated_at,
      deleted_at: null,
    })
    .where('id', '=', row.id)
    .execute();
}

export async function updateSectionRow(db: Executor, row: Pick<PlanSectionRow, 'id' | 'position' | 'title' | 'updated_at'>): Promise<void> {
  await db
    .updateTable('plan_sections')
    .set({ position: row.position, title: row.title, updated_at: row.updated_at, deleted_at: null })
    .where('id', '=', row.id)
    .execute();
}

export async function softDeleteTasks(db: Executor, ids: string[], at: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 500)
    await db
      .updateTable('plan_tasks')
      .set({ deleted_at: at, updated_at: at })
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
}

export async function softDeleteSections(db: Executor, ids: string[], at: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 500)
    await db
      .updateTable('plan_sections')
      .set({ deleted_at: at, updated_at: at })
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
}

export async function softDeletePlan(db: Executor, id: string, at: string): Promise<number> {
  const r = await db
    .updateTable('plans')
    .set({ deleted_at: at, updated_at: at })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
