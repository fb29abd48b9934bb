import type { ServiceContext } from '../services/context';
import { saveCommuneSettings } from '../services/settings';
import { createPlanWithAnnex } from '../services/plans';
import { createActivities } from '../services/activities';
import { addEvidenceBytes } from '../services/evidence';
import { createUnit } from '../services/units';
import { setTaskStatus } from '../services/progress';
import { createReport, saveReportDoc, submitReport } from '../services/reports';
import type { Report } from '../../shared/domain/report';
import { vietnamDate, type PeriodicKind } from '../../shared/domain/period';
import type { ActivityFields, ActivityKind } from '../../shared/domain/activity';
import { nowIso } from '../../shared/ids';
import { jobsText } from '../../shared/strings/jobs';
import { reportProgress } from '../job-progress';
import { DEMO_COMMUNE } from './index';
import { seed001Plan } from './seed001';
import { placeholderPdf, placeholderPng, plainLetters, prng } from './placeholders';
import { between, UNITS, type DemoTasks } from './year-vocabulary';
import { clocked, demoEnd, evidenceAt, loggedAt, minutesAfter, reportMoments, SETUP_DAY, vnAt } from './year-history';
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

/** One thing the officer did, at the moment it happened. */
interface Step {
  at: string;
  run: () => Promise<void>;
}

/** The files an officer keeps for each activity (chosen in log order by the seed, so the same seed gives the same files). */
function evidencePlan(inputs: readonly ActivityFields[], seed: number): { name: string; bytes: Uint8Array }[][] {
  const r = prng(seed + 1);
  return inputs.map((a, i) => {
    const kind = a.details.kind as ActivityKind;
    const chance = { visual: 0.95, meeting: 0.9, contest: 0.9, tthcPosting: 0.7, publication: 0.6, online: 0.45, broadcast: 0.25 }[kind];
    if (r() >= chance) return [];
    const name = slug(a.title);
    if (kind === 'broadcast' || kind === 'tthcPosting' || kind === 'publication')
      return [{ name: `${name}.pdf`, bytes: placeholderPdf(a.title, a.date) }];
    const photos = kind === 'online' ? 1 : between(r, 1, 3);
    const files = Array.from({ length: photos }, (_, p) => ({
      name: `anh-${p + 1}-${name}.png`,
      bytes: placeholderPng(seed * 100_000 + i * 10 + p),
    }));
    if (kind === 'meeting' || kind === 'contest')
      files.push({ name: `giay-moi-${name}.pdf`, bytes: placeholderPdf(`Giấy mời: ${a.title}`, a.date) });
    return files;
  });
}

/**
 * Fill an empty database with the demo year, step by step in the order it happened: every
 * write goes through the services on the demo's clock (db/demo/year-history.ts), so each
 * report's frozen figures are what the log held when it was submitted.
 */
export async function seedDemoYear(ctx: ServiceContext, opts: DemoYearOptions = {}): Promise<DemoYearSummary> {
  const end = demoEnd(opts.today ?? vietnamDate(nowIso()));
  const today = vietnamDate(end);
  const seed = opts.seed ?? DEMO_SEED;
  const count = opts.activities ?? DEMO_ACTIVITIES;
  const extras = opts.extras ?? count <= 5_000;
  const setupAt = vnAt(SETUP_DAY, 8) < end ? vnAt(SETUP_DAY, 8) : end;
  const clock = clocked(ctx, setupAt);
  const { planId, tasks } = await settingsAndPlan(clock.ctx);
  const inputs = generateYearActivities(tasks, count, { seed, today });
  const reports = extras ? reportMoments(DEMO_YEAR, end) : [];
  const logged = loggedAt(inputs, reports, end, seed);
  const summary: DemoYearSummary = { planId, activities: 0, evidenceFiles: 0, reports: [] };
  const steps: Step[] = [];
  // Progress (for a job or the CLI's line): one step per activity batch, per activity's files, per report.
  let done = 0;
  const total = () => steps.length;
  const progress = (step: string) => reportProgress(done++, total(), step);

  // Activities: one sitting per moment (the officer logs several at once), big batches for bench sizes.
  const ids: string[] = new Array<string>(inputs.length);
  const order = inputs.map((_, i) => i).sort((a, b) => (logged[a]! < logged[b]! ? -1 : logged[a]! > logged[b]! ? 1 : a - b));
  const BATCH = 10_000;
  for (let k = 0; k < order.length;) {
    const at = logged[order[k]!]!;
    const batch: number[] = [];
    while (k < order.length && logged[order[k]!] === at && batch.length < BATCH) batch.push(order[k++]!);
    steps.push({
      at,
      run: async () => {
        await progress(jobsText.demo.activities);
        const rows = await createActivities(
          clock.ctx,
          batch.map((i) => inputs[i]!),
          DEMO_COMMUNE.officerName,
        );
        rows.forEach((row, j) => (ids[batch[j]!] = row.id));
        summary.activities += rows.length;
      },
    });
  }
  if (extras) {
    for (const [i, files] of evidencePlan(inputs, seed).entries()) {
      // Entered ahead for a report's "ước thực hiện": its photos would come after the report and
      // change its frozen evidence table; the demo keeps that one example (LATE_ENTRY) only.
      if (!files.length || vietnamDate(logged[i]!) < inputs[i]!.date) continue;
      steps.push({
        at: evidenceAt(logged[i]!, end),
        run: async () => {
          if (i % 20 === 0) await progress(jobsText.demo.evidence);
          for (const f of files) await addEvidenceBytes(clock.ctx, ids[i]!, f.name, f.bytes);
          summary.evidenceFiles += files.length;
        },
      });
    }
    // The officer marks the Q1 tasks done as they finish; the year-long ones are under way from the start.
    const status = (taskId: string | null, s: 'done' | 'inProgress', statusDate: string, at: string) => {
      if (taskId && at <= end)
        steps.push({ at, run: () => setTaskStatus(clock.ctx, { taskId, status: s, statusDate }).then(() => undefined) });
    };
    status(tasks.visual, 'inProgress', '2026-01-15', minutesAfter(setupAt, 20));
    status(tasks.radio, 'inProgress', '2026-01-15', minutesAfter(setupAt, 21));
    status(tasks.meeting, 'done', '2026-02-26', vnAt('2026-02-26', 17));
    status(tasks.portal, 'done', '2026-03-31', vnAt('2026-03-31', 16, 45));
    // Reports: opened, numbered, dated and signed, then submitted a few days before the deadline.
    for (const rep of reports) {
      const made: { draft?: Report } = {};
      steps.push({
        at: rep.draftedAt,
        run: async () => {
          await progress(jobsText.demo.reports);
          made.draft = await createReport(clock.ctx, { kind: rep.kind, year: DEMO_YEAR, from: null, to: null, deadline: null });
        },
      });
      steps.push({
        at: rep.savedAt,
        run: async () => {
          await saveReportDoc(clock.ctx, {
            id: made.draft!.id,
            doc: {
              ...made.draft!.doc,
              numberText: rep.numberText,
              reportDate: rep.sentOn,
              signer: { ...made.draft!.doc.signer, name: 'Mai Đàm Thanh Vân' },
            },
          });
        },
      });
      steps.push({
        at: rep.submittedAt,
        run: async () => {
          const sent = await submitReport(clock.ctx, { id: made.draft!.id }, rep.submittedAt);
          summary.reports.push({ kind: rep.kind, id: sent.id, submittedAt: rep.submittedAt });
        },
      });
    }
  }
  // In the order they happened (a stable sort: a sitting's activities before their files).
  steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const step of steps) {
    clock.set(step.at);
    await step.run();
  }
  return summary;
}
