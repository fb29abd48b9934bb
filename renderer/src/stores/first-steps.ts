import { invoke } from '../bridge';
import { followJob } from './jobs';
import type { JobOf } from '../../../shared/contract/jobs';
import { todayIso } from './activities';
import { nextSteps, type NextSteps } from '../../../shared/domain/next-steps';
import type { ReportKind } from '../../../shared/domain/period';
import type { SuggestableTask } from '../../../shared/domain/task-suggestion';

/** The home screen's checklist, from what the other screens already load. */
export async function loadNextSteps(): Promise<NextSteps> {
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  const [plans, page, periods, outbox] = await Promise.all([
    invoke('plans.list', { year }),
    invoke('activities.list', { from: `${year}-01-01`, to: `${year}-12-31`, sort: 'date', direction: 'desc', limit: 1 }),
    invoke('reports.periods', { year, today }),
    invoke('bundles.outbox', {}),
  ]);
  const a = page.rows[0];
  return nextSteps({
    plans,
    year,
    activityCount: page.total,
    lastActivity: a ? { date: a.date, title: a.title } : null,
    periods: periods.periods,
    outbox,
  });
}

/** The due report's draft, made from the log; its id. */
export async function createDueReport(kind: string, year: number): Promise<string> {
  const r = await invoke('reports.create', { kind: kind as ReportKind, year, from: null, to: null, deadline: null });
  return r.id;
}

/** The demo year, as a job: `onStatus` gets each poll (for the bar); throws the Vietnamese reason if it fails. */
export async function loadDemoData(onStatus: (s: JobOf<'app.loadDemo'>) => void): Promise<void> {
  const { jobId } = await invoke('jobs.start', { job: 'app.loadDemo', input: {} });
  const end = await followJob('app.loadDemo', jobId, onStatus);
  if (end.state === 'failed') throw new Error(end.error ?? '');
}
export const clearDemoData = () => invoke('app.clearDemo', {});

/** Every task with its span and planned forms (what a linked-task suggestion is made from). */
export async function loadSuggestableTasks(): Promise<SuggestableTask[]> {
  const out: SuggestableTask[] = [];
  for (const p of await invoke('plans.list', {})) {
    const d = await invoke('plans.get', { id: p.id });
    for (const t of d.tasks) out.push({ taskId: t.id, planYear: d.plan.year, position: t.position, span: t.span, forms: t.forms });
  }
  return out;
}
