import type { ServiceContext } from './context';
import type { Executor } from '../repositories/executor';
import { getSetting, putSetting } from '../repositories/settings';
import { DEFAULT_REPORT_RULES, ReportRules, periodWindow, type PeriodicKind } from '../../shared/domain/period';
import { nowIso } from '../../shared/ids';

// The commune's report rules (windows, deadlines), one setting; a bad stored value falls back to the defaults.
export const RULES_KEY = 'reportRules';

export async function getReportRules(ctx: ServiceContext): Promise<ReportRules> {
  const raw = await getSetting(ctx.db, RULES_KEY);
  if (raw === undefined) return DEFAULT_REPORT_RULES;
  const parsed = ReportRules.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_REPORT_RULES;
}

/**
 * New rules, stored together with the windows of the periodic reports not yet submitted: a
 * period's name means one date range (the Nhật ký filter, the Báo cáo list and the draft all
 * say the same). Submitted versions keep the window they were signed with.
 */
export async function putReportRules(db: Executor, rules: ReportRules): Promise<void> {
  await putSetting(db, RULES_KEY, rules);
  const drafts = await db
    .selectFrom('reports')
    .select(['id', 'kind', 'year', 'from_date', 'to_date'])
    .where('submitted_at', 'is', null)
    .where('deleted_at', 'is', null)
    .where('kind', '!=', 'adhoc')
    .execute();
  for (const d of drafts) {
    const w = periodWindow(d.kind as PeriodicKind, d.year, rules);
    if (w.from === d.from_date && w.to === d.to_date) continue;
    // The draft's text was drafted for the old window: the submit gate's narrative check names what to re-draft.
    await db
      .updateTable('reports')
      .set({ from_date: w.from, to_date: w.to, updated_at: nowIso() })
      .where('id', '=', d.id)
      .where('submitted_at', 'is', null)
      .execute();
  }
}

export async function saveReportRules(ctx: ServiceContext, { rules }: { rules: ReportRules }): Promise<ReportRules> {
  const value = ReportRules.parse(rules);
  await ctx.db.transaction().execute((trx) => putReportRules(trx, value));
  return value;
}
