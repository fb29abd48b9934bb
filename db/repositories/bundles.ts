import { sql } from 'kysely';
import type { Executor } from './executor';
import type { ActivityRow, BundlesOutTable, PlanRow, PlanSectionRow, PlanTaskRow, ReportRow } from '../schema';

/** Commune side of issue 7: what a bundle carries, and the outbox. */
const CHUNK = 500;

async function byIds<T>(ids: string[], fetch: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await fetch(ids.slice(i, i + CHUNK))));
  return out;
}

export const plansByIds = (db: Executor, ids: string[]): Promise<PlanRow[]> =>
  byIds(ids, (c) => db.selectFrom('plans').selectAll().where('id', 'in', c).execute());
export const sectionsByIds = (db: Executor, ids: string[]): Promise<PlanSectionRow[]> =>
  byIds(ids, (c) => db.selectFrom('plan_sections').selectAll().where('id', 'in', c).execute());
export const tasksByIds = (db: Executor, ids: string[]): Promise<PlanTaskRow[]> =>
  byIds(ids, (c) => db.selectFrom('plan_tasks').selectAll().where('id', 'in', c).execute());
export const activitiesByIds = (db: Executor, ids: string[]): Promise<ActivityRow[]> =>
  byIds(ids, (c) => db.selectFrom('activities').selectAll().where('id', 'in', c).execute());
export const reportsByIds = (db: Executor, ids: string[]): Promise<ReportRow[]> =>
  byIds(ids, (c) => db.selectFrom('reports').selectAll().where('id', 'in', c).execute());

export async function livePlansOfYear(db: Executor, year: number): Promise<PlanRow[]> {
  return db.selectFrom('plans').selectAll().where('year', '=', year).where('deleted_at', 'is', null).execute();
}

export async function liveSectionsOfPlans(db: Executor, planIds: string[]): Promise<PlanSectionRow[]> {
  return byIds(planIds, (c) =>
    db.selectFrom('plan_sections').selectAll().where('plan_id', 'in', c).where('deleted_at', 'is', null).execute(),
  );
}

export async function liveTasksOfPlans(db: Executor, planIds: string[]): Promise<PlanTaskRow[]> {
  return byIds(planIds, (c) => db.selectFrom('plan_tasks').selectAll().where('plan_id', 'in', c).where('deleted_at', 'is', null).execute());
}

export async function liveActivitiesBetween(db: Executor, from: string, to: string): Promise<ActivityRow[]> {
  return db
    .selectFrom('activities')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .orderBy('id')
    .execute();
}

export async function findReport(db: Executor, id: string): Promise<ReportRow | undefined> {
  return db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function submittedReports(db: Executor): Promise<ReportRow[]> {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('submitted_at', 'is not', null)
    .where('deleted_at', 'is', null)
    .orderBy('submitted_at', 'desc')
    .execute();
}

export async function submittedReportsOfPeriod(db: Executor, periodKey: string): Promise<ReportRow[]> {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('period_key', '=', periodKey)
    .where('submitted_at', 'is not', null)
    .orderBy('version')
    .execute();
}

export async function evidenceOf(db: Executor, activityIds: string[]) {
  return byIds(activityIds, (c) =>
    db
      .selectFrom('activity_evidence as ae')
      .innerJoin('evidence_files as f', 'f.sha256', 'ae.sha256')
      .select(['ae.activity_id', 'ae.sha256', 'ae.name', 'f.size', 'f.mime'])
      .where('ae.activity_id', 'in', c)
      .execute(),
  );
}

/** Row ids changed after a change-log mark, per table. */
export async function changedSince(db: Executor, mark: number): Promise<{ table_name: string; row_id: string }[]> {
  return db.selectFrom('change_log').select(['table_name', 'row_id']).distinct().where('seq', '>', mark).execute();
}

export async function changeLogHead(db: Executor): Promise<number> {
  const r = await db
    .selectFrom('change_log')
    .select(sql<number>`coalesce(max(seq), 0)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function lastOutbox(db: Executor): Promise<BundlesOutTable | undefined> {
  return db.selectFrom('bundles_out').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
}

export async function lastChangesMark(db: Executor): Promise<number> {
  const r = await db
    .selectFrom('bundles_out')
    .select(sql<number>`coalesce(max(change_seq), 0)`.as('n'))
    .where('scope', '=', 'changes')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertOutbox(db: Executor, row: BundlesOutTable): Promise<void> {
  await db.insertInto('bundles_out').values(row).execute();
}

export async function listOutbox(db: Executor): Promise<BundlesOutTable[]> {
  return db.selectFrom('bundles_out').selectAll().orderBy('seq', 'desc').execute();
}
