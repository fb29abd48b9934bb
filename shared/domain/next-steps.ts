/**
 * The officer's next steps on the home screen: plan → log → report the period that is due →
 * send to the province. Pure, from what the screens already load (plans, the log's size, the
 * periods of the year, the outbox), so the test can give it any state.
 */
export type StepKey = 'plan' | 'log' | 'report' | 'send';

export interface NextStepsInput {
  plans: { year: number; taskCount: number }[];
  year: number;
  activityCount: number;
  lastActivity: { date: string; title: string } | null;
  periods: {
    key: string;
    kind: string;
    year: number;
    label: string;
    /** The report's window (the one the Nhật ký filter and the report use), when known. */
    from?: string;
    to?: string;
    deadline: string | null;
    status: 'notDue' | 'dueSoon' | 'overdue' | 'onTime' | 'late';
    versions: { id: string; status: 'draft' | 'submitted'; submittedAt: string | null }[];
  }[];
  outbox: { periods: string[]; createdAt: string }[];
}

export interface Step {
  key: StepKey;
  done: boolean;
}

export interface NextSteps {
  steps: Step[];
  /** The first step not done: the one the home screen puts forward. */
  current: StepKey | null;
  /** The report to make next: the earliest deadline not yet submitted that is due or overdue, else the next one. */
  dueNext: {
    key: string;
    kind: string;
    year: number;
    label: string;
    window: { from: string; to: string } | null;
    deadline: string | null;
    overdue: boolean;
    draftId: string | null;
  } | null;
  /** Periods past their deadline and not submitted (shown as a count). */
  overdueCount: number;
  /** The newest submitted report with no bundle written after it. */
  toSend: { key: string; label: string; reportId: string } | null;
  last:
    | { kind: 'activity'; date: string; title: string }
    | { kind: 'submitted'; at: string; label: string }
    | { kind: 'sent'; at: string; periods: string[] }
    | null;
}

const submittedAt = (p: NextStepsInput['periods'][number]) =>
  p.versions
    .filter((v) => v.status === 'submitted' && v.submittedAt)
    .map((v) => v.submittedAt!)
    .sort()
    .at(-1) ?? null;

export function nextSteps(input: NextStepsInput): NextSteps {
  const hasPlan = input.plans.some((p) => p.year === input.year && p.taskCount > 0);
  const hasLog = input.activityCount > 0;

  // The report "tới hạn" is the next deadline still ahead; periods that were overdue before the
  // officer's latest submission (often: before the app was installed) are counted, not pushed.
  const open = input.periods.filter((p) => p.status === 'overdue' || p.status === 'dueSoon' || p.status === 'notDue');
  const byDeadline = [...open].sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
  const upcoming = byDeadline.filter((p) => p.status !== 'overdue');
  const overdue = byDeadline.filter((p) => p.status === 'overdue');
  const due = upcoming[0] ?? overdue.at(-1) ?? null;
  const dueNext = due
    ? {
        key: due.key,
        kind: due.kind,
        year: due.year,
        label: due.label,
        window: due.from && due.to ? { from: due.from, to: due.to } : null,
        deadline: due.deadline,
        overdue: due.status === 'overdue',
        draftId: due.versions.find((v) => v.status === 'draft')?.id ?? null,
      }
    : null;

  const submitted = input.periods
    .map((p) => ({ p, at: submittedAt(p) }))
    .filter((x): x is { p: NextStepsInput['periods'][number]; at: string } => x.at !== null)
    .sort((a, b) => a.at.localeCompare(b.at));
  const newest = submitted.at(-1) ?? null;
  const lastSubmittedDeadline =
    input.periods
      .filter((p) => submittedAt(p) !== null)
      .map((p) => p.deadline ?? '')
      .sort()
      .at(-1) ?? '';
  const overdueAfter = overdue.filter((p) => (p.deadline ?? '') > lastSubmittedDeadline);
  const sentAfter = (key: string, at: string) =>
    input.outbox.some((o) => o.periods.includes(key) && Date.parse(o.createdAt) >= Date.parse(at));
  const toSend =
    newest && !sentAfter(newest.p.key, newest.at)
      ? { key: newest.p.key, label: newest.p.label, reportId: newest.p.versions.filter((v) => v.status === 'submitted').at(-1)!.id }
      : null;

  const steps: Step[] = [
    { key: 'plan', done: hasPlan },
    { key: 'log', done: hasLog },
    { key: 'report', done: submitted.length > 0 && overdueAfter.length === 0 && upcoming[0]?.status !== 'dueSoon' },
    { key: 'send', done: submitted.length > 0 && toSend === null },
  ];

  const lastSent = [...input.outbox].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
  const candidates: { at: string; last: NextSteps['last'] }[] = [];
  if (input.lastActivity)
    candidates.push({ at: `${input.lastActivity.date}T00:00:00+07:00`, last: { kind: 'activity', ...input.lastActivity } });
  if (newest) candidates.push({ at: newest.at, last: { kind: 'submitted', at: newest.at, label: newest.p.label } });
  if (lastSent) candidates.push({ at: lastSent.createdAt, last: { kind: 'sent', at: lastSent.createdAt, periods: lastSent.periods } });
  const last = candidates.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1)?.last ?? null;

  return { steps, current: steps.find((s) => !s.done)?.key ?? null, dueNext, overdueCount: overdue.length, toSend, last };
}
