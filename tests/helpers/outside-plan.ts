import type { AppHost } from '../../db/host';
import { countActivities } from '../../db/services/activities';
import { computeFigures } from '../../db/services/figures';
import { getReportRules } from '../../db/services/report-rules';
import { ActivityListQuery } from '../../shared/domain/activity';
import { periodWindow } from '../../shared/domain/period';

/** "Ngoài kế hoạch" three ways: the report's figure, the journal's filter, a plain SQL recount. */
export async function outsideCounts(a: AppHost, year: number) {
  const rules = await getReportRules(a.ctx);
  const w = periodWindow('year', year, rules);
  const figures = await computeFigures(a.ctx.db, w, year, rules);
  const journal = await countActivities(a.ctx, ActivityListQuery.parse({ outsidePlan: true, from: w.from, to: w.to }));
  const sqlCount = a.ctx.sqlite
    .prepare(
      `SELECT count(*) AS n FROM activities a WHERE a.deleted_at IS NULL AND a.date BETWEEN ? AND ? AND (a.task_id IS NULL OR a.task_id NOT IN
         (SELECT t.id FROM plan_tasks t, plans p WHERE p.id = t.plan_id AND t.deleted_at IS NULL AND p.deleted_at IS NULL))`,
    )
    .get(w.from, w.to) as { n: number };
  return { report: figures.outsidePlan.activities, journal: journal.total, sql: sqlCount.n };
}
