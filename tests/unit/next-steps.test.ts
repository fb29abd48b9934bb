import { describe, expect, it } from 'vitest';
import { nextSteps, type NextStepsInput } from '../../shared/domain/next-steps';

const period = (
  key: string,
  label: string,
  deadline: string,
  status: NextStepsInput['periods'][number]['status'],
  submittedAt: string | null = null,
): NextStepsInput['periods'][number] => ({
  key,
  kind: key.slice(5),
  year: Number(key.slice(0, 4)),
  label,
  deadline,
  status,
  versions: submittedAt ? [{ id: `r-${key}`, status: 'submitted', submittedAt }] : [],
});
const empty: NextStepsInput = { plans: [], year: 2026, activityCount: 0, lastActivity: null, periods: [], outbox: [] };

describe('home screen next steps', () => {
  it('an empty install starts at the plan, with nothing done', () => {
    const s = nextSteps({ ...empty, periods: [period('2026-q1', 'Quý I/2026', '2026-03-10', 'notDue')] });
    expect(s.steps.map((x) => x.done)).toEqual([false, false, false, false]);
    expect(s.current).toBe('plan');
    expect(s.dueNext).toMatchObject({ key: '2026-q1', overdue: false });
    expect(s.last).toBeNull();
  });

  it('after plan and log, the next deadline comes first (older overdue ones are counted), then sending it', () => {
    const base = {
      ...empty,
      plans: [{ year: 2026, taskCount: 4 }],
      activityCount: 3,
      lastActivity: { date: '2026-04-02', title: 'Tin phát thanh' },
    };
    const s1 = nextSteps({
      ...base,
      periods: [period('2026-q1', 'Quý I/2026', '2026-03-10', 'overdue'), period('2026-q2', 'Quý II/2026', '2026-06-10', 'notDue')],
    });
    expect(s1.current).toBe('report');
    expect(s1.dueNext).toMatchObject({ key: '2026-q2', overdue: false });
    expect(s1.overdueCount).toBe(1);
    const onlyOverdue = nextSteps({ ...base, periods: [period('2026-q1', 'Quý I/2026', '2026-03-10', 'overdue')] });
    expect(onlyOverdue.dueNext).toMatchObject({ key: '2026-q1', overdue: true });

    const submitted = [
      period('2026-q1', 'Quý I/2026', '2026-03-10', 'late', '2026-04-03T02:00:00.000Z'),
      period('2026-q2', 'Quý II/2026', '2026-06-10', 'notDue'),
    ];
    const s2 = nextSteps({ ...base, periods: submitted });
    expect(s2.current).toBe('send');
    expect(s2.toSend).toMatchObject({ key: '2026-q1', reportId: 'r-2026-q1' });
    expect(s2.last).toMatchObject({ kind: 'submitted', label: 'Quý I/2026' });

    const s3 = nextSteps({ ...base, periods: submitted, outbox: [{ periods: ['2026-q1'], createdAt: '2026-04-03T03:00:00.000Z' }] });
    expect(s3.steps.every((x) => x.done)).toBe(true);
    expect(s3.current).toBeNull();
    expect(s3.dueNext).toMatchObject({ key: '2026-q2' });
    expect(s3.last).toMatchObject({ kind: 'sent' });
  });

  it('a bundle written before the submission does not count as sent', () => {
    const s = nextSteps({
      ...empty,
      periods: [period('2026-q1', 'Quý I/2026', '2026-03-10', 'onTime', '2026-03-09T02:00:00.000Z')],
      outbox: [{ periods: ['2026-q1'], createdAt: '2026-03-01T00:00:00.000Z' }],
    });
    expect(s.toSend).not.toBeNull();
  });
});
