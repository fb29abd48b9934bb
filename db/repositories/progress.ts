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
