import type { ServiceContext } from '../services/context';
import { saveCommuneSettings } from '../services/settings';
import { createPlanWithAnnex } from '../services/plans';
import { createActivities } from '../services/activities';
import { addEvidenceBytes } from '../services/evidence';
import { createUnit } from '../services/units';
import { setTaskStatus } from '../services/progress';
import { createReport, saveReportDoc, submitReport } from '../services/reports';
import { periodDeadline, vietnamDate, type PeriodicKind } from '../../shared/domain/period';
import type { ActivityKind } from '../../shared/domain/activity';
import { nowIso } from '../../shared/ids';
import { jobsText } from '../../shared/strings/jobs';
import { reportProgress } from '../job-progress';
import { DEMO_COMMUNE } from './index';
import { seed001Plan } from './seed001';
import { placeholderPdf, placeholderPng, plainLetters, prng } from './placeholders';
import { addDays, between, UNITS, type DemoTasks } from './year-vocabulary';
import { DEMO_SEED, DEMO_YEAR, generateYearActivities } from './year-activities';

export { placeholderPdf, placeholderPng, prng };
export { DEMO_SEED, DEMO_YEAR, generateYearActivities };
export type { DemoTasks };

/**
 * The demo year: xã Quyết Thắng's 2026 as an officer would have logged it — seed 001's plan,
 * activities of every form up to today (most linked to the plan's tasks, some "ngoài kế
 * hoạch"), small real evidence files, and the Quý I–III, 6 tháng and 9 tháng reports submitted on time. Everything
 * goes through the services, like the screens do. A seeded PRNG makes it the same every run,
 * so screenshots and figures are stable; the same generator fills the bench's large logs.
 */

export const DEMO_ACTIVITIES = 300;

export interface DemoYearOptions {
  /** Activities dated in the year up to `today` (about 300 for the realistic year). */
  activities?: number;
  seed?: number;
  /** yyyy-mm-dd; activities and reports after it are not made. Default: today in Việt Nam. */
  today?: string;
  /** Evidence files and submitted reports (the realistic year); off for bench-sized logs. */
  extras?: boolean;
}

export interface DemoYearSummary {
  planId: string;
  activities: number;
  evidenceFiles: number;
  reports: { kind: PeriodicKind; id: string; submittedAt: string }[];
}

const slug = (s: string) =>
  plainLetters(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50);

// ---------------------------------------------------------------------------- the year

/** The reports of the year and when the officer sent them (a few days before the deadline; 6 tháng and 9 tháng with Quý II and III). */
const REPORTS: { kind: PeriodicKind; numberText: string; daysEarly: number }[] = [
  { kind: 'q1', numberText: '21/BC-UBND', daysEarly: 4 },
  { kind: 'q2', numberText: '58/BC-UBND', daysEarly: 1 },
  { kind: 'h1', numberText: '59/BC-UBND', daysEarly: 1 },
  { kind: 'q3', numberText: '97/BC-UBND', daysEarly: 3 },
  { kind: 'm9', numberText: '98/BC-UBND', daysEarly: 3 },
];

async function settingsAndPlan(ctx: ServiceContext): Promise<{ planId: string; tasks: DemoTasks }> {
  await saveCommuneSettings(ctx, DEMO_COMMUNE);
  for (const name of Object.values(UNITS)) {
    await createUnit(ctx, {
      name,
      kind: name.startsWith('Phòng') ? 'office' : name.startsWith('Trung tâm') || name.startsWith('Văn phòng') ? 'center' : 'organisation',
    });
  }
  const { plan, tasks } = await createPlanWithAnnex(ctx, seed001Plan);
  const [portal, visual, radio, meeting] = tasks.map((t) => t.id);
  return { planId: plan.id, tasks: { portal: portal ?? null, visual: visual ?? null, radio: radio ?? null, meeting: meeting ?? null } };
}

/** Fill an empty database with the demo year. */
export async function seedDemoYear(ctx: ServiceContext, opts: DemoYearOptions = {}): Promise<DemoYearSummary> {
  const today = opts.today ?? vietnamDate(nowIso());
  const seed = opts.seed ?? DEMO_SEED;
  const count = opts.activities ?? DEMO_ACTIVITIES;
  const extras = opts.extras ?? count <= 5_000;
  const { planId, tasks } = await settingsAndPlan(ctx);
  const inputs = generateYearActivities(tasks, count, { seed, today });
  const BATCH = 10_000;
  const rows = [];
  // Progress (for a job or the CLI's line): activities, then one step per activity's evidence, then the reports.
  const total = inputs.length + (extras ? inputs.length + REPORTS.length : 0);
  for (let i = 0; i < inputs.length; i += BATCH) {
    await reportProgress(i, total, jobsText.demo.activities);
    rows.push(...(await createActivities(ctx, inputs.slice(i, i + BATCH), DEMO_COMMUNE.officerName)));
  }
  const summary: DemoYearSummary = { planId, activities: rows.length, evidenceFiles: 0, reports: [] };
  if (!extras) return summary;

  // Evidence: what an officer keeps — photos of banners and meetings, the posted page, the scanned list.
  const r = prng(seed + 1);
  for (const [i, row] of rows.entries()) {
    if (i % 20 === 0) await reportProgress(inputs.length + i, total, jobsText.demo.evidence);
    const kind = row.kind as ActivityKind;
    const chance = { visual: 0.95, meeting: 0.9, contest: 0.9, tthcPosting: 0.7, publication: 0.6, online: 0.45, broadcast: 0.25 }[kind];
    if (r() >= chance) continue;
    const name = slug(row.title);
    if (kind === 'broadcast' || kind === 'tthcPosting' || kind === 'publication') {
      await addEvidenceBytes(ctx, row.id, `${name}.pdf`, placeholderPdf(row.title, row.date));
      summary.evidenceFiles += 1;
    } else {
      const photos = kind === 'online' ? 1 : between(r, 1, 3);
      for (let p = 0; p < photos; p++)
        await addEvidenceBytes(ctx, row.id, `anh-${p + 1}-${name}.png`, placeholderPng(seed * 100_000 + i * 10 + p));
      summary.evidenceFiles += photos;
      if (kind === 'meeting' || kind === 'contest') {
        await addEvidenceBytes(ctx, row.id, `giay-moi-${name}.pdf`, placeholderPdf(`Giấy mời: ${row.title}`, row.date));
        summary.evidenceFiles += 1;
      }
    }
  }

  // The officer marks the Q1 tasks done when Q1 closes; the year-long ones are under way.
  if (tasks.portal && today >= '2026-03-31') await setTaskStatus(ctx, { taskId: tasks.portal, status: 'done', statusDate: '2026-03-31' });
  if (tasks.meeting && today >= '2026-02-26') await setTaskStatus(ctx, { taskId: tasks.meeting, status: 'done', statusDate: '2026-02-26' });
  for (const id of [tasks.visual, tasks.radio])
    if (id) await setTaskStatus(ctx, { taskId: id, status: 'inProgress', statusDate: '2026-01-15' });

  // Reports: opened, numbered, dated and signed, then submitted a few days before the deadline.
  for (const [i, rep] of REPORTS.entries()) {
    await reportProgress(2 * inputs.length + i, total, jobsText.demo.reports);
    const deadline = periodDeadline(rep.kind, DEMO_YEAR);
    const sentOn = addDays(deadline, -rep.daysEarly);
    if (sentOn > today) continue;
    const draft = await createReport(ctx, { kind: rep.kind, year: DEMO_YEAR, from: null, to: null, deadline: null });
    await saveReportDoc(ctx, {
      id: draft.id,
      doc: { ...draft.doc, numberText: rep.numberText, reportDate: sentOn, signer: { ...draft.doc.signer, name: 'Mai Đàm Thanh Vân' } },
    });
    // 09:30 Việt Nam time on the day it was sent (the freeze itself is unchanged: figures as logged now).
    const submittedAt = `${addDays(sentOn, 0)}T02:30:00.000Z`;
    const sent = await submitReport(ctx, { id: draft.id }, submittedAt);
    summary.reports.push({ kind: rep.kind, id: sent.id, submittedAt });
  }
  return summary;
}
