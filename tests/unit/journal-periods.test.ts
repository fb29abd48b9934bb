import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type BetterSqlite3 from 'better-sqlite3';
import { testApps } from '../helpers/app';
import { readyToSubmit } from '../helpers/reports';
import { saveCommuneSettings } from '../../db/services/settings';
import { countActivities, createActivities, listActivities } from '../../db/services/activities';
import { createReport, getReportView, submitReport } from '../../db/services/reports';
import { saveReportRules } from '../../db/services/report-rules';
import { dashboard } from '../../db/services/progress';
import { journalPeriods, periodNote } from '../../db/services/journal-periods';
import { ActivityListQuery } from '../../shared/domain/activity';
import { ReportRules, type PeriodicKind } from '../../shared/domain/period';
import { isAppError } from '../../shared/errors';
import { calendarQuarterRange, parsePeriodKey } from '../../shared/domain/journal-periods';
import { exportActivitiesXlsx } from '../../db/services/activities-xlsx';
import { loadWorkbook } from '../../db/exports/xlsx-common';

/**
 * One window per concept: for generated logs and generated cut-off rules, the Nhật ký filtered
 * to a report period (the services the screen calls) counts what the report for that period
 * counts, and both equal a plain-SQL count over the window written out here from the rules as
 * docs/REPORTS.md states them (start: the period's first month minus startMonthsBefore, on
 * startDay; end: its last month plus endMonthsAfter, on endDay; a day past the month's end is
 * its last day).
 */
const open = testApps();
const COMMUNE = {
  communeName: 'xã Quyết Thắng',
  communeCode: '10903',
  province: 'thành phố Hải Phòng',
  officerName: 'Lan',
  officerTitle: '',
};
const MONTHS: Record<PeriodicKind, [number, number]> = {
  q1: [1, 3],
  q2: [4, 6],
  q3: [7, 9],
  q4: [10, 12],
  h1: [1, 6],
  m9: [1, 9],
  year: [1, 12],
};
const KINDS = Object.keys(MONTHS) as PeriodicKind[];
const family = (k: PeriodicKind) => (k.startsWith('q') ? 'quarter' : (k as 'h1' | 'm9' | 'year'));

/** The oracle's window, with Date arithmetic (the app uses integer month arithmetic). */
function oracleWindow(kind: PeriodicKind, year: number, rules: ReportRules): [string, string] {
  const r = rules[family(kind)];
  const at = (monthIndex: number, day: number) => {
    const first = new Date(Date.UTC(year, monthIndex, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, last))).toISOString().slice(0, 10);
  };
  const [first, last] = MONTHS[kind];
  return [at(first - 1 - r.startMonthsBefore, r.startDay), at(last - 1 + r.endMonthsAfter, r.endDay)];
}

const sqlCount = (db: BetterSqlite3.Database, [from, to]: [string, string]) =>
  (db.prepare('SELECT count(*) AS n FROM activities WHERE deleted_at IS NULL AND date >= ? AND date <= ?').get(from, to) as { n: number })
    .n;

const rule = fc.record({
  startMonthsBefore: fc.integer({ min: 0, max: 3 }),
  startDay: fc.integer({ min: 1, max: 31 }),
  endMonthsAfter: fc.integer({ min: -2, max: 2 }),
  endDay: fc.integer({ min: 1, max: 31 }),
  deadlineMonthsAfter: fc.integer({ min: 0, max: 1 }),
  deadlineDay: fc.integer({ min: 1, max: 31 }),
});
const rules = fc
  .record({ quarter: rule, h1: rule, m9: rule, year: rule, dueSoonDays: fc.constant(7) })
  .filter((r) => ReportRules.safeParse(r).success);
/** 2025-06-01 … 2027-06-30: the windows of 2026 reach into both neighbouring years. */
const day = fc.integer({ min: 0, max: 760 }).map((n) => new Date(Date.UTC(2025, 5, 1) + n * 86_400_000).toISOString().slice(0, 10));

const broadcast = (date: string, i: number) => ({
  date,
  title: `Phát thanh ${i}`,
  areas: [],
  taskId: null,
  details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5, repeats: 1 },
});

describe('one window per concept: the Nhật ký period filter and the report count the same rows', () => {
  it('for every period: journal count = report total = plain-SQL count over the window the rules give', async () => {
    await fc.assert(
      fc.asyncProperty(
        rules,
        fc.option(rules, { nil: null }),
        fc.constantFrom(...KINDS),
        fc.boolean(),
        fc.array(fc.record({ date: day, deleted: fc.integer({ min: 0, max: 7 }).map((n) => n === 0) }), { maxLength: 40 }),
        async (now, before, earlyKind, submitEarly, acts) => {
          const a = await open();
          await saveCommuneSettings(a.ctx, COMMUNE);
          const rows = acts.length ? await createActivities(a.ctx, acts.map((x, i) => broadcast(x.date, i)) as never, 'test') : [];
          const del = a.ctx.sqlite.prepare("UPDATE activities SET deleted_at = '2026-12-01T00:00:00.000Z' WHERE id = ?");
          acts.forEach((x, i) => x.deleted && del.run(rows[i]!.id));
          // A report submitted under earlier rules keeps the window it was signed with, and the
          // journal follows that report; a draft made then follows the new rules.
          const windowOf = new Map<PeriodicKind, [string, string]>();
          if (before) {
            await saveReportRules(a.ctx, { rules: before });
            const early = await createReport(a.ctx, { kind: earlyKind, year: 2026, from: null, to: null, deadline: null });
            if (submitEarly) {
              await readyToSubmit(a.ctx, early.id);
              await submitReport(a.ctx, { id: early.id });
              windowOf.set(earlyKind, oracleWindow(earlyKind, 2026, before));
            }
          }
          await saveReportRules(a.ctx, { rules: now });
          for (const k of KINDS) if (!windowOf.has(k)) windowOf.set(k, oracleWindow(k, 2026, now));

          const offered = (await journalPeriods(a.ctx, { today: '2026-12-05' })).years.find((y) => y.year === 2026)!.periods;
          for (const kind of KINDS) {
            const key = `2026-${kind}`;
            const w = windowOf.get(kind)!;
            const expected = sqlCount(a.ctx.sqlite, w);
            expect(
              offered.find((p) => p.key === key),
              key,
            ).toMatchObject({ from: w[0], to: w[1] });
            const q = ActivityListQuery.parse({ period: key, limit: 500, from: '2000-01-01', to: '2000-01-02' });
            expect((await countActivities(a.ctx, q)).total, key).toBe(expected);
            expect((await listActivities(a.ctx, q)).rows.length, key).toBe(expected);
            const report = await createReport(a.ctx, { kind, year: 2026, from: null, to: null, deadline: null });
            const view = await getReportView(a.ctx, { id: report.id });
            expect(view.figures.totals.activities, key).toBe(expected);
            expect([view.report.from, view.report.to], key).toEqual(w);
          }
          // Tổng quan names the reporting quarter holding today, and its year: the same windows and counts.
          const dash = await dashboard(a.ctx, { today: '2026-08-01' });
          const journalOf = async (period: string) => (await countActivities(a.ctx, ActivityListQuery.parse({ period }))).total;
          expect(dash.quarterTotal).toBe(await journalOf(`${dash.year}-q${dash.quarter}`));
          expect(dash.yearTotal).toBe(await journalOf(`${dash.year}-year`));
          if (dash.year === 2026) {
            expect([dash.from, dash.to]).toEqual(windowOf.get(`q${dash.quarter}` as PeriodicKind));
            expect([dash.yearFrom, dash.yearTo]).toEqual(windowOf.get('year'));
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('offers the current year and the years whose report windows hold a live activity, no others', async () => {
    await fc.assert(
      fc.asyncProperty(
        rules,
        fc.array(fc.record({ year: fc.integer({ min: 2018, max: 2029 }), doy: fc.integer({ min: 0, max: 364 }) }), { maxLength: 6 }),
        async (r, picks) => {
          const a = await open();
          await saveReportRules(a.ctx, { rules: r });
          const dates = picks.map((p) => new Date(Date.UTC(p.year, 0, 1) + p.doy * 86_400_000).toISOString().slice(0, 10));
          if (dates.length) await createActivities(a.ctx, dates.map(broadcast) as never, 'test');
          const expected = [2026];
          for (let y = 2015; y <= 2032; y++) {
            const ws = KINDS.map((k) => oracleWindow(k, y, r));
            const from = ws.map((w) => w[0]).sort()[0]!;
            const to = ws
              .map((w) => w[1])
              .sort()
              .at(-1)!;
            if (y !== 2026 && sqlCount(a.ctx.sqlite, [from, to]) > 0) expected.push(y);
          }
          const got = (await journalPeriods(a.ctx, { today: '2026-12-05' })).years.map((y) => y.year);
          expect(got).toEqual(expected.sort((x, y) => y - x));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a period key that is not a report period is refused in Vietnamese and changes nothing', async () => {
    const a = await open();
    for (const period of ['2026-q5', '2026-adhoc-2026-05-31-2026-05-01', 'Quý III']) {
      const r = ActivityListQuery.safeParse({ period });
      expect(r.success).toBe(false);
      expect(r.error!.issues[0]!.message).toMatch(/không phải là một kỳ báo cáo/);
    }
    const err = await countActivities(a.ctx, { ...ActivityListQuery.parse({}), period: '2026-q9' }).catch((e: unknown) => e);
    expect(isAppError(err) && err.message).toMatch(/không phải là một kỳ báo cáo/);
  });

  it('saving into a submitted period says which report it was and where the activity still counts', async () => {
    const a = await open();
    await saveCommuneSettings(a.ctx, COMMUNE);
    await createActivities(a.ctx, [broadcast('2026-07-01', 0)] as never, 'test');
    const q3 = await createReport(a.ctx, { kind: 'q3', year: 2026, from: null, to: null, deadline: null });
    await readyToSubmit(a.ctx, q3.id);
    await submitReport(a.ctx, { id: q3.id });
    expect(await periodNote(a.ctx, { dates: ['2026-09-20'] })).toBeNull();
    const note = await periodNote(a.ctx, { dates: ['2026-09-20', '2026-08-20'] });
    expect(note).toEqual({
      date: '2026-08-20',
      submitted: [{ key: '2026-q3', label: 'Quý III/2026', from: '2026-06-15', to: '2026-09-14' }],
      counting: ['9 tháng năm 2026', 'Năm 2026'],
    });
  });

  it('the .xlsx of a report period says so in its title and holds the report rows', async () => {
    const a = await open();
    await saveCommuneSettings(a.ctx, COMMUNE);
    const dates = ['2026-06-14', '2026-06-15', '2026-07-01', '2026-09-14', '2026-09-15'];
    await createActivities(a.ctx, dates.map(broadcast) as never, 'test');
    const file = await exportActivitiesXlsx(a.ctx, ActivityListQuery.parse({ period: '2026-q3' }));
    const ws = (await loadWorkbook(Buffer.from(file.base64, 'base64'))).worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('Nhật ký hoạt động kỳ báo cáo Quý III/2026 (số liệu từ 15/06/2026 đến 14/09/2026)');
    expect(ws.getRow(2).getCell(2).value).toBe('Ngày');
    expect([3, 4, 5].map((n) => ws.getRow(n).getCell(2).value)).toEqual(['14/09/2026', '01/07/2026', '15/06/2026']);
    expect(ws.actualRowCount).toBe(5);
    const calendar = await exportActivitiesXlsx(a.ctx, ActivityListQuery.parse({ from: '2026-07-01', to: '2026-09-30' }));
    const cs = (await loadWorkbook(Buffer.from(calendar.base64, 'base64'))).worksheets[0]!;
    expect(cs.getRow(1).getCell(1).value).toBe('Nhật ký hoạt động từ ngày 01/07/2026 đến ngày 30/09/2026');
  });

  it('calendar quarters are named by their months, never "Quý"; keys parse to their kind or ad hoc window', () => {
    expect([1, 2, 3, 4].map((q) => calendarQuarterRange(2026, q))).toEqual([
      { label: 'Tháng 1–3/2026', from: '2026-01-01', to: '2026-03-31' },
      { label: 'Tháng 4–6/2026', from: '2026-04-01', to: '2026-06-30' },
      { label: 'Tháng 7–9/2026', from: '2026-07-01', to: '2026-09-30' },
      { label: 'Tháng 10–12/2026', from: '2026-10-01', to: '2026-12-31' },
    ]);
    expect(parsePeriodKey('2026-m9')).toEqual({ kind: 'm9', year: 2026 });
    expect(parsePeriodKey('2026-adhoc-2026-05-01-2026-05-31')).toEqual({
      kind: 'adhoc',
      year: 2026,
      window: { from: '2026-05-01', to: '2026-05-31' },
    });
    expect(parsePeriodKey('2026-Q3')).toBeNull();
  });
});
