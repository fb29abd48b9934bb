import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { dispatch } from '../../shared/contract/dispatch';
import type { JobStatus } from '../../shared/contract/jobs';

/** "Xem thử với dữ liệu mẫu" as a job: the first-run screen shows a bar while the demo year is written. */
const open = testApps({ demo: false });

describe('jobs.start app.loadDemo', () => {
  it('reports its steps while the host keeps answering, ends at 100%, and leaves the demo year', async () => {
    const a = await open();
    const started = await dispatch(a.handlers, 'jobs.start', { job: 'app.loadDemo', input: {} });
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.value as { jobId: string };
    const again = await dispatch(a.handlers, 'jobs.start', { job: 'app.loadDemo', input: {} });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const steps = new Set<string>();
    let infoWhileRunning = 0;
    let last: JobStatus;
    for (;;) {
      const env = await dispatch(a.handlers, 'jobs.status', { jobId });
      if (!env.ok) throw new Error(env.error.message);
      last = env.value as JobStatus;
      if (last.state !== 'running') break;
      steps.add(last.current);
      if ((await dispatch(a.handlers, 'app.info', {})).ok) infoWhileRunning++;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(last).toMatchObject({ kind: 'app.loadDemo', state: 'done', result: { done: true }, error: null });
    expect(last.done).toBe(last.total);
    expect(last.total).toBeGreaterThan(0);
    // The polls were answered during the work, at more than one step of it.
    expect(infoWhileRunning).toBeGreaterThan(1);
    expect([...steps].filter((s) => s !== '')).toEqual(
      expect.arrayContaining(['Ghi các hoạt động mẫu', 'Tạo tệp kiểm chứng mẫu', 'Lập các báo cáo mẫu']),
    );
    const n = (a.ctx.sqlite.prepare('SELECT count(*) AS n FROM activities').get() as { n: number }).n;
    expect(n).toBeGreaterThan(100);
  });
});
