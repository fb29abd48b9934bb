import { sql } from 'kysely';
import type { Executor } from './executor';
import type { ActivityRow, ActivityWriteRow } from '../schema';
import { compareVi } from '../../shared/text';

/** Rows per INSERT: well under SQLite's bound-variable limit, large enough to amortise. */
const CHUNK = 400;

export async function insertActivityRows(db: Executor, rows: ActivityWriteRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('activities')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

export async function findActivity(db: Executor, id: string, withDeleted = false): Promise<ActivityRow | undefined> {
  let q = db.selectFrom('activities').selectAll().where('id', '=', id);
  if (!withDeleted) q = q.where('deleted_at', 'is', null);
  return q.executeTakeFirst();
}

export async function updateActivityRow(
  db: Executor,
  id: string,
  row: Omit<ActivityWriteRow, 'id' | 'created_at' | 'deleted_at' | 'evidence_count' | 'entered_by'>,
): Promise<number> {
  const r = await db.updateTable('activities').set(row).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function setActivityDeleted(db: Executor, id: string, deletedAt: string | null, at: string): Promise<number> {
  const r = await db
    .updateTable('activities')
    .set({ deleted_at: deletedAt, updated_at: at })
    .where('id', '=', id)
    .where('deleted_at', deletedAt === null ? 'is not' : 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The newest live activity of a form: its values are the next form's defaults. */
export async function lastActivityOfKind(db: Executor, kind: string): Promise<ActivityRow | undefined> {
  return db
    .selectFrom('activities')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where('kind', '=', kind)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Live linked activities per task. */
export async function countByTask(db: Executor, taskIds: string[]): Promise<Map<string, number>> {
  if (!taskIds.length) return new Map();
  const rows = await db
    .selectFrom('activities')
    .select(['task_id', sql<number>`count(*)`.as('n')])
    .where('deleted_at', 'is', null)
    // One bound JSON array, however many tasks: never over SQLite's variable limit.
    .where(sql<boolean>`task_id IN (SELECT value FROM json_each(${JSON.stringify(taskIds)}))`)
    .groupBy('task_id')
    .execute();
  return new Map(rows.map((r) => [r.task_id!, Number(r.n)]));
}

/** Activities per (month, kind) between two dates: the dashboard's counts and chart. */
export async function countByMonthAndKind(db: Executor, from: string, to: string): Promise<{ month: string; kind: string; n: number }[]> {
  const rows = await db
    .selectFrom('activities')
    .select([sql<string>`substr(date, 1, 7)`.as('month'), 'kind', sql<number>`count(*)`.as('n')])
    .where('deleted_at', 'is', null)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .groupBy([sql`substr(date, 1, 7)`, 'kind'])
    .execute();
  return rows.map((r) => ({ month: r.month, kind: r.kind, n: Number(r.n) }));
}

export async function distinctUnitNames(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('activities')
    .select('unit_name')
    .distinct()
    .where('deleted_at', 'is', null)
    .where('unit_name', '!=', '')
    .execute();
  return rows.map((r) => r.unit_name).sort(compareVi);
}

export async function setEvidenceCount(db: Executor, activityId: string): Promise<void> {
  await sql`UPDATE activities SET evidence_count = (SELECT count(*) FROM activity_evidence WHERE activity_id = ${activityId}) WHERE id = ${activityId}`.execute(
    db,
  );
}
