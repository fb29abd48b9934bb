import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type BetterSqlite3 from 'better-sqlite3';
import { testApps } from '../helpers/app';
import { usbFolder } from '../helpers/bundles';
import { saveCommuneSettings } from '../../db/services/settings';
import { createPlanWithAnnex } from '../../db/services/plans';
import { createActivities } from '../../db/services/activities';
import { createReport, getReportView, saveReportDoc, submitReport } from '../../db/services/reports';
import { dashboard, planProgress } from '../../db/services/progress';
import { createBundle } from '../../db/services/bundles';
import { getKeyCard } from '../../db/services/keys';
import { addKeyCard } from '../../db/services/province-keys';
import { communeReport, consolidated } from '../../db/services/province';
import { importFolder } from '../../db/services/province-import';
import { readReportSnapshot } from '../../shared/domain/snapshots/read';
import { provinceFigures } from '../../db/services/province-figures';
import { LAYOUT_COMMUNE_7 } from '../../shared/domain/plan';
import type { ActivityFieldsInput } from '../../shared/domain/activity';
import type { ReportFigures } from '../../shared/domain/report';
import { tempDir } from '../helpers/temp';
import fs from 'node:fs';
import path from 'node:path';

/**
 * One number per concept (issue 12): for generated commune years, every window's figures on
 * the report draft, the submitted snapshot, the province's import, Tiến độ and Tổng quan are
 * the same, and equal a plain-SQL recount written here (json_extract on the stored rows; none
 * of the app's generated columns, GROUP BY or rules).
 */
const open = testApps();
const COMMUNE = {
  communeName: 'xã Quyết Thắng',
  communeCode: '10903',
  province: 'thành phố Hải Phòng',
  officerName: 'Nguyễn Thị Lan',
  officerTitle: '',
};
/** NĐ 09 windows of 2026 (the default rules), written out by hand. */
const WINDOWS = {
  q1: ['2025-12-15', '2026-03-14'],
  q2: ['2026-03-15', '2026-06-14'],
  q3: ['2026-06-15', '2026-09-14'],
  q4: ['2026-09-15', '2026-12-14'],
  h1: ['2025-12-15', '2026-06-14'],
  m9: ['2025-12-15', '2026-09-14'],
  year: ['2025-12-15', '2026-12-14'],
} as const;
type Kind = keyof typeof WINDOWS;
const YEAR_START = '2025-12-15';

const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2025, 11, 1) + n * 86_400_000).toISOString().slice(0, 10));
const details = fc.oneof(
  fc.record({
    kind: fc.constant('broadcast' as const),
    newsKind: fc.constantFrom('tin', 'bai', 'chuyenMuc', 'phongSu'),
    durationMinutes: fc.integer({ min: 0, max: 30 }),
    repeats: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    kind: fc.constant('visual' as const),
    visualKind: fc.constantFrom('pano', 'apPhich', 'bangRon', 'khauHieu'),
    count: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({
    kind: fc.constant('meeting' as const),
    meetingKind: fc.constantFrom('hoiNghi', 'hoiThao', 'toaDam', 'tapHuan'),
    attendees: fc.integer({ min: 0, max: 200 }),
  }),
  fc.record({
    kind: fc.constant('online' as const),
    channel: fc.constant('portal'),
    postKind: fc.constantFrom('tin', 'bai', 'anh', 'video'),
  }),
  fc.record({ kind: fc.constant('contest' as const), participants: fc.integer({ min: 0, max: 300 }) }),
  fc.record({ kind: fc.constant('tthcPosting' as const), procedureCount: fc.integer({ min: 1, max: 150 }) }),
  fc.record({
    kind: fc.constant('publication' as const),
    publicationKind: fc.constantFrom('toRoi', 'toGap', 'banTin', 'video'),
    count: fc.integer({ min: 1, max: 900 }),
  }),
);
const year = fc.record({
  /** A kế hoạch bổ sung issued on a day of the year, with its own tasks (or none). */
  amendment: fc.option(fc.record({ issuedOn: day, tasks: fc.integer({ min: 1, max: 2 }) }), { nil: null }),
  tasks: fc.array(
    fc.record({
      target: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
      status: fc.constantFrom('notStarted', 'inProgress', 'done'),
      statusDate: fc.option(day, { nil: null }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  activities: fc.array(
    fc.record({
      date: day,
      details,
      task: fc.option(fc.nat(3), { nil: null }),
      areas: fc.subarray(['institutions', 'procedures', 'digitalGov'] as const),
      deleted: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    }),
    { maxLength: 30 },
  ),
});

// ------------------------------------------------------------------ the oracle (plain SQL)

const INDICATOR_SQL: Record<string, string> = {
  'broadcast.plays': "kind = 'broadcast' THEN json_extract(details, '$.repeats')",
  'broadcast.minutes': "kind = 'broadcast' THEN json_extract(details, '$.durationMinutes') * json_extract(details, '$.repeats')",
  'meeting.attendees': "kind = 'meeting' THEN json_extract(details, '$.attendees')",
  'contest.participants': "kind = 'contest' THEN json_extract(details, '$.participants')",
  'tthcPosting.procedures': "kind = 'tthcPosting' THEN json_extract(details, '$.procedureCount')",
  'visual.bangRon': "kind = 'visual' AND json_extract(details, '$.visualKind') = 'bangRon' THEN json_extract(details, '$.count')",
  'publication.toRoi':
    "kind = 'publication' AND json_extract(details, '$.publicationKind') = 'toRoi' THEN json_extract(details, '$.count')",
  'broadcast.tin': "kind = 'broadcast' AND json_extract(details, '$.newsKind') = 'tin' THEN 1",
  'online.video': "kind = 'online' AND json_extract(details, '$.postKind') = 'video' THEN 1",
};

function recount(db: BetterSqlite3.Database, from: string, to: string) {
  const live = 'deleted_at IS NULL AND date >= ? AND date <= ?';
  const total = (db.prepare(`SELECT count(*) AS n FROM activities WHERE ${live}`).get(from, to) as { n: number }).n;
  const forms = Object.fromEntries(
    (
      db.prepare(`SELECT kind, count(*) AS n FROM activities WHERE ${live} GROUP BY kind`).all(from, to) as { kind: string; n: number }[]
    ).map((r) => [r.kind, r.n]),
  );
  const indicators = Object.fromEntries(
    Object.entries(INDICATOR_SQL).map(([k, expr]) => [
      k,
      (
        db.prepare(`SELECT coalesce(sum(CASE WHEN ${expr} ELSE 0 END), 0) AS v FROM activities WHERE ${live}`).get(from, to) as {
          v: number;
        }
      ).v,
    ]),
  );
  return { total, forms, indicators };
}

/**
 * Criterion 4.1 at the window end, with the rules of docs/REPORTS.md written out again: the
 * base plan's tasks, then those of a kế hoạch bổ sung issued on or before the window's end.
 */
function recount41(db: BetterSqlite3.Database, to: string) {
  const tasks = db
    .prepare(
      `SELECT t.id, t.status, t.target_count AS target, json_extract(t.doc, '$.statusDate') AS statusDate,
        (SELECT count(*) FROM activities a WHERE a.task_id = t.id AND a.deleted_at IS NULL AND a.date >= ? AND a.date <= ?) AS linked
       FROM plan_tasks t JOIN plans p ON p.id = t.plan_id
       WHERE t.deleted_at IS NULL AND (json_extract(p.doc, '$.amendsPlanId') IS NULL OR json_extract(p.doc, '$.issuedOn') <= ?)
       ORDER BY json_extract(p.doc, '$.amendsPlanId') IS NOT NULL, t.position`,
    )
    .all(YEAR_START, to, to) as { id: string; status: string; target: number | null; statusDate: string | null; linked: number }[];
  const done = tasks.filter(
    (t) => (t.status === 'done' && (t.statusDate === null || t.statusDate <= to)) || (t.target !== null && t.linked >= t.target),
  );
  return {
    tasks,
    doneCount: done.length,
    taskCount: tasks.length,
    percent: tasks.length ? Math.round((1000 * done.length) / tasks.length) / 10 : 0,
  };
}

function expectMatches(f: ReportFigures, db: BetterSqlite3.Database, kind: Kind) {
  const [from, to] = WINDOWS[kind];
  const o = recount(db, from, to);
  const c = recount(db, YEAR_START, to);
  expect(f.window).toEqual({ from, to });
  expect(f.totals).toEqual({ activities: o.total, activitiesCum: c.total });
  for (const x of f.forms) expect([x.form, x.activities, x.activitiesCum]).toEqual([x.form, o.forms[x.form] ?? 0, c.forms[x.form] ?? 0]);
  for (const [key, v] of Object.entries(o.indicators)) {
    const i = f.indicators.find((x) => x.key === key)!;
    expect([key, i.value, i.cumulative]).toEqual([key, v, c.indicators[key]]);
  }
  const k = recount41(db, to);
  expect(f.criterion4).toMatchObject({ taskCount: k.taskCount, doneCount: k.doneCount, completion: k.percent });
  expect(f.tasks.map((t) => t.activitiesCum)).toEqual(k.tasks.map((t) => t.linked));
}

describe('one number per concept: every screen gives the SQL recount for every window', () => {
  it('report draft, submitted snapshot, province import, Tiến độ and Tổng quan agree', async () => {
    await fc.assert(
      fc.asyncProperty(year, async (y) => {
        const a = await open();
        await saveCommuneSettings(a.ctx, COMMUNE);
        const plan = await createPlanWithAnnex(a.ctx, {
          fields: {
            year: 2026,
            title: 'Kế hoạch tuyên truyền CCHC năm 2026',
            issuer: 'UBND xã Quyết Thắng',
            annex: { heading: '', title: '', subtitle: '', orderLabel: 'TT', columns: LAYOUT_COMMUNE_7 },
          } as never,
          sections: [],
          tasks: y.tasks.map((t, i) => ({
            content: `Nhiệm vụ ${i + 1}`,
            targetCount: t.target,
            status: t.status,
            statusDate: t.statusDate,
          })),
        });
        const extra = y.amendment
          ? await createPlanWithAnnex(a.ctx, {
              fields: {
                year: 2026,
                title: 'Kế hoạch bổ sung',
                issuer: 'UBND xã Quyết Thắng',
                issuedOn: y.amendment.issuedOn,
                amendsPlanId: plan.plan.id,
                amendKind: 'supplement',
                annex: { heading: '', title: '', subtitle: '', orderLabel: 'TT', columns: LAYOUT_COMMUNE_7 },
              } as never,
              sections: [],
              tasks: Array.from({ length: y.amendment.tasks }, (_, i) => ({ content: `Nhiệm vụ bổ sung ${i + 1}`, targetCount: 1 })),
            })
          : null;
        const taskIds = [...plan.tasks, ...(extra?.tasks ?? [])].map((t) => t.id);
        const inputs: ActivityFieldsInput[] = y.activities.map((x, i) => ({
          date: x.date,
          title: `Hoạt động ${i}`,
          areas: [...x.areas],
          taskId: x.task === null ? null : (taskIds[x.task % taskIds.length] ?? null),
          details: x.details as never,
        }));
        const rows = inputs.length ? await createActivities(a.ctx, inputs as never, 'test') : [];
        const del = a.ctx.sqlite.prepare("UPDATE activities SET deleted_at = '2026-12-01T00:00:00.000Z' WHERE id = ?");
        y.activities.forEach((x, i) => x.deleted && del.run(rows[i]!.id));
        const db = a.ctx.sqlite;

        const usb = usbFolder();
        const submitted = new Map<Kind, ReportFigures>();
        for (const kind of Object.keys(WINDOWS) as Kind[]) {
          const draft = await createReport(a.ctx, { kind, year: 2026, from: null, to: null, deadline: null });
          const view = await getReportView(a.ctx, { id: draft.id });
          expectMatches(view.figures, db, kind);
          await saveReportDoc(a.ctx, {
            id: draft.id,
            doc: {
              ...draft.doc,
              numberText: 'Số: 01/BC-UBND',
              reportDate: '2026-12-20',
              signer: { ...draft.doc.signer, name: 'Trần Văn Bình' },
            },
          });
          const sub = await submitReport(a.ctx, { id: draft.id }, '2026-12-20T03:00:00.000Z');
          const frozen = (await getReportView(a.ctx, { id: sub.id })).figures;
          expect(frozen).toEqual(view.figures);
          submitted.set(kind, frozen);
          await createBundle(a.ctx, { what: { kind: 'report', reportId: sub.id }, folder: usb });
        }

        // Tiến độ = the annual window; Tổng quan = the reporting quarter that contains the day.
        const progress = await planProgress(a.ctx, { planId: plan.plan.id });
        const k = recount41(db, WINDOWS.year[1]);
        expect([progress.completedTasks, progress.totalTasks, progress.percent]).toEqual([k.doneCount, k.taskCount, k.percent]);
        expect(progress.tasks.map((t) => t.done)).toEqual(k.tasks.map((t) => t.linked));
        for (const q of ['q1', 'q2', 'q3', 'q4'] as const) {
          const [from, to] = WINDOWS[q];
          for (const today of [from, to]) {
            const d = await dashboard(a.ctx, { today: today });
            const o = recount(db, from, to);
            expect([d.from, d.to, d.quarterTotal]).toEqual([from, to, o.total]);
            for (const f of Object.keys(d.quarterCounts)) expect([f, d.quarterCounts[f]]).toEqual([f, o.forms[f] ?? 0]);
            expect(d.yearTotal).toBe(recount(db, WINDOWS.year[0], WINDOWS.year[1]).total);
            if (d.plan) expect(d.plan.percent).toBe(k.percent);
          }
        }

        // The province: the imported snapshot and its consolidated table.
        const p = await open();
        const card = path.join(tempDir(), 'the.cchc-key.json');
        fs.writeFileSync(card, JSON.stringify(await getKeyCard(a.ctx)));
        await addKeyCard(p.ctx, { path: card });
        expect((await importFolder(p.ctx, { folder: usb }, { workerFile: null })).refused).toBe(0);
        for (const [kind, figures] of submitted) {
          const key = `2026-${kind}`;
          expect(readReportSnapshot((await communeReport(p.ctx, { communeCode: '10903', period: key })).report.snapshot).figures).toEqual(
            figures,
          );
          // …and the province recomputes the same figures from the imported rows.
          expect(await provinceFigures(p.ctx, '10903', { from: WINDOWS[kind][0], to: WINDOWS[kind][1] }, 2026)).toEqual(figures);
          const row = (await consolidated(p.ctx, { period: key })).rows.find((r) => r.communeCode === '10903')!;
          const o = recount(db, WINDOWS[kind][0], WINDOWS[kind][1]);
          expect(row.total).toBe(o.total);
          for (const [form, cell] of Object.entries(row.counts)) expect([form, cell.n]).toEqual([form, o.forms[form] ?? 0]);
        }
      }),
      { numRuns: 8 },
    );
  }, 240_000);
});
