import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { usbFolder } from '../helpers/bundles';
import { createReport, saveReportDoc, submitReport } from '../../db/services/reports';
import { createBundle } from '../../db/services/bundles';
import { exportKeyCard } from '../../db/services/keys';
import { addKeyCard } from '../../db/services/province-keys';
import { importFolder } from '../../db/services/province-import';
import { consolidated } from '../../db/services/province';

/**
 * The Báo cáo tổng hợp's figure per commune, for generated communes and periods: a commune with
 * submitted versions (the latest counts; older, deleted or unsubmitted ones never), activities
 * sent after its report, activities deleted after it, a report whose snapshot cannot be read,
 * or no report at all. Checked against an oracle written here: the latest submitted row by
 * plain SQL, the snapshot's figures read straight from its JSON, and a plain-SQL recount of the
 * imported activities over the report's window (the period's when there is no readable report).
 */
const FORMS = ['broadcast', 'visual', 'meeting', 'online', 'contest', 'tthcPosting', 'publication'] as const;
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
/** A commune on other cut-off rules reports the calendar quarter: its recount must use that window. */
const CALENDAR: Partial<Record<Kind, readonly [string, string]>> = { q1: ['2026-01-01', '2026-03-31'], q3: ['2026-07-01', '2026-09-30'] };

const day = fc.integer({ min: 0, max: 420 }).map((n) => new Date(Date.UTC(2025, 11, 1) + n * 86_400_000).toISOString().slice(0, 10));
const commune = fc.record({
  activities: fc.array(
    fc.record({
      date: day,
      kind: fc.constantFrom(...FORMS),
      /** Logged after the report was submitted (sent in a later "changes" bundle). */
      afterReport: fc.boolean(),
      /** Deleted (a tombstone arrived). */
      deleted: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    }),
    { maxLength: 25 },
  ),
  /** Report rows of the period, oldest first; none = the commune did not report. */
  reports: fc.array(
    fc.record({
      submitted: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
      deleted: fc.integer({ min: 0, max: 6 }).map((n) => n === 0),
      unreadable: fc.integer({ min: 0, max: 6 }).map((n) => n === 0),
      calendarWindow: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
});
const scenario = fc.record({
  kind: fc.constantFrom(...(Object.keys(WINDOWS) as Kind[])),
  communes: fc.array(commune, { minLength: 1, maxLength: 4 }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

let province: Awaited<ReturnType<typeof openTestApp>>;
/** A real submitted report as the province stores it (imported from a real bundle): the template. */
let template: { outer: Record<string, unknown>; snapshot: Record<string, unknown> & { figures: Record<string, unknown> } };

beforeAll(async () => {
  const a = await openTestApp({ demo: true });
  province = await openTestApp();
  const r = await createReport(a.ctx, { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
  await saveReportDoc(a.ctx, {
    id: r.id,
    doc: { ...r.doc, numberText: '15/BC-UBND', reportDate: '2026-03-05', signer: { ...r.doc.signer, name: 'Mai Đàm Thanh Vân' } },
  });
  await submitReport(a.ctx, { id: r.id }, '2026-03-05T02:00:00.000Z');
  const usb = usbFolder();
  await createBundle(a.ctx, { what: { kind: 'report', reportId: r.id }, folder: usb });
  const card = await exportKeyCard(a.ctx);
  const cardFile = path.join(tempDir(), card.fileName);
  fs.writeFileSync(cardFile, Buffer.from(card.base64, 'base64'));
  await addKeyCard(province.ctx, { path: cardFile });
  expect((await importFolder(province.ctx, { folder: usb }, { workerFile: null })).refused).toBe(0);
  const row = province.ctx.sqlite.prepare('SELECT data FROM prov_reports').get() as { data: string };
  const outer = JSON.parse(row.data) as Record<string, unknown>;
  template = { outer, snapshot: outer.snapshot as typeof template.snapshot };
  await a.close();
}, 60_000);
afterAll(() => province?.close());

const inWindow = (d: string, w: readonly [string, string]) => d >= w[0] && d <= w[1];

/** Writes the scenario straight into the province tables, as imports would have left them. */
function store(db: BetterSqlite3.Database, s: Scenario) {
  for (const t of ['prov_activities', 'prov_reports', 'communes', 'trusted_keys']) db.prepare(`DELETE FROM ${t}`).run();
  const at = '2026-12-01T00:00:00.000Z';
  const act = db.prepare(
    `INSERT INTO prov_activities (commune_code, id, date, kind, quantity, task_id, title, unit_name, areas, details, note, entered_by,
       evidence_count, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, 1, NULL, 'Hoạt động', '', '[]', '{}', '', 'x', 0, ?, ?, ?)`,
  );
  const rep = db.prepare(
    `INSERT INTO prov_reports (commune_code, id, period_key, version, submitted_at, snapshot_hash, updated_at, deleted_at, data)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
  );
  const key = `2026-${s.kind}`;
  s.communes.forEach((c, i) => {
    const code = String(10_000 + i);
    db.prepare('INSERT INTO communes (code, name, province, updated_at) VALUES (?, ?, ?, ?)').run(code, `xã Số ${i + 1} 🌾`, 'tỉnh X', at);
    for (const a of c.activities) act.run(code, randomUUID(), a.date, a.kind, at, at, a.deleted ? at : null);
    c.reports.forEach((r, v) => {
      const w = (r.calendarWindow && CALENDAR[s.kind]) || WINDOWS[s.kind];
      // What the commune froze when it submitted: its activities of the window logged before then
      // (a later deletion does not change a frozen report). Older versions carry other numbers.
      const latest = v === c.reports.length - 1;
      const counts = Object.fromEntries(
        FORMS.map((f) => [
          f,
          c.activities.filter((a) => a.kind === f && !a.afterReport && inWindow(a.date, w)).length + (latest ? 0 : v + 1),
        ]),
      );
      const figures = {
        ...template.snapshot.figures,
        window: { from: w[0], to: w[1] },
        totals: { activities: FORMS.reduce((n, f) => n + counts[f]!, 0), activitiesCum: 0 },
        forms: (template.snapshot.figures.forms as { form: string }[]).map((x) => ({ ...x, activities: counts[x.form] ?? 0 })),
      };
      const snapshot = r.unreadable ? { format: 'cchc-report/99', figures } : { ...template.snapshot, figures };
      const submittedAt = r.submitted ? `2026-12-0${v + 1}T02:00:00.000Z` : null;
      const data = { ...template.outer, id: randomUUID(), periodKey: key, version: v + 1, submittedAt, snapshot };
      rep.run(code, data.id, key, v + 1, submittedAt, at, r.deleted ? at : null, JSON.stringify(data));
    });
  });
}

/** The oracle: plain SQL and the snapshot's JSON, none of the app's code. */
function expected(db: BetterSqlite3.Database, code: string, kind: Kind) {
  const latest = db
    .prepare(
      `SELECT version, data FROM prov_reports WHERE commune_code = ? AND period_key = ? AND submitted_at IS NOT NULL AND deleted_at IS NULL
       ORDER BY version DESC LIMIT 1`,
    )
    .get(code, `2026-${kind}`) as { version: number; data: string } | undefined;
  const snap = latest ? (JSON.parse(latest.data) as { snapshot: { format: string; figures: Record<string, never> } }).snapshot : null;
  const figures =
    snap?.format === 'cchc-report/4'
      ? (snap.figures as unknown as {
          window: { from: string; to: string };
          totals: { activities: number };
          forms: { form: string; activities: number }[];
        })
      : null;
  const [from, to] = figures ? [figures.window.from, figures.window.to] : WINDOWS[kind];
  const rows = db
    .prepare(
      `SELECT kind, count(*) AS n FROM prov_activities WHERE commune_code = ? AND deleted_at IS NULL AND date >= ? AND date <= ? GROUP BY kind`,
    )
    .all(code, from, to) as { kind: string; n: number }[];
  const recount = Object.fromEntries(FORMS.map((f) => [f, rows.find((r) => r.kind === f)?.n ?? 0]));
  const recountTotal = rows.reduce((n, r) => n + r.n, 0);
  if (!figures) return { basis: latest ? 'reportUnreadable' : 'notReported', counts: recount, total: recountTotal, recountTotal: null };
  const counts = Object.fromEntries(FORMS.map((f) => [f, figures.forms.find((x) => x.form === f)?.activities ?? 0]));
  const same = recountTotal === figures.totals.activities && FORMS.every((f) => counts[f] === recount[f]);
  return { basis: 'report', version: latest!.version, counts, total: figures.totals.activities, recountTotal: same ? null : recountTotal };
}

describe('Báo cáo tổng hợp: each commune’s figure is what it signed, or a labelled recount', () => {
  it('matches the SQL/JSON oracle for generated communes and periods, with the difference flagged', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const db = province.ctx.sqlite;
        store(db, s);
        const c = await consolidated(province.ctx, { period: `2026-${s.kind}` });
        expect(c.rows).toHaveLength(s.communes.length);
        let sum = 0;
        for (const row of c.rows) {
          const o = expected(db, row.communeCode, s.kind);
          sum += o.total;
          expect(row.basis).toBe(o.basis);
          if (o.basis === 'report') expect(row.reportVersion).toBe(o.version);
          expect(row.total).toBe(o.total);
          for (const f of FORMS) expect([f, row.counts[f]?.n ?? 0]).toEqual([f, o.counts[f]]);
          expect(row.recount?.total ?? null).toBe(o.recountTotal);
        }
        expect(c.sum.total).toBe(sum);
        for (const f of FORMS) expect(c.sum.counts[f]?.n).toBe(c.rows.reduce((n, r) => n + (r.counts[f]?.n ?? 0), 0));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('the difference is exactly the activities sent or deleted after the report (the model’s own count)', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        store(province.ctx.sqlite, s);
        const c = await consolidated(province.ctx, { period: `2026-${s.kind}` });
        s.communes.forEach((m, i) => {
          const row = c.rows.find((r) => r.communeCode === String(10_000 + i))!;
          const last = [...m.reports].reverse().find((r) => r.submitted && !r.deleted);
          if (!last || last.unreadable) return expect(row.recount).toBeNull();
          const w = (last.calendarWindow && CALENDAR[s.kind]) || WINDOWS[s.kind];
          const live = m.activities.filter((a) => inWindow(a.date, w) && !a.deleted).length;
          const v = m.reports.lastIndexOf(last);
          const older = v === m.reports.length - 1 ? 0 : (v + 1) * FORMS.length;
          const frozen = m.activities.filter((a) => inWindow(a.date, w) && !a.afterReport).length + older;
          expect(row.total).toBe(frozen);
          if (row.recount) expect(row.recount.total).toBe(live);
          else expect(live).toBe(frozen);
        });
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
