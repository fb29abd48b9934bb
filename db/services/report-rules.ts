import type { ServiceContext } from './context';
import { getSetting, putSetting } from '../repositories/settings';
import { DEFAULT_REPORT_RULES, ReportRules } from '../../shared/domain/period';

// The commune's report rules (windows, deadlines), one setting; a bad stored value falls back to the defaults.
export const RULES_KEY = 'reportRules';

export async function getReportRules(ctx: ServiceContext): Promise<ReportRules> {
  const raw = await getSetting(ctx.db, RULES_KEY);
  if (raw === undefined) return DEFAULT_REPORT_RULES;
  const parsed = ReportRules.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_REPORT_RULES;
}

export async function saveReportRules(ctx: ServiceContext, { rules }: { rules: ReportRules }): Promise<ReportRules> {
  const value = ReportRules.parse(rules);
  await putSetting(ctx.db, RULES_KEY, value);
  return value;
}
