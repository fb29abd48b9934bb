import { sql } from 'kysely';
import type { Executor } from './executor';
import { subKindSql } from './report-sub';
import { liveTaskIdSql } from './task-link';
import type { ReportRow } from '../schema';
import type { ActivityGroup } from '../../shared/domain/report-indicators';
import type { CommunicationForm } from '../../shared/domain/common';

export async function insertReport(db: Executor, row: ReportRow): Promise<void> {
  await db.insertInto('reports').values(row).execute();
}

export async function findReport(db: Executor, id: string): Promise<ReportRow | undefined> {
  return db.selectFrom('reports').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

export async function listReportRows(db: Executor, year: number): Promise<ReportRow[]> {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('year', '=', year)
    .where('deleted_at', 'is', null)
    .orderBy('period_key')
    .orderBy('version')
    .execute();
}

export async function listPeriodVersions(db: Executor, periodKey: string): Promise<ReportRow[]> {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('period_key', '=', periodKey)
    .where('deleted_at', 'is', null)
    .orderBy('version')
    .execute();
}

/** Update a draft only: the WHERE and the database trigger both refuse a submitted row. */
export async function updateDraft(
  db: Executor,
  id: string,
  patch: Partial<Pick<ReportRow, 'narrative' | 'updated_at' | 'status' | 'snapshot' | 'snapshot_hash' | 'submitted_at'>>,
): Promise<number> {
  const r = await db
    .updateTable('reports')
    .set(patch)
    .where('id', '=', id)
    .where('submitted_at', 'is', null)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/**
 * The one GROUP BY behind a report: activities of a date window grouped by form, sub-kind,
 * area mask and task, read entirely from the covering index activities_report (migration
 * 0004), so no JSON is parsed at query time (only for a kind added to the registry after 0004,
 * whose sub-kind the stored column does not know: db/repositories/report-sub.ts). A link to a
 * removed task comes out as NULL (ngoài kế hoạch, db/repositories/task-link.ts), checked once per group.
 */
export async function groupActivities(db: Executor, from: string, to: string): Promise<ActivityGroup[]> {
  // The stored column itself for the kinds migration 0004 knows (the covering index's order).
  const sub = sql.raw(subKindSql('rep_sub'));
  const { rows } = await sql<{
    kind: string;
    sub: string | null;
    areaMask: number;
    taskId: string | null;
    n: number;
    q: number;
    m: number;
  }>`
    SELECT kind, sub, areaMask, ${liveTaskIdSql(sql.ref('g.taskId'))} AS taskId, n, q, m FROM (
      SELECT kind, ${sub} AS sub, rep_areas AS areaMask, task_id AS taskId,
             count(*) AS n, total(quantity) AS q, total(rep_minutes) AS m
      FROM activities INDEXED BY activities_report
      WHERE deleted_at IS NULL AND date BETWEEN ${from} AND ${to}
      GROUP BY kind, ${sub}, rep_areas, task_id) g`.execute(db);
  return rows;
}

/**
 * Evidence documents of the window's activities: the first `limit` for the list and the
 * counts per form. Driven from activity_evidence (CROSS JOIN keeps that order) into the
 * index activities_evidence_window; the title is read from the activity row in the same
 * pass (one row lookup per document — cheaper than a second query by id, see bench reports).
 */
export async function evidenceOfWindow(db: Executor, from: string, to: string, limit: number) {
  const { rows } = await sql<{ sha256: string; name: string; title: string; date: string; form: CommunicationForm }>`
    SELECT e.sha256, e.name, a.title, a.date, a.kind AS form
    FROM activity_evidence e CROSS JOIN activities a INDEXED BY activities_evidence_window ON a.id = e.activity_id
    WHERE a.deleted_at IS NULL AND a.date BETWEEN ${from} AND ${to}
    ORDER BY a.date, e.activity_id, e.name`.execute(db);
  const byForm = new Map<CommunicationForm, number>();
  for (const r of rows) byForm.set(r.form, (byForm.get(r.form) ?? 0) + 1);
  return {
    items: rows.slice(0, limit).map((r) => ({ sha256: r.sha256, name: r.name, activityTitle: r.title, date: r.date, form: r.form })),
    counts: [...byForm].map(([form, n]) => ({ form, n })),
  };
}
