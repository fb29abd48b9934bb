import { sql } from 'kysely';
import type { Executor } from './executor';

/** Manual task status (chưa thực hiện / đang thực hiện / hoàn thành) and its date. */
export async function setTaskStatusRow(
  db: Executor,
  taskId: string,
  status: string,
  statusDate: string | null,
  at: string,
): Promise<number> {
  const r = await db
    .updateTable('plan_tasks')
    .set({ status, doc: sql<string>`json_set(doc, '$.statusDate', ${statusDate})`, updated_at: at })
    .where('id', '=', taskId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The plan of a year (the newest one if several), for the dashboard. */
export async function planOfYear(db: Executor, year: number): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('plans')
    .select('id')
    .where('deleted_at', 'is', null)
    .where('year', '=', year)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
