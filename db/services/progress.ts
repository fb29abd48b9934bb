import type { ServiceContext } from './context';
import { nowOf } from './clock';
import { countByMonthAndKind } from '../repositories/activities';
import { findPlan } from '../repositories/plans';
import { setTaskStatusRow } from '../repositories/progress';
import { computeFigures, reportingQuarterOf, windowFigures } from './figures';
import { getReportRules } from './report-rules';
import { type Dashboard, type PlanNotCounted, type PlanProgress, type TaskProgress } from '../../shared/domain/activity';
import { COMMUNICATION_FORMS } from '../../shared/domain/common';
import type { PlanTask, TaskSpan } from '../../shared/domain/plan';
import type { ChainPlan, EffectiveTask, PlanInForce } from '../../shared/domain/plan-chain';
import type { ReportFigures } from '../../shared/domain/report';
import { periodKey, type PeriodicKind, type ReportRules } from '../../shared/domain/period';
import { periodWindowOfKey } from './report-periods';
import { AppError } from '../../shared/errors';
import { common } from '../../shared/strings/common';
import { progressText } from '../../shared/strings/activities';

/** Last month of a task's span; 0 for a recurring task (due every month or quarter). */
function dueMonth(span: TaskSpan): number {
  switch (span.kind) {
    case 'year':
      return 12;
    case 'quarter':
      return span.quarter * 3;
    case 'months':
      return span.to;
    case 'recurring':
      return 0;
  }
}

/**
 * Tiến độ is the annual report's figures (the reporting year 15/12–14/12 under NĐ 09): the
 * same tasks in effect, the same linked-activity counts, the same criterion 4.1 — never a
 * second formula. A task is complete exactly when the report shows it at 100%.
 */
async function yearProgress(ctx: ServiceContext, year: number, title: string, planId: string, rules: ReportRules): Promise<PlanProgress> {
  // The annual report's window: its own dates once it exists (one window per period name).
  const { from, to } = await periodWindowOfKey(ctx, periodKey('year', year));
  const { figures, tasks, inForce } = await windowFigures(ctx.db, { from, to }, year, rules);
  return progressOf(figures, tasks, inForce, { planId, title, year, from, to });
}

/** The plans of the year the plan in force leaves out, and why (shown as warnings on Tiến độ and Tổng quan). */
function notCounted(inForce: PlanInForce): PlanNotCounted[] {
  const row = (p: ChainPlan, reason: PlanNotCounted['reason']): PlanNotCounted => ({
    id: p.id,
    title: p.title,
    reason,
    amendKind: p.amendKind,
    effective: p.effective,
  });
  return [...inForce.unlinked.map((p) => row(p, 'unlinked')), ...inForce.pending.map((p) => row(p, p.tasks.length ? 'notYet' : 'noTasks'))];
}

function progressOf(
  figures: ReportFigures,
  tasks: readonly EffectiveTask[],
  inForce: PlanInForce,
  plan: { planId: string; title: string; year: number; from: string; to: string },
): PlanProgress {
  const rows: TaskProgress[] = tasks.map((t, i) => {
    const f = figures.tasks[i]!;
    return {
      taskId: t.id,
      position: t.position,
      order: t.order,
      content: t.content,
      timeText: t.timeText,
      done: f.activitiesCum,
      target: t.targetCount,
      status: t.status,
      statusDate: t.statusDate,
      complete: f.percent === 100,
      dueMonth: dueMonth(t.span),
      recurring: t.span.kind === 'recurring',
    };
  });
  const c = figures.criterion4;
  return {
    ...plan,
    basePlanId: inForce.base?.id ?? null,
    basePlanTitle: inForce.base?.title ?? '',
    notCounted: notCounted(inForce),
    tasks: rows,
    completedTasks: c.doneCount,
    totalTasks: c.taskCount,
    percent: c.completion,
  };
}

export async function planProgress(ctx: ServiceContext, { planId }: { planId: string }): Promise<PlanProgress> {
  const plan = await findPlan(ctx.db, planId);
  if (!plan) throw new AppError('NOT_FOUND', common.errors.notFound);
  return yearProgress(ctx, plan.year, plan.title, planId, await getReportRules(ctx));
}

export async function setTaskStatus(
  ctx: ServiceContext,
  input: { taskId: string; status: PlanTask['status']; statusDate: string | null },
): Promise<{ done: true }> {
  const n = await setTaskStatusRow(ctx.db, input.taskId, input.status, input.statusDate, nowOf(ctx));
  if (!n) throw new AppError('NOT_FOUND', progressText.taskGone);
  return { done: true };
}

/**
 * "Tổng quan": the reporting quarter that contains today (the report's own window, e.g.
 * 15/09–14/12 for Quý IV) per form, the reporting year so far, plan completion, tasks due or
 * late; the chart alone is by calendar month and says so.
 */
export async function dashboard(ctx: ServiceContext, { today }: { today: string }): Promise<Dashboard> {
  const rules = await getReportRules(ctx);
  const rq = reportingQuarterOf(today, rules);
  const month = Number(today.slice(5, 7));
  // The quarter's and the year's report windows: their reports' own dates once they exist.
  const own = async (kind: PeriodicKind) => {
    const { from, to } = await periodWindowOfKey(ctx, periodKey(kind, rq.year));
    return { from, to };
  };
  const [quarterWindow, yearWindow] = await Promise.all([own(rq.kind), own('year')]);
  const [quarter, yearFig, counts] = await Promise.all([
    computeFigures(ctx.db, quarterWindow, rq.year, rules),
    windowFigures(ctx.db, yearWindow, rq.year, rules),
    countByMonthAndKind(ctx.db, `${rq.year}-01-01`, `${rq.year}-12-31`),
  ]);
  const empty = () => Object.fromEntries(COMMUNICATION_FORMS.map((f) => [f, 0])) as Record<string, number>;
  const monthly = Array.from({ length: 12 }, empty);
  for (const c of counts) {
    const m = Number(c.month.slice(5, 7));
    monthly[m - 1]![c.kind] = (monthly[m - 1]![c.kind] ?? 0) + c.n;
  }
  const quarterCounts = Object.fromEntries(quarter.forms.map((f) => [f.form, f.activities]));
  // The plan in force (not whichever plan has the first task): an empty base still shows, as "chưa có nhiệm vụ".
  const base = yearFig.inForce.base;
  const plan = base
    ? progressOf(yearFig.figures, yearFig.tasks, yearFig.inForce, { planId: base.id, title: base.title, year: rq.year, ...yearWindow })
    : null;
  const open = plan?.tasks.filter((t) => !t.complete) ?? [];
  return {
    year: rq.year,
    quarter: Number(rq.kind.slice(1)),
    from: quarterWindow.from,
    to: quarterWindow.to,
    quarterCounts,
    quarterTotal: quarter.totals.activities,
    yearFrom: yearWindow.from,
    yearTo: yearWindow.to,
    yearTotal: yearFig.figures.totals.activities,
    plan,
    dueThisMonth: open.filter((t) => t.recurring || t.dueMonth === month),
    overdue: open.filter((t) => !t.recurring && t.dueMonth < month),
    monthly,
  };
}
