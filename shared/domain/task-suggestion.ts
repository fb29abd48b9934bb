import type { TaskSpan } from './plan';

export interface SuggestableTask {
  taskId: string;
  planYear: number;
  position: number;
  span: TaskSpan;
  forms: readonly string[];
}

/** Whether a task's span (Kỳ thực hiện) in its plan year holds the date (yyyy-mm-dd). */
export function spanHolds(span: TaskSpan, planYear: number, date: string): boolean {
  if (Number(date.slice(0, 4)) !== planYear) return false;
  const m = Number(date.slice(5, 7));
  switch (span.kind) {
    case 'year':
    case 'recurring':
      return true;
    case 'quarter':
      return m >= span.quarter * 3 - 2 && m <= span.quarter * 3;
    case 'months':
      return m >= span.from && m <= span.to;
  }
}

const breadth = (s: TaskSpan) => (s.kind === 'months' ? s.to - s.from + 1 : s.kind === 'quarter' ? 3 : 12);

/**
 * The tasks an activity of this form on this date most likely belongs to: the span holds the
 * date and the planned forms include the form; the narrowest span first. Only a suggestion —
 * the officer confirms it; nothing is linked without a click.
 */
export function suggestTasks(tasks: readonly SuggestableTask[], form: string, date: string): SuggestableTask[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return [];
  return tasks
    .filter((t) => t.forms.includes(form) && spanHolds(t.span, t.planYear, date))
    .sort((a, b) => breadth(a.span) - breadth(b.span) || a.position - b.position);
}
