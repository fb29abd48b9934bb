import type { Executor } from '../repositories/executor';
import { listPlanRows, listSections, listTasks } from '../repositories/plans';
import { evidenceOfWindow, groupActivities } from '../repositories/reports';
import { postLinksOfWindow } from '../repositories/report-links';
import { rowToTask } from './plans';
import { chainPlanOf, planInForce, type ChainPlan, type EffectiveTask, type PlanInForce } from '../../shared/domain/plan-chain';
import { buildFigures, type PlanTaskInfo, type ReportFigures } from '../../shared/domain/report-figures';
import { cumulativeWindow, type DateWindow, type ReportRules } from '../../shared/domain/period';
import { amendmentTaskLabel } from '../../shared/domain/task-label';
import type { PlanFields } from '../../shared/domain/plan';
import { truncateText } from '../../shared/text';

/**
 * One number per concept: every figure of a date window (counts by form and kind, lượt phát,
 * minutes, attendees, copies, tasks done, criteria 4.1 and 4.2) comes from computeFigures, and
 * the report, Tiến độ, Tổng quan and the tests' oracle comparisons all call it.
 */
/** Every file and post of a commune year fits (the demo year has a few hundred); beyond, the phụ lục says how many more. */
export const EVIDENCE_LISTED = 2000;

/** A year's plans with their tasks in phụ lục order and the TT printed for each. */
export async function planChain(db: Executor, year: number): Promise<ChainPlan[]> {
  const plans = await listPlanRows(db, year);
  return Promise.all(
    plans.map(async (p) => {
      const [sections, rows] = await Promise.all([listSections(db, p.id), listTasks(db, p.id)]);
      return chainPlanOf(
        { id: p.id, createdAt: p.created_at, doc: { ...(JSON.parse(p.doc) as Partial<PlanFields>), title: p.title } },
        sections,
        rows.map(rowToTask),
      );
    }),
  );
}

/** The plan in force for the year `year` on `date` (base plan + amendments counted + unlinked plans): every screen asks this. */
export async function yearPlanInForce(db: Executor, year: number, date: string): Promise<PlanInForce> {
  return planInForce(await planChain(db, year), date, amendmentTaskLabel);
}

export function taskInfo(t: EffectiveTask): PlanTaskInfo {
  const content = t.content.split('\n')[0]!.trim();
  return {
    id: t.id,
    order: t.order,
    content: truncateText(content, 300),
    status: t.status,
    targetCount: t.targetCount,
    statusDate: t.statusDate,
    replaces: t.replaces,
  };
}

/** Today's figures of a window, from the log. */
export async function computeFigures(db: Executor, window: DateWindow, year: number, rules: ReportRules): Promise<ReportFigures> {
  // The report's phụ lục also lists the online posts' URLs (Bảng 6); the other screens do not need them.
  const [{ figures }, links] = await Promise.all([
    windowFigures(db, window, year, rules),
    postLinksOfWindow(db, window.from, window.to, EVIDENCE_LISTED),
  ]);
  return { ...figures, postLinks: links.items, postLinksTotal: links.total };
}

/** The figures and the tasks in effect they were counted against (same order as figures.tasks). */
export async function windowFigures(
  db: Executor,
  window: DateWindow,
  year: number,
  rules: ReportRules,
): Promise<{ figures: ReportFigures; tasks: EffectiveTask[]; inForce: PlanInForce }> {
  const cum = cumulativeWindow(window, year, rules);
  const same = cum.from === window.from && cum.to === window.to;
  const [groups, cumulativeGroups, inForce, ev] = await Promise.all([
    groupActivities(db, window.from, window.to),
    same ? null : groupActivities(db, cum.from, cum.to),
    yearPlanInForce(db, year, window.to),
    evidenceOfWindow(db, window.from, window.to, EVIDENCE_LISTED),
  ]);
  const tasks = inForce.tasks;
  const evidenceByForm = Object.fromEntries(ev.counts.map((c) => [c.form, Number(c.n)]));
  const figures = buildFigures({
    window,
    cumulativeWindow: cum,
    groups,
    cumulativeGroups: cumulativeGroups ?? groups,
    tasks: tasks.map(taskInfo),
    evidence: ev.items,
    evidenceTotal: ev.counts.reduce((s, c) => s + Number(c.n), 0),
    evidenceByForm,
  });
  return { figures, tasks, inForce };
}

/** One function decides which quarter holds a day (shared/domain/period.ts). */
export { reportingQuarterOf } from '../../shared/domain/period';
