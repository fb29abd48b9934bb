import type { ServiceContext } from './context';
import { countByMonthAndKind, countByTask } from '../repositories/activities';
import { findPlan, listTasks } from '../repositories/plans';
import { planOfYear, setTaskStatusRow } from '../repositories/progress';
import { rowToTask } from './plans';
import { calendarQuarter, type Dashboard, type PlanProgress, type TaskProgress } from '../../shared/domain/activity';
import { COMMUNICATION_FORMS } from '../../shared/domain/common';
import type { PlanTask, TaskSpan } from '../../shared/domain/plan';
import { AppError } from '../../shared/errors';
import { common } from '../../shared/strings/common';
import { progressText } from '../../shared/strings/activities';
import { nowIso } from '../../shared/ids';

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

function taskProgress(t: PlanTask, done: number): TaskProgress {
  const complete = t.status === 'done' || (t.targetCount !== null && t.targetCount > 0 && done >= t.targetCount);
  return {
    taskId: t.id,
    position: t.position,
    content: t.content,
    timeText: t.timeText,
    done,
    target: t.targetCount,
    status: t.status,
    statusDate: t.statusDate,
    complete,
    dueMonth: dueMonth(t.span),
    recurring: t.span.kind === 'recurring',
  };
}

/**
 * Done vs target for every task of a plan, and the plan's completion (criterion 4.1 of the
 * commune CCHC index: completed tasks ÷ all tasks). A task is complete when the officer marks
 * it "Hoàn thành", or when its linked activities reach its target.
 */
export async function planProgress(ctx: ServiceContext, { planId }: { planId: string }): Promise<PlanProgress> {
  const plan = await findPlan(ctx.db, planId);
  if (!plan) throw new AppError('NOT_FOUND', common.errors.notFound);
  const tasks = (await listTasks(ctx.db, planId)).map(rowToTask);
  const counts = await countByTask(ctx.db, tasks.map((t) => t.id));
  const rows = tasks.map((t) => taskProgress(t, counts.get(t.id) ?? 0));
  const completed = rows.filter((r) => r.complete).length;
  return {
    planId,
    title: plan.title,
    year: plan.year,
    tasks: rows,
    completedTasks: completed,
    totalTasks: rows.length,
    percent: rows.length ? Math.round((completed / rows.length) * 1000) / 10 : 0,
  };
}

export async function setTaskStatus(ctx: ServiceContext, input: { taskId: string; status: PlanTask['status']; statusDate: string | null }): Promise<{ done: true }> {
  const n = await setTaskStatusRow(ctx.db, input.taskId, input.status, input.statusDate, nowIso());
  if (!n) throw new AppError('NOT_FOUND', progressText.taskGone);
  return { done: true };
}

/** "Tổng quan": this calendar quarter per form, plan completion, tasks due or late, the year by month. */
export async function dashboard(ctx: ServiceContext, { today }: { today: string }): Promise<Dashboard> {
  const q = calendarQuarter(today);
  const month = Number(today.slice(5, 7));
  const counts = await countByMonthAndKind(ctx.db, `${q.year}-01-01`, `${q.year}-12-31`);
  const empty = () => Object.fromEntries(COMMUNICATION_FORMS.map((f) => [f, 0])) as Record<string, number>;
  const monthly = Array.from({ length: 12 }, empty);
  const quarterCounts = empty();
  for (const c of counts) {
    const m = Number(c.month.slice(5, 7));
    monthly[m - 1]![c.kind] = (monthly[m - 1]![c.kind] ?? 0) + c.n;
    if (m >= q.quarter * 3 - 2 && m <= q.quarter * 3) quarterCounts[c.kind] = (quarterCounts[c.kind] ?? 0) + c.n;
  }
  const planRow = await planOfYear(ctx.db, q.year);
  const plan = planRow ? await planProgress(ctx, { planId: planRow.id }) : null;
  const open = plan?.tasks.filter((t) => !t.complete) ?? [];
  return {
    year: q.year,
    quarter: q.quarter,
    from: q.from,
    to: q.to,
    quarterCounts,
    quarterTotal: Object.values(quarterCounts).reduce((a, b) => a + b, 0),
    yearTotal: counts.reduce((a, c) => a + c.n, 0),
    plan,
    dueThisMonth: open.filter((t) => t.recurring || t.dueMonth === month),
    overdue: open.filter((t) => !t.recurring && t.dueMonth < month),
    monthly,
  };
}
