import { sql } from 'kysely';
import type { Executor } from './executor';

/**
 * Activities of a window added, edited or deleted after `at` (a report's submission) and no
 * later than `until`, as they stood at `until`: what a frozen report could not count. Deleted
 * rows are included (they were counted, now are not). A row created after `until` did not
 * exist yet.
 */
export async function changedAfter(db: Executor, from: string, to: string, at: string, until: string, limit: number) {
  return db
    .selectFrom('activities')
    .select(['id', 'title', 'date', 'kind', 'created_at', 'updated_at', 'deleted_at'])
    .where('date', '>=', from)
    .where('date', '<=', to)
    .where('created_at', '<=', until)
    .where((eb) =>
      eb.or([
        eb('created_at', '>', at),
        eb.and([eb('updated_at', '>', at), eb('updated_at', '<=', until)]),
        eb.and([eb('deleted_at', '>', at), eb('deleted_at', '<=', until)]),
      ]),
    )
    .orderBy('date')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The newest submitted version of a period (its snapshot and when). */
export async function latestSubmitted(db: Executor, periodKey: string) {
  return db
    .selectFrom('reports')
    .select(['version', 'snapshot', 'submitted_at'])
    .where('period_key', '=', periodKey)
    .where('deleted_at', 'is', null)
    .where('submitted_at', 'is not', null)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Live activities per window of `windows` (consecutive, non-overlapping), in ONE pass over the
 * covering index of the report query: a cumulative report costs one extra scan, not one per quarter.
 */
export async function countPerWindow(db: Executor, windows: readonly { from: string; to: string }[]): Promise<number[]> {
  if (!windows.length) return [];
  const bucket = sql.join(
    windows.map((w, i) => sql`WHEN date BETWEEN ${w.from} AND ${w.to} THEN ${i}`),
    sql` `,
  );
  const { rows } = await sql<{ part: number | null; n: number }>`
    SELECT CASE ${bucket} ELSE NULL END AS part, count(*) AS n
    FROM activities INDEXED BY activities_report
    WHERE deleted_at IS NULL AND date BETWEEN ${windows[0]!.from} AND ${windows[windows.length - 1]!.to}
    GROUP BY part`.execute(db);
  return windows.map((_, i) => Number(rows.find((r) => r.part === i)?.n ?? 0));
}
