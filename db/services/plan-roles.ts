import type { Executor } from '../repositories/executor';
import { planChain } from './figures';
import { planInForce } from '../../shared/domain/plan-chain';
import type { PlanSummary } from '../../shared/contract/plans';
import { reportsText } from '../../shared/strings/reports';

/**
 * Each plan's place in its year, from the one planInForce (docs/REPORTS.md "Kế hoạch đang áp
 * dụng"), whatever the date: the base plan, an amendment linked to it (counted or not yet), or
 * a plan not linked to the year's plan. The plan list and the create dialog show it.
 */
export async function planRoles(db: Executor, years: readonly number[]): Promise<Map<string, PlanSummary['role']>> {
  const roles = new Map<string, PlanSummary['role']>();
  for (const year of years) {
    const p = planInForce(await planChain(db, year), '9999-12-31', reportsText.amendmentOrder);
    if (p.base) roles.set(p.base.id, 'base');
    for (const a of [...p.applied, ...p.pending]) roles.set(a.id, 'amendment');
    for (const u of p.unlinked) roles.set(u.id, 'unlinked');
  }
  return roles;
}
