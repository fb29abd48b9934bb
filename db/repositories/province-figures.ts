import { sql } from 'kysely';
import type { Executor } from './executor';
import type { ActivityGroup } from '../../shared/domain/report-indicators';
import type { CommunicationForm } from '../../shared/domain/common';
import { REP_AREAS_SQL, REP_MINUTES_SQL } from '../migrations/0004_reports';
import { subKindSql } from './report-sub';

/**
 * The report's GROUP BY over a commune's imported activities: the same groups the commune's
 * own query gives (the same sub-kind, minutes and area-mask expressions as migration 0004's
 * generated columns, evaluated here at query time), so buildFigures can run at the province.
 */
export async function provGroups(db: Executor, commune: string, from: string, to: string): Promise<ActivityGroup[]> {
  const { rows } = await sql<ActivityGroup>`
    SELECT kind, ${sql.raw(subKindSql(null))} AS sub, ${sql.raw(REP_AREAS_SQL)} AS areaMask, task_id AS taskId,
           count(*) AS n, total(quantity) AS q, total(${sql.raw(REP_MINUTES_SQL)}) AS m
    FROM prov_activities
    WHERE commune_code = ${commune} AND deleted_at IS NULL AND date BETWEEN ${from} AND ${to}
    GROUP BY 1, 2, 3, 4`.execute(db);
  return rows;
}

/** Evidence of the window's imported activities, in the commune's order. */
export async function provEvidence(db: Executor, commune: string, from: string, to: string) {
  const { rows } = await sql<{ sha256: string; name: string; activityTitle: string; date: string; form: CommunicationForm }>`
    SELECT e.sha256, e.name, a.title AS activityTitle, a.date, a.kind AS form
    FROM prov_evidence e JOIN prov_activities a ON a.commune_code = e.commune_code AND a.id = e.activity_id
    WHERE e.commune_code = ${commune} AND a.deleted_at IS NULL AND a.date BETWEEN ${from} AND ${to}
    ORDER BY a.date, e.activity_id, e.name`.execute(db);
  return rows;
}

export async function provPlanRows(db: Executor, commune: string, year: number) {
  const plans = await db
    .selectFrom('prov_plans')
    .select(['id', 'data'])
    .where('commune_code', '=', commune)
    .where('year', '=', year)
    .where('deleted_at', 'is', null)
    .execute();
  const ids = plans.map((p) => p.id);
  if (!ids.length) return { plans, sections: [], tasks: [] };
  const [sections, tasks] = await Promise.all([
    db
      .selectFrom('prov_sections')
      .select(['plan_id', 'data'])
      .where('commune_code', '=', commune)
      .where('plan_id', 'in', ids)
      .where('deleted_at', 'is', null)
      .execute(),
    db
      .selectFrom('prov_tasks')
      .select(['plan_id', 'data'])
      .where('commune_code', '=', commune)
      .where('plan_id', 'in', ids)
      .where('deleted_at', 'is', null)
      .execute(),
  ]);
  return { plans, sections, tasks };
}

/** The window's imported online posts that carry an address, as the commune's postLinksOfWindow lists them. */
export async function provPostLinks(db: Executor, commune: string, from: string, to: string, limit: number) {
  const { rows } = await sql<{ title: string; date: string; url: string }>`
    SELECT title, date, trim(json_extract(details, '$.url')) AS url
    FROM prov_activities
    WHERE commune_code = ${commune} AND deleted_at IS NULL AND date BETWEEN ${from} AND ${to} AND kind = 'online'
      AND trim(coalesce(json_extract(details, '$.url'), '')) <> ''
    ORDER BY date, title, url, id`.execute(db);
  return { items: rows.slice(0, limit).map((r) => ({ title: r.title, date: r.date, url: r.url })), total: rows.length };
}
