import type { ServiceContext } from './context';
import { provEvidence, provGroups, provPlanRows, provPostLinks } from '../repositories/province-figures';
import { getReportRules } from './report-rules';
import { EVIDENCE_LISTED, taskInfo } from './figures';
import { chainPlanOf, tasksInEffect } from '../../shared/domain/plan-chain';
import { buildFigures, type ReportFigures } from '../../shared/domain/report-figures';
import { cumulativeWindow, type DateWindow } from '../../shared/domain/period';
import type { AnnexSection, Plan, PlanTask } from '../../shared/domain/plan';
import { amendmentTaskLabel } from '../../shared/domain/task-label';

/**
 * A commune's figures for a window, recomputed at the province from its imported data with
 * the commune's own function (buildFigures, the same tasks-in-effect chain): one number per
 * concept across the USB stick. Equal to the commune's report as long as the commune sent
 * everything it had (the property test checks it).
 */
export async function provinceFigures(ctx: ServiceContext, commune: string, window: DateWindow, year: number): Promise<ReportFigures> {
  const rules = await getReportRules(ctx);
  const cum = cumulativeWindow(window, year, rules);
  const same = cum.from === window.from && cum.to === window.to;
  const [groups, cumulativeGroups, evidence, rows, links] = await Promise.all([
    provGroups(ctx.db, commune, window.from, window.to),
    same ? null : provGroups(ctx.db, commune, cum.from, cum.to),
    provEvidence(ctx.db, commune, window.from, window.to),
    provPlanRows(ctx.db, commune, year),
    provPostLinks(ctx.db, commune, window.from, window.to, EVIDENCE_LISTED),
  ]);
  const sections = rows.sections.map((s) => JSON.parse(s.data) as AnnexSection).sort((a, b) => a.position - b.position);
  const tasks = rows.tasks.map((t) => JSON.parse(t.data) as PlanTask).sort((a, b) => a.position - b.position);
  const chain = rows.plans.map((r) => {
    const plan = JSON.parse(r.data) as Plan;
    return chainPlanOf(
      { id: plan.id, createdAt: plan.createdAt, doc: plan },
      sections.filter((s) => s.planId === plan.id),
      tasks.filter((t) => t.planId === plan.id),
    );
  });
  const evidenceByForm: Record<string, number> = {};
  for (const e of evidence) evidenceByForm[e.form] = (evidenceByForm[e.form] ?? 0) + 1;
  const figures = buildFigures({
    window,
    cumulativeWindow: cum,
    groups,
    cumulativeGroups: cumulativeGroups ?? groups,
    tasks: tasksInEffect(chain, window.to, amendmentTaskLabel).map(taskInfo),
    evidence: evidence.slice(0, EVIDENCE_LISTED),
    evidenceTotal: evidence.length,
    evidenceByForm,
  });
  return { ...figures, postLinks: links.items, postLinksTotal: links.total };
}
