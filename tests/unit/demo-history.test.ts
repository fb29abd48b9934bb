import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { seedDemoData } from '../../db/services/demo-data';
import { createReport, getReportView } from '../../db/services/reports';
import { LATE_ENTRY } from '../../db/demo/year-activities';
import { demoEnd, SETUP_DAY } from '../../db/demo/year-history';
import { readReportSnapshotJson } from '../../shared/domain/snapshots/read';
import { vietnamDate, type PeriodicKind } from '../../shared/domain/period';
import { addDays } from '../../db/demo/year-vocabulary';
import { cumulativeLines } from '../../shared/domain/report-cumulative';

/**
 * The demo year is a history that could have been lived (issue 16 review): nothing is stamped
 * after the moment the demo stands in, an activity is logged on its day or a day or two later
 * (or ahead, for a report's "ước thực hiện"), every submitted report froze what the log held
 * when it was sent (an oracle recount in plain SQL), and the only change listed "sau khi đã
 * nộp" is the demo's one deliberate late entry, never one dated after the report listing it.
 */
const open = testApps();
type App = Awaited<ReturnType<typeof open>>;

const all = <T>(a: App, q: string, ...p: unknown[]) => a.ctx.sqlite.prepare(q).all(...p) as T[];

// Before Quý I's cut-off, the day Quý II and 6 tháng go out, after 9 tháng, the reviewer's day, the next year.
const TODAYS = ['2026-03-08', '2026-06-09', '2026-09-20', '2026-12-05', '2027-02-01'];

describe('the demo year is a history that could have happened', () => {
  for (const today of TODAYS)
    it(`seeded as of ${today}`, async () => {
      const a = await open();
      await seedDemoData(a.ctx, 'year', { today });
      const end = demoEnd(today);

      // 1. Nothing is stamped after "now" of the demo, nothing updated before it was created.
      const stamps = all<{ t: string; c: string; u: string }>(
        a,
        `SELECT 'settings' t, updated_at c, updated_at u FROM settings WHERE key <> 'demo'
         UNION ALL SELECT 'units', created_at, updated_at FROM units
         UNION ALL SELECT 'plans', created_at, updated_at FROM plans
         UNION ALL SELECT 'plan_sections', created_at, updated_at FROM plan_sections
         UNION ALL SELECT 'plan_tasks', created_at, updated_at FROM plan_tasks
         UNION ALL SELECT 'activities', created_at, updated_at FROM activities
         UNION ALL SELECT 'evidence_files', created_at, created_at FROM evidence_files
         UNION ALL SELECT 'activity_evidence', created_at, created_at FROM activity_evidence
         UNION ALL SELECT 'reports', created_at, updated_at FROM reports
         UNION ALL SELECT 'change_log', at, at FROM change_log`,
      );
      expect(stamps.length).toBeGreaterThan(10);
      for (const s of stamps) {
        expect(s.u <= end, `${s.t} ${s.u} after ${end}`).toBe(true);
        expect(s.c <= s.u, `${s.t} updated ${s.u} before created ${s.c}`).toBe(true);
      }
      // The plan and the units exist before anything is logged against them.
      const setup = all<{ at: string }>(
        a,
        `SELECT max(created_at) AS at FROM (SELECT created_at FROM plans UNION ALL SELECT created_at FROM units)`,
      )[0]!.at;

      // 2. Each activity logged on its day or up to two days later; earlier only when entered ahead for a report it was then counted in.
      const reports = all<{
        kind: PeriodicKind;
        from_date: string;
        to_date: string;
        submitted_at: string;
        created_at: string;
        snapshot: string;
      }>(
        a,
        `SELECT kind, from_date, to_date, submitted_at, created_at, snapshot FROM reports WHERE submitted_at IS NOT NULL ORDER BY submitted_at`,
      );
      const acts = all<{ id: string; date: string; title: string; created_at: string }>(
        a,
        `SELECT id, date, title, created_at FROM activities`,
      );
      expect(acts.length).toBeGreaterThan(0);
      for (const act of acts) {
        const on = vietnamDate(act.created_at);
        expect(act.created_at >= setup, `${act.title} logged before the app was set up`).toBe(true);
        const late = act.title === LATE_ENTRY.title;
        if (!late && act.date >= SETUP_DAY) expect(on <= addDays(act.date, 2), `${act.date} ${act.title} logged on ${on}`).toBe(true);
        if (on < act.date) {
          const ahead = reports.some((r) => act.date >= r.from_date && act.date <= r.to_date && act.created_at < r.created_at);
          expect(ahead, `${act.date} ${act.title} logged ahead on ${on} for no report`).toBe(true);
        }
        // Any report whose window holds the activity and was drafted after its date counted it (bar the deliberate late entry).
        for (const r of reports)
          if (!late && act.date >= r.from_date && act.date <= r.to_date && vietnamDate(r.created_at) >= act.date)
            expect(act.created_at < r.created_at, `${act.title} logged after the ${r.kind} report went out`).toBe(true);
      }
      // Files attached in the sitting the activity was logged, after the event.
      const files = all<{ at: string; logged: string; date: string }>(
        a,
        `SELECT e.created_at AS at, x.created_at AS logged, x.date FROM activity_evidence e JOIN activities x ON x.id = e.activity_id`,
      );
      for (const f of files) {
        expect(f.at >= f.logged).toBe(true);
        expect(vietnamDate(f.at) >= f.date).toBe(true);
      }

      // 3. Every submitted report froze exactly what the log held at its submission (plain-SQL oracle).
      for (const r of reports) {
        const snap = readReportSnapshotJson(r.snapshot);
        const live = `date BETWEEN ? AND ? AND created_at <= ? AND (deleted_at IS NULL OR deleted_at > ?)`;
        const args = [r.from_date, r.to_date, r.submitted_at, r.submitted_at];
        const total = all<{ n: number }>(a, `SELECT count(*) AS n FROM activities WHERE ${live}`, ...args)[0]!.n;
        expect(snap.figures.totals.activities, r.kind).toBe(total);
        const byKind = all<{ kind: string; n: number }>(
          a,
          `SELECT kind, count(*) AS n FROM activities WHERE ${live} GROUP BY kind`,
          ...args,
        );
        for (const f of snap.figures.forms) expect(f.activities, `${r.kind} ${f.form}`).toBe(byKind.find((k) => k.kind === f.form)?.n ?? 0);
        const links = all<{ n: number }>(
          a,
          `SELECT count(*) AS n FROM activity_evidence e JOIN activities x ON x.id = e.activity_id
           WHERE x.date BETWEEN ? AND ? AND x.created_at <= ? AND (x.deleted_at IS NULL OR x.deleted_at > ?) AND e.created_at <= ?`,
          ...args,
          r.submitted_at,
        )[0]!.n;
        expect(snap.figures.evidenceTotal, `${r.kind} evidence`).toBe(links);
        expect(vietnamDate(r.submitted_at)).toBe(snap.doc.reportDate);

        // 4. Its cộng dồn lists only the deliberate late entry, dated between the quarter's submission and its own.
        for (const c of snap.cumulative?.changes ?? []) {
          expect(c.title, r.kind).toBe(LATE_ENTRY.title);
          expect(c.at <= r.submitted_at, `${r.kind} lists a change of ${c.at}`).toBe(true);
        }
        for (const line of cumulativeLines(snap.cumulative)) {
          const dates = [...line.matchAll(/(\d{2})\/(\d{2})\/(\d{4})/g)].map((m) => `${m[3]}-${m[2]}-${m[1]}`);
          for (const d of dates) expect(d <= vietnamDate(r.submitted_at), `${r.kind}: ${line}`).toBe(true);
        }
      }
      // 6 tháng and 9 tháng explain the one late entry, once submitted.
      for (const r of reports.filter((x) => x.kind === 'h1' || x.kind === 'm9')) {
        const changes = readReportSnapshotJson(r.snapshot).cumulative!.changes;
        expect(changes.map((c) => [c.change, c.date, vietnamDate(c.at)])).toEqual([['added', LATE_ENTRY.date, LATE_ENTRY.loggedOn]]);
      }
      // 5. A draft opened today lists the same and nothing more.
      if (today >= '2026-12-01') {
        const year = await createReport(a.ctx, { kind: 'year', year: 2026, from: null, to: null, deadline: null });
        const v = await getReportView(a.ctx, { id: year.id });
        expect(v.cumulative!.changes.map((c) => c.title)).toEqual([LATE_ENTRY.title]);
        const q3 = reports.find((r) => r.kind === 'q3')!;
        const q3view = await getReportView(a.ctx, { id: all<{ id: string }>(a, `SELECT id FROM reports WHERE kind = 'q3'`)[0]!.id });
        expect(q3view.changes, 'Quý III unchanged since it was submitted').toEqual([]);
        expect(q3.submitted_at < end).toBe(true);
      }
    });
});
