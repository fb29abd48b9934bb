/**
 * The rules behind the figures that appear on more than one screen (docs/REPORTS.md, "Một con
 * số, một cách tính"). Pure: the report, Tiến độ, Tổng quan and the province all reach these
 * through buildFigures, never through a second formula.
 */

export type TaskStatusValue = 'notStarted' | 'inProgress' | 'done';

export interface TaskRuleInput {
  status: TaskStatusValue;
  /** The day the officer set the status; null when not recorded. */
  statusDate: string | null;
  targetCount: number | null;
  /** Linked activities from the start of the reporting year to the window's end. */
  activitiesCum: number;
}

/**
 * A task is done (hoàn thành) at the end of a window when the officer marked it "Hoàn thành"
 * on or before that day, or when its linked activities have reached its target count.
 */
export function taskDone(t: TaskRuleInput, windowEnd: string): boolean {
  const marked = t.status === 'done' && (t.statusDate === null || t.statusDate <= windowEnd);
  const reached = t.targetCount !== null && t.targetCount > 0 && t.activitiesCum >= t.targetCount;
  return marked || reached;
}

/** Progress of one task in the phụ lục: 100 when done; towards the target otherwise; 0 without one. */
export function taskPercent(t: TaskRuleInput, windowEnd: string): number {
  if (taskDone(t, windowEnd)) return 100;
  if (t.targetCount && t.targetCount > 0) return Math.min(99, Math.floor((100 * t.activitiesCum) / t.targetCount));
  return 0;
}

export interface Criterion41 {
  taskCount: number;
  doneCount: number;
  /** done ÷ tasks, in percent, one decimal. */
  percent: number;
  /** 1 point × done ÷ tasks (pro rata), two decimals. */
  score: number;
}

/** Criterion 4.1: share of the plan's tasks in effect that are done; the point is pro rata. */
export function criterion41(done: readonly boolean[]): Criterion41 {
  const taskCount = done.length;
  const doneCount = done.filter(Boolean).length;
  if (!taskCount) return { taskCount, doneCount, percent: 0, score: 0 };
  return {
    taskCount,
    doneCount,
    percent: Math.round((1000 * doneCount) / taskCount) / 10,
    score: Math.round((100 * doneCount) / taskCount) / 100,
  };
}
