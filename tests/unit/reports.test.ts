import { describe, expect, it } from 'vitest';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import canonicalize from 'canonicalize';
import { testApps } from '../helpers/app';
import { readyToSubmit } from '../helpers/reports';
import { tempDir } from '../helpers/temp';
import { saveCommuneSettings } from '../../db/services/settings';
import { createPlanWithAnnex } from '../../db/services/plans';
import { createActivities } from '../../db/services/activities';
import { createReport, getReportView, reviseReport, saveReportDoc, submitReport } from '../../db/services/reports';
import { exportReport } from '../../db/services/report-export';
import { getReportRules, saveReportRules } from '../../db/services/report-rules';
import { listPeriods } from '../../db/services/report-periods';
import { dispatch } from '../../shared/contract/dispatch';
import { DEFAULT_REPORT_RULES } from '../../shared/domain/period';
import type { ActivityFieldsInput } from '../../shared/domain/activity';
import { reportFileName, type ReportFigures } from '../../shared/domain/report';
import { LAYOUT_COMMUNE_7 } from '../../shared/domain/plan';
import { migrate } from '../../db/migrate';
import { loadWorkbook, cellText } from '../../db/exports/xlsx-common';

const openApp = testApps();

const COMMUNE = {
  communeName: 'xã Quyết Thắng',
  communeCode: '10903',
  province: 'thành phố Hải Phòng',
  officerName: 'Nguyễn Thị Lan',
  officerTitle: '',
};

const bc = (
  date: string,
  newsKind: 'tin' | 'bai' | 'phongSu' | 'chuyenMuc',
  durationMinutes: number,
  repeats: number,
  extra: Partial<ActivityFieldsInput> = {},
): ActivityFieldsInput => ({
  date,
  title: `Phát thanh ${newsKind} ${date}`,
  details: { kind: 'broadcast', newsKind, durationMinutes, repeats },
  ...extra,
});

/**
 * The fixture log. Windows (NĐ 09): Q1/2026 = 15/12/2025–14/3/2026, Q2 = 15/3–14/6,
 * cộng dồn Q2 = 15/12/2025–14/6/2026, năm 2026 = 15/12/2025–14/12/2026.
 */
async function fixture() {
  const a = await openApp();
  await saveCommuneSettings(a.ctx, COMMUNE);
  const plan = await createPlanWithAnnex(a.ctx, {
    fields: {
      year: 2026,
      title: 'Tuyên truyền CCHC năm 2026',
      issuer: 'UBND xã Quyết Thắng',
      annex: { heading: '', title: '', subtitle: '', orderLabel: 'TT', columns: LAYOUT_COMMUNE_7 },
    } as never,
    sections: [],
    tasks: [
      { content: 'Tuyên truyền trên loa truyền thanh và Cổng TTĐT', targetCount: 4, status: 'inProgress' },
      { content: 'Hội nghị triển khai CCHC', status: 'done' },
    ],
  });
  const [t1, t2] = plan.tasks.map((t) => t.id) as [string, string];
  const acts: ActivityFieldsInput[] = [
    /* A1 */ bc('2025-12-10', 'tin', 5, 2, { areas: ['procedures'] }), // before the 2026 reporting year: never counted
    /* A2 */ bc('2025-12-20', 'tin', 5, 3, { areas: ['procedures'], taskId: t1 }),
    /* A3 */ bc('2026-01-05', 'bai', 10, 1, { areas: ['procedures', 'digitalGov'], taskId: t1 }),
    /* A4 */ {
      date: '2026-02-14',
      title: 'Băng rôn',
      areas: ['institutions'],
      details: { kind: 'visual', visualKind: 'bangRon', count: 4 },
    },
    /* A5 */ {
      date: '2026-03-14',
      title: 'Hội nghị CCHC',
      areas: ['institutions'],
      taskId: t2,
      details: { kind: 'meeting', meetingKind: 'hoiNghi', attendees: 85 },
    },
    /* A6 */ {
      date: '2026-03-15',
      title: 'Tin trên Cổng TTĐT',
      areas: ['digitalGov'],
      taskId: t1,
      details: { kind: 'online', channel: 'portal', postKind: 'tin' },
    },
    /* A7 */ bc('2026-05-01', 'phongSu', 15, 2),
    /* A8 */ { date: '2026-06-14', title: 'Niêm yết TTHC', areas: ['procedures'], details: { kind: 'tthcPosting', procedureCount: 112 } },
    /* A9 */ { date: '2026-06-15', title: 'Tờ rơi', details: { kind: 'publication', publicationKind: 'toRoi', count: 500 } },
    /* A10 */ bc('2026-02-01', 'tin', 5, 1), // deleted below: never counted
  ];
  const rows = await createActivities(a.ctx, acts as never, 'test');
  const id = (i: number) => rows[i - 1]!.id;
  a.ctx.sqlite.prepare("UPDATE activities SET deleted_at = '2026-02-02T00:00:00.000Z' WHERE id = ?").run(id(10));
  // Evidence: a photo of the meeting (A5, traditional) and a screenshot of the portal post (A6, online).
  const ev = a.ctx.sqlite.prepare(
    "INSERT INTO evidence_files (sha256, size, mime, original_name, created_at) VALUES (?, 1, 'image/jpeg', ?, 't')",
  );
  const link = a.ctx.sqlite.prepare("INSERT INTO activity_evidence (activity_id, sha256, name, created_at) VALUES (?, ?, ?, 't')");
  for (const [i, name] of [
    [5, 'anh-hoi-nghi.jpg'],
    [6, 'chup-man-hinh-cong.png'],
  ] as const) {
    const sha = crypto.createHash('sha256').update(name).digest('hex');
    ev.run(sha, name);
    link.run(id(i), sha, name);
  }
  return { a, t1, t2, id };
}

const ind = (f: ReportFigures, key: string) => {
  const i = f.indicators.find((x) => x.key === key)!;
  return [i.value, i.cumulative];
};
const area = (f: ReportFigures, a: string) => f.areas.find((x) => x.area === a)!.activities;

describe('report figures from the log (hand-worked fixture)', () => {
  it('Quý I/2026 counts A2–A5 only: the window edges, the previous year and a deleted activity are handled', async () => {
    const { a, t1, t2 } = await fixture();
    const r = await createReport(a.ctx, { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
    expect([r.from, r.to]).toEqual(['2025-12-15', '2026-03-14']);
    const { figures: f } = await getReportView(a.ctx, { id: r.id });
    expect(f.totals).toEqual({ activities: 4, activitiesCum: 4 });
    expect(ind(f, 'broadcast.tin')).toEqual([1, 1]); // A2 (A1 is before 15/12, A10 deleted)
    expect(ind(f, 'broadcast.bai')).toEqual([1, 1]); // A3
    expect(ind(f, 'broadcast.plays')).toEqual([4, 4]); // 3 + 1
    expect(ind(f, 'broadcast.minutes')).toEqual([25, 25]); // 5×3 + 10×1
    expect(ind(f, 'visual.bangRon')).toEqual([4, 4]);
    expect(ind(f, 'meeting.hoiNghi')).toEqual([1, 1]);
    expect(ind(f, 'meeting.attendees')).toEqual([85, 85]);
    expect(ind(f, 'online.tin')).toEqual([0, 0]); // A6 is dated 15/3: Quý II
    expect([area(f, 'procedures'), area(f, 'digitalGov'), area(f, 'institutions'), area(f, 'civilService')]).toEqual([2, 1, 2, 0]);
    const task = (id: string) => f.tasks.find((t) => t.taskId === id)!;
    expect(task(t1)).toMatchObject({ activities: 2, activitiesCum: 2, percent: 50 }); // 2 of target 4
    expect(task(t2)).toMatchObject({ activities: 1, percent: 100, status: 'done' });
    expect(f.outsidePlan).toEqual({ activities: 1, activitiesCum: 1 }); // A4
    // 4.1 (docs/REPORTS.md): done tasks ÷ tasks in effect, the point pro rata: 1/2 → 50%, 0,5 điểm.
    expect(f.criterion4).toMatchObject({
      taskCount: 2,
      doneCount: 1,
      completion: 50,
      score41: 0.5,
      onlineUsed: false,
      traditionalUsed: true,
      score42: 0.5,
    });
    expect(f.evidence.map((e) => e.name)).toEqual(['anh-hoi-nghi.jpg']);
    expect(f.forms.find((x) => x.form === 'meeting')).toMatchObject({ activities: 1, evidence: 1 });
  });

  it('Quý II/2026 counts A6–A8 and cộng dồn adds Quý I (15/12/2025–14/6/2026)', async () => {
    const { a, t1 } = await fixture();
    const r = await createReport(a.ctx, { kind: 'q2', year: 2026, from: null, to: null, deadline: null });
    const { figures: f } = await getReportView(a.ctx, { id: r.id });
    expect(f.cumulativeWindow).toEqual({ from: '2025-12-15', to: '2026-06-14' });
    expect(f.totals).toEqual({ activities: 3, activitiesCum: 7 });
    expect(ind(f, 'broadcast.tin')).toEqual([0, 1]);
    expect(ind(f, 'broadcast.phongSu')).toEqual([1, 1]);
    expect(ind(f, 'broadcast.plays')).toEqual([2, 6]); // 2; 4 + 2
    expect(ind(f, 'broadcast.minutes')).toEqual([30, 55]); // 15×2; 25 + 30
    expect(ind(f, 'online.tin')).toEqual([1, 1]);
    expect(ind(f, 'tthcPosting.count')).toEqual([1, 1]);
    expect(ind(f, 'tthcPosting.procedures')).toEqual([112, 112]); // A8 on 14/6, the last day
    expect(ind(f, 'meeting.attendees')).toEqual([0, 85]);
    expect(ind(f, 'publication.toRoi')).toEqual([0, 0]); // A9 on 15/6 belongs to Quý III
    expect(f.tasks.find((t) => t.taskId === t1)).toMatchObject({ activities: 1, activitiesCum: 3, percent: 75 });
    expect(f.outsidePlan).toEqual({ activities: 2, activitiesCum: 3 }); // A7, A8; + A4
    expect(f.criterion4).toMatchObject({ onlineUsed: true, traditionalUsed: true, score42: 0.5 }); // only the online one has evidence
  });

  it('the annual report cumulates the whole year (A2–A9) and its cộng dồn equals its own window', async () => {
    const { a } = await fixture();
    const r = await createReport(a.ctx, { kind: 'year', year: 2026, from: null, to: null, deadline: null });
    const { figures: f } = await getReportView(a.ctx, { id: r.id });
    expect(f.totals).toEqual({ activities: 8, activitiesCum: 8 });
    expect(ind(f, 'publication.toRoi')).toEqual([500, 500]);
    expect(ind(f, 'broadcast.minutes')).toEqual([55, 55]);
  });

  it('drafts the narrative from the figures, in Vietnamese', async () => {
    const { a } = await fixture();
    const r = await createReport(a.ctx, { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
    expect(r.doc.sections.results).toContain(
      'Trong Quý I năm 2026, UBND xã Quyết Thắng đã thực hiện 2 tin, bài phát thanh trên hệ thống loa truyền thanh với 4 lượt phát, tổng thời lượng 25 phút',
    );
    expect(r.doc.sections.results).toContain('tổ chức 1 hội nghị, hội thảo, tọa đàm, tập huấn với 85 lượt người tham dự');
    expect(r.doc.sections.results).toContain('1/2 nhiệm vụ đã hoàn thành (50%)');
    expect(r.doc.sections.shortcomings).toContain('Cuộc thi, hội thi');
    expect(r.doc.title).toBe('Kết quả công tác tuyên truyền cải cách hành chính Quý I năm 2026');
  });

  it('an ad hoc report takes any range; a reversed range is refused in Vietnamese', async () => {
    const { a } = await fixture();
    const r = await createReport(a.ctx, { kind: 'adhoc', year: 2026, from: '2026-01-01', to: '2026-03-31', deadline: '2026-04-05' });
    const { figures: f, deadline } = await getReportView(a.ctx, { id: r.id });
    expect(deadline).toBe('2026-04-05');
    expect(f.totals.activities).toBe(4); // A3, A4, A5, A6
    expect(f.cumulativeWindow).toEqual({ from: '2025-12-15', to: '2026-03-31' });
    const env = await dispatch(a.handlers, 'reports.create', { kind: 'adhoc', year: 2026, from: '2026-03-01', to: '2026-02-01' });
    expect(env).toMatchObject({ ok: false, error: { message: expect.stringMatching(/không được trước ngày bắt đầu/) } });
  });
});

describe('submit = freeze, differences, corrected version', () => {
  it('keeps the frozen numbers after the log changes, lists the differences, and v2 keeps both', async () => {
    const { a } = await fixture();
    const r = await createReport(a.ctx, { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
    await saveReportDoc(a.ctx, {
      id: r.id,
      doc: { ...r.doc, numberText: '15/BC-UBND', sections: { ...r.doc.sections, causes: 'Nguyên nhân do thời tiết.' } },
    });
    await readyToSubmit(a.ctx, r.id);
    const submitted = await submitReport(a.ctx, { id: r.id });
    expect(submitted.status).toBe('submitted');
    expect(submitted.snapshotHash).toMatch(/^[0-9a-f]{64}$/);
    // The hash is SHA-256 of the canonical JSON stored in the row.
    const row = a.ctx.sqlite.prepare('SELECT snapshot, snapshot_hash FROM reports WHERE id = ?').get(r.id) as {
      snapshot: string;
      snapshot_hash: string;
    };
    expect(
      crypto
        .createHash('sha256')
        .update(canonicalize(JSON.parse(row.snapshot))!)
        .digest('hex'),
    ).toBe(row.snapshot_hash);

    await createActivities(a.ctx, [bc('2026-03-01', 'tin', 5, 2) as never], 'test');
    const v1 = await getReportView(a.ctx, { id: r.id });
    expect(v1.figures.totals.activities).toBe(4);
    expect(v1.report.doc.sections.causes).toBe('Nguyên nhân do thời tiết.');
    expect(v1.changes).toEqual(
      expect.arrayContaining([
        { item: 'Tổng số hoạt động (Trong kỳ)', before: 4, after: 5 },
        { item: 'Tin phát trên loa truyền thanh (Trong kỳ, tin)', before: 1, after: 2 },
        { item: 'Lượt phát sóng (Trong kỳ, lượt)', before: 4, after: 6 },
      ]),
    );

    // Editing or re-submitting a frozen report is refused, and the database itself refuses it too.
    expect(await dispatch(a.handlers, 'reports.saveDoc', { id: r.id, doc: r.doc })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/đã nộp/) },
    });
    expect(await dispatch(a.handlers, 'reports.submit', { id: r.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(() => a.ctx.sqlite.prepare("UPDATE reports SET narrative = '{}' WHERE id = ?").run(r.id)).toThrow(/report_frozen/);
    expect(() => a.ctx.sqlite.prepare('DELETE FROM reports WHERE id = ?').run(r.id)).toThrow(/report_frozen/);

    const v2 = await reviseReport(a.ctx, { id: r.id });
    expect(v2).toMatchObject({ version: 2, status: 'draft', periodKey: '2026-q1' });
    expect(v2.doc.numberText).toBe('15/BC-UBND');
    expect((await getReportView(a.ctx, { id: v2.id })).figures.totals.activities).toBe(5);
    // Only one draft at a time: revising v1 again is refused.
    expect(await dispatch(a.handlers, 'reports.revise', { id: r.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await readyToSubmit(a.ctx, v2.id);
    await submitReport(a.ctx, { id: v2.id });
    const both = await getReportView(a.ctx, { id: r.id });
    expect(both.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'submitted'],
      [2, 'submitted'],
    ]);
    expect(both.figures.totals.activities).toBe(4);
    expect((await getReportView(a.ctx, { id: v2.id })).changes).toEqual([]);
  });

  it('the deadlines screen tells on time from late using the first submission (Vietnam date)', async () => {
    const { a } = await fixture();
    const q1 = await createReport(a.ctx, { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
    await readyToSubmit(a.ctx, q1.id);
    await submitReport(a.ctx, { id: q1.id }, '2026-03-10T16:30:00.000Z'); // 23:30 on 10/03 in Vietnam: on time
    const q1v2 = await reviseReport(a.ctx, { id: q1.id });
    await readyToSubmit(a.ctx, q1v2.id);
    await submitReport(a.ctx, { id: q1v2.id }, '2026-04-02T02:00:00.000Z'); // a later correction does not make it late
    const h1 = await createReport(a.ctx, { kind: 'h1', year: 2026, from: null, to: null, deadline: null });
    await readyToSubmit(a.ctx, h1.id);
    await submitReport(a.ctx, { id: h1.id }, '2026-06-10T17:00:00.000Z'); // 00:00 on 11/06 in Vietnam: late
    const p = await listPeriods(a.ctx, { year: 2026, today: '2026-09-05' });
    const byKind = Object.fromEntries(p.periods.map((x) => [x.kind, x]));
    expect(byKind.q1).toMatchObject({ deadline: '2026-03-10', submittedOn: '2026-03-10', status: 'onTime' });
    expect(byKind.q1!.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(byKind.h1).toMatchObject({ deadline: '2026-06-10', submittedOn: '2026-06-11', status: 'late' });
    expect(byKind.q2).toMatchObject({ status: 'overdue', versions: [] });
    expect(byKind.q3).toMatchObject({ deadline: '2026-09-10', status: 'dueSoon' }); // 5 days away, warned 7 days ahead
    expect(byKind.year).toMatchObject({ status: 'notDue' });

    // A province that wants the report by the 20th of the month after the quarter.
    await saveReportRules(a.ctx, {
      rules: { ...DEFAULT_REPORT_RULES, quarter: { ...DEFAULT_REPORT_RULES.quarter, deadlineMonthsAfter: 1, deadlineDay: 20 } },
    });
    const shifted = await listPeriods(a.ctx, { year: 2026, today: '2026-09-05' });
    expect(shifted.periods.find((x) => x.kind === 'q2')).toMatchObject({ deadline: '2026-07-20', status: 'overdue' });
    expect(shifted.periods.find((x) => x.kind === 'q3')).toMatchObject({ deadline: '2026-10-20', status: 'notDue' });
    expect(await dispatch(a.handlers, 'reports.rules.save', { rules: { ...DEFAULT_REPORT_RULES, dueSoonDays: 0 } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});

describe('exports', () => {
  it('writes a .docx and an .xlsx with the same figures and clear Vietnamese file names', async () => {
    const { a } = await fixture();
    const r = await createReport(a.ctx, { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
    const docx = await exportReport(a.ctx, { id: r.id, format: 'docx' });
    expect(docx.fileName).toBe('BaoCao_TuyenTruyenCCHC_QuyI_2026_XaQuyetThang.docx');
    const dir = tempDir();
    const file = path.join(dir, docx.fileName);
    fs.writeFileSync(file, Buffer.from(docx.base64, 'base64'));
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
    expect(xml).toContain('BÁO CÁO');
    expect(xml).toContain('Kết quả công tác tuyên truyền cải cách hành chính Quý I năm 2026');
    expect(xml).toContain('Lượt phát sóng');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('Nơi nhận:');

    const xlsx = await exportReport(a.ctx, { id: r.id, format: 'xlsx' });
    expect(xlsx.fileName).toBe('BaoCao_TuyenTruyenCCHC_QuyI_2026_XaQuyetThang.xlsx');
    const wb = await loadWorkbook(Buffer.from(xlsx.base64, 'base64'));
    const ws = wb.getWorksheet('Theo hình thức')!;
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => cellText(v as never))));
    const minutes = rows.find((x) => x[1] === 'Thời lượng phát sóng')!;
    expect(minutes.slice(2)).toEqual(['phút', '25', '25']);
    expect(typeof ws.getRow(rows.indexOf(minutes) + 1).getCell(4).value).toBe('number');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Theo hình thức',
      'Theo lĩnh vực',
      'Nhiệm vụ kế hoạch',
      'Tiêu chí 4.2',
      'Tài liệu kiểm chứng',
    ]);
  });
});

describe('file names and stored rules', () => {
  it('names files by kind, year, commune and version, without diacritics', () => {
    const base = { year: 2026, version: 1, from: '2026-04-01', to: '2026-04-30' };
    expect(reportFileName({ ...base, kind: 'h1' }, 'phường Vũng Áng', 'pdf')).toBe('BaoCao_TuyenTruyenCCHC_6Thang_2026_PhuongVungAng.pdf');
    expect(reportFileName({ ...base, kind: 'q3', version: 2 }, 'xã Đông Sơn', 'xlsx')).toBe(
      'BaoCao_TuyenTruyenCCHC_QuyIII_2026_XaDongSon_v2.xlsx',
    );
    expect(reportFileName({ ...base, kind: 'adhoc' }, 'xã Quyết Thắng', 'docx')).toBe(
      'BaoCao_TuyenTruyenCCHC_DotXuat_20260401-20260430_XaQuyetThang.docx',
    );
  });

  it('a damaged rules setting falls back to the NĐ 09/2019 defaults instead of breaking the reports screen', async () => {
    const a = await openApp();
    a.ctx.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('reportRules', '{\"quarter\": 5}', 't')").run();
    expect(await getReportRules(a.ctx)).toEqual(DEFAULT_REPORT_RULES);
    expect((await listPeriods(a.ctx, { year: 2026, today: '2026-01-01' })).periods[0]).toMatchObject({
      from: '2025-12-15',
      to: '2026-03-14',
    });
  });
});

describe('migration 0004 on a database that already holds activities', () => {
  it('computes the report columns for existing rows', async () => {
    const file = path.join(tempDir(), 'old.sqlite');
    const { db, sqlite, close } = await openDatabaseAt(file, 1);
    sqlite
      .prepare(
        `INSERT INTO activities (id, created_at, updated_at, deleted_at, kind, date, task_id, title, unit_name, areas, details, note, quantity, entered_by, search_text)
         VALUES ('a1', 't', 't', NULL, 'broadcast', '2026-01-05', NULL, 'x', '', '["procedures","digitalGov"]', '{"kind":"broadcast","newsKind":"bai","durationMinutes":7,"repeats":3}', '', 3, '', 'x')`,
      )
      .run();
    await migrate(db, sqlite);
    expect(sqlite.prepare('SELECT rep_sub, rep_minutes, rep_areas FROM activities').get()).toEqual({
      rep_sub: 'bai',
      rep_minutes: 21,
      rep_areas: 2 + 32,
    });
    await close();
  });
});

async function openDatabaseAt(file: string, version: number) {
  const { default: Database } = await import('better-sqlite3');
  const { Kysely, SqliteDialect } = await import('kysely');
  const sqlite = new Database(file);
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrate(db, sqlite, version);
  return { db, sqlite, close: () => db.destroy() };
}
