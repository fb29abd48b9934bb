import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../helpers/app';
import { seedDemoYear, generateYearActivities, type DemoYearSummary } from '../../db/demo/year';
import { countActivities, listActivities } from '../../db/services/activities';
import { evidencePath, listEvidence } from '../../db/services/evidence';
import { listPeriods } from '../../db/services/report-periods';
import { getReportView } from '../../db/services/reports';
import { dashboard } from '../../db/services/progress';
import { ActivityListQuery } from '../../shared/domain/activity';
import { COMMUNICATION_FORMS } from '../../shared/domain/common';
import { detectEvidenceType } from '../../shared/domain/evidence-type';

const TODAY = '2026-11-23';
type App = Awaited<ReturnType<typeof openTestApp>>;
let app: App;
let summary: DemoYearSummary;

const query = (q: Partial<ActivityListQuery> = {}) => ActivityListQuery.parse({ limit: 500, ...q });

beforeAll(async () => {
  app = await openTestApp();
  summary = await seedDemoYear(app.ctx, { today: TODAY });
});
afterAll(async () => {
  await app.close();
});

describe('the demo year (xã Quyết Thắng, 2026)', () => {
  it('logs about 300 activities of every form, none after today, most linked to the plan', async () => {
    const page = await listActivities(app.ctx, query());
    expect(page.total).toBe(300);
    expect(summary.activities).toBe(300);
    const kinds = new Set(page.rows.map((a) => a.details.kind));
    expect([...kinds].sort()).toEqual([...COMMUNICATION_FORMS].sort());
    for (const kind of COMMUNICATION_FORMS)
      expect((await listActivities(app.ctx, query({ kinds: [kind], limit: 1 }))).total).toBeGreaterThanOrEqual(5);
    expect(page.rows.every((a) => a.date >= '2026-01-01' && a.date <= TODAY)).toBe(true);
    // Spread over the months, not bunched: every month up to November has activities.
    const months = new Set(page.rows.map((a) => a.date.slice(5, 7)));
    expect(months.size).toBe(11);
    const outside = (await listActivities(app.ctx, query({ outsidePlan: true, limit: 1 }))).total;
    expect(outside).toBeGreaterThan(30);
    expect(outside).toBeLessThan(200);
    expect(page.rows.some((a) => a.details.kind === 'online' && a.details.url.startsWith('https://'))).toBe(true);
    expect(page.rows.some((a) => a.details.kind === 'meeting' && a.details.attendees > 30 && a.details.venue !== '')).toBe(true);
  });

  it('stores real evidence files, content-addressed, and links them to activities', async () => {
    expect(summary.evidenceFiles).toBeGreaterThan(100);
    const withEvidence = await listActivities(app.ctx, query({ hasEvidence: true }));
    expect(withEvidence.total).toBeGreaterThan(100);
    expect(withEvidence.total).toBeLessThan(300);
    const kinds = new Set<string>();
    for (const a of withEvidence.rows.slice(0, 40)) {
      const items = await listEvidence(app.ctx, { activityId: a.id });
      expect(items.length).toBe(a.evidenceCount);
      for (const item of items) {
        const bytes = fs.readFileSync(evidencePath(app.ctx, item.sha256, item.mime));
        expect(detectEvidenceType(bytes)?.mime).toBe(item.mime);
        kinds.add(item.type);
      }
    }
    expect([...kinds].sort()).toEqual(['image', 'pdf']);
  });

  it('has Quý I, II, III (and 6, 9 tháng) submitted on time, with their figures frozen', async () => {
    const periods = await listPeriods(app.ctx, { year: 2026, today: TODAY });
    for (const key of ['q1', 'q2', 'h1', 'q3', 'm9']) {
      const p = periods.periods.find((x) => x.kind === key)!;
      expect(p.submittedOn, key).not.toBeNull();
      expect(p.submittedOn! <= p.deadline!, key).toBe(true);
      expect(p.status, key).toBe('onTime');
    }
    expect(summary.reports.map((r) => r.kind)).toEqual(['q1', 'q2', 'h1', 'q3', 'm9']);
    expect(periods.periods.find((x) => x.kind === 'q4')!.submittedOn).toBeNull();
    const q2 = await getReportView(app.ctx, { id: summary.reports[1]!.id });
    expect(q2.report.status).toBe('submitted');
    expect(q2.report.doc.numberText).toBe('58/BC-UBND');
    expect(q2.figures.totals.activities).toBeGreaterThan(40);
    expect(q2.changes).toEqual([]);
  });

  it('gives the dashboard and plan progress real numbers', async () => {
    const d = await dashboard(app.ctx, { today: TODAY });
    expect(d.yearTotal).toBe(300);
    expect(d.quarterTotal).toBeGreaterThan(20);
    expect(d.plan?.totalTasks).toBe(4);
    expect(d.plan!.completedTasks).toBeGreaterThanOrEqual(3);
    const radio = d.plan!.tasks.find((t) => t.target === 48)!;
    expect(radio.done).toBeGreaterThanOrEqual(48);
  });

  it('is the same every time for the same seed, and different for another seed', async () => {
    const tasks = { portal: null, visual: null, radio: null, meeting: null };
    const a = generateYearActivities(tasks, 300, { today: TODAY });
    const b = generateYearActivities(tasks, 300, { today: TODAY });
    expect(b).toEqual(a);
    expect(generateYearActivities(tasks, 300, { today: TODAY, seed: 7 })).not.toEqual(a);

    const again = await openTestApp();
    try {
      const s = await seedDemoYear(again.ctx, { today: TODAY });
      expect({ ...s, planId: '', reports: s.reports.map((r) => r.submittedAt) }).toEqual({
        ...summary,
        planId: '',
        reports: summary.reports.map((r) => r.submittedAt),
      });
      const [x, y] = await Promise.all([dashboard(app.ctx, { today: TODAY }), dashboard(again.ctx, { today: TODAY })]);
      expect(y.monthly).toEqual(x.monthly);
      const [px, py] = await Promise.all([
        getReportView(app.ctx, { id: summary.reports[0]!.id }),
        getReportView(again.ctx, { id: s.reports[0]!.id }),
      ]);
      const noIds = (v: unknown) => JSON.stringify(v).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'id');
      const bySha = (f: typeof px.figures) => ({ ...f, evidence: [...f.evidence].sort((a, b) => a.sha256.localeCompare(b.sha256)) });
      expect(noIds(bySha(py.figures))).toBe(noIds(bySha(px.figures)));
    } finally {
      await again.close();
    }
  });

  it('makes bench-sized logs fast, without evidence or reports', async () => {
    const big = await openTestApp();
    try {
      const s = await seedDemoYear(big.ctx, { activities: 20_000, today: '2026-12-31' });
      expect(s).toMatchObject({ activities: 20_000, evidenceFiles: 0, reports: [] });
      expect((await countActivities(big.ctx, query({ limit: 1 }))).total).toBe(20_000);
    } finally {
      await big.close();
    }
  });
});
