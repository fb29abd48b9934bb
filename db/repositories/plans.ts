import { sql } from 'kysely';
import type { Executor } from './executor';
import type { PlanRow, PlanSectionRow, PlanTaskRow } from '../schema';

export async function insertPlan(db: Executor, row: PlanRow): Promise<void> {
  await db.insertInto('plans').values(row).execute();
}

export async function updatePlanRow(db: Executor, id: string, patch: Pick<PlanRow, 'year' | 'title' | 'doc' | 'updated_at'>): Promise<number> {
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
  return db.selectFrom('plan_sections').selectAll().where('plan_id', '=', planId).where('deleted_at', 'is', null).orderBy('position').execute();
}

export async function insertSections(db: Executor, rows: PlanSectionRow[]): Promise<void> {
  if (rows.length) await db.insertInto('plan_sections').values(rows).execute();
}

export async function listTasks(db: Executor, planId: string): Promise<PlanTaskRow[]> {
  return db.selectFrom('plan_tasks').selectAll().where('plan_id', '=', planId).where('deleted_at', 'is', null).orderBy('position').execute();
}

export async function insertTasks(db: Executor, rows: PlanTaskRow[]): Promise<void> {
  if (rows.length) await db.insertInto('plan_tasks').values(rows).execute();
}

export async function findTask(db: Executor, id: string): Promise<PlanTaskRow | undefined> {
  return db.selectFrom('plan_tasks').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}
