import { setUpQuyetThang } from '../helpers/reports';
import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { createActivities, updateActivity } from '../../db/services/activities';
import { createReport, getReportView, saveReportDoc, submitCheck, submitReport } from '../../db/services/reports';
import { dispatch } from '../../shared/contract/dispatch';
import { draftNarrative } from '../../shared/domain/report';
import { reportTables } from '../../shared/domain/report-doc';
import { createPlanWithAnnex } from '../../db/services/plans';
import { LAYOUT_COMMUNE_7, PlanFields } from '../../shared/domain/plan';

const open = testApps();
const annex = { heading: '', title: '', subtitle: '', orderLabel: 'TT', columns: LAYOUT_COMMUNE_7 };
const bc = (date: string, repeats: number) => ({
  date,
  title: `Tin ${date}`,
  details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5, repeats },
});

async function draftQ1() {
  const a = await open();
  await setUpQuyetThang(a.ctx);
  const acts = await createActivities(a.ctx, [bc('2026-01-10', 3), bc('2026-03-09', 2), bc('2026-03-12', 1)] as never, 'test');
  const r = await createReport(a.ctx, { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
  const filled = { ...r.doc, numberText: '15/BC-UBND', reportDate: '2026-03-16', signer: { ...r.doc.signer, name: 'Trần Văn Bình' } };
  return { a, r, filled, acts };
}
const status = (a: Awaited<ReturnType<typeof draftQ1>>['a'], id: string) =>
  a.ctx.sqlite.prepare('SELECT status, snapshot FROM reports WHERE id = ?').get(id) as { status: string; snapshot: string | null };

describe('submit gate: số, ngày, người ký', () => {
  it.each([
    ['numberText', { numberText: '…/BC-UBND' }, 'thiếu số văn bản'],
    ['numberText', { numberText: '' }, 'thiếu số văn bản'],
    ['reportDate', { reportDate: null }, 'thiếu ngày báo cáo'],
    ['signer', { signer: { authority: 'TM. ỦY BAN NHÂN DÂN', deputy: '', position: 'CHỦ TỊCH', name: ' ' } }, 'thiếu họ tên người ký'],
  ] as const)('without %s the report is refused with a Vietnamese message naming it, and stays a draft', async (_f, patch, words) => {
    const { a, r, filled } = await draftQ1();
    await saveReportDoc(a.ctx, { id: r.id, doc: { ...filled, ...patch } });
    const res = await dispatch(a.handlers, 'reports.submit', { id: r.id });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining(words) } });
    expect(status(a, r.id)).toEqual({ status: 'draft', snapshot: null });
    // The confirm dialog shows the same message before anything is tried.
    expect((await submitCheck(a.ctx, { id: r.id }, '2026-03-16T03:00:00.000Z')).blockers.join('\n')).toContain(words);
  });

  it('the new default draft lists all three, and a filled one has none', async () => {
    const { a, r, filled } = await draftQ1();
    expect((await submitCheck(a.ctx, { id: r.id }, '2026-03-16T03:00:00.000Z')).blockers).toHaveLength(3);
    await saveReportDoc(a.ctx, { id: r.id, doc: filled });
    // This commune has no plan for 2026: submitting is allowed, the dialog says 4.1 reads "chưa có nhiệm vụ".
    expect(await submitCheck(a.ctx, { id: r.id }, '2026-03-16T03:00:00.000Z')).toEqual({
      blockers: [],
      warnings: [expect.stringContaining('Năm 2026 chưa có kế hoạch')],
      estimate: null,
    });
  });
});

describe('submitting before the cut-off: ước thực hiện', () => {
  it('warns, then freezes the days after submission up to the cut-off as an estimate with its own figures', async () => {
    const { a, r, filled } = await draftQ1();
    await saveReportDoc(a.ctx, { id: r.id, doc: filled });
    const now = '2026-03-10T03:00:00.000Z'; // 10/03 in Vietnam; Quý I is counted to 14/03
    const check = await submitCheck(a.ctx, { id: r.id }, now);
    expect(check.estimate).toEqual({ from: '2026-03-11', to: '2026-03-14' });
    expect(check.warnings[0]).toContain('từ 11/03/2026 đến 14/03/2026 được ghi là "ước thực hiện"');
    await submitReport(a.ctx, { id: r.id }, now);
    const view = await getReportView(a.ctx, { id: r.id });
    expect(view.figures.totals.activities).toBe(3);
    expect(view.estimate).toMatchObject({
      from: '2026-03-11',
      to: '2026-03-14',
      activities: 1,
      forms: [{ form: 'broadcast', activities: 1 }],
    });
    expect(view.estimate!.indicators.find((i) => i.key === 'broadcast.plays')!.value).toBe(1);
  });

  it('after the cut-off there is no estimate', async () => {
    const { a, r, filled } = await draftQ1();
    await saveReportDoc(a.ctx, { id: r.id, doc: filled });
    await submitReport(a.ctx, { id: r.id }, '2026-03-15T03:00:00.000Z');
    expect((await getReportView(a.ctx, { id: r.id })).estimate).toBeNull();
  });
});

describe('narrative that cannot go stale', () => {
  it('editing an activity after drafting blocks submit with a message naming the figure; re-drafting clears it', async () => {
    const { a, r, filled, acts } = await draftQ1();
    await saveReportDoc(a.ctx, { id: r.id, doc: filled });
    expect(filled.sections.results).toContain('với 6 lượt phát');
    const first = (await getReportView(a.ctx, { id: r.id })).report;
    await updateActivity(a.ctx, { id: acts[0]!.id, fields: { ...bc('2026-01-10', 7), areas: [], taskId: null } as never });
    const check = await submitCheck(a.ctx, { id: r.id }, '2026-03-16T03:00:00.000Z');
    expect(check.blockers).toEqual([
      'Chưa nộp được: phần "Kết quả đạt được" ghi "6 lượt phát" nhưng số liệu của kỳ hiện là "10 lượt phát". Hãy bấm "Soạn lại từ số liệu" hoặc sửa số trong văn bản cho khớp với bảng số liệu.',
      expect.stringContaining('"30 phút" nhưng số liệu của kỳ hiện là "50 phút"'),
    ]);
    const res = await dispatch(a.handlers, 'reports.submit', { id: r.id });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('"6 lượt phát"') } });
    // A sentence the officer wrote with numbers of their own is not touched.
    const view = await getReportView(a.ctx, { id: r.id });
    const own = 'Ngày 05/3, xã phối hợp với 3 trường học tổ chức 2 buổi ngoại khóa.';
    const redrafted = draftNarrative(view.figures, view.phrase, view.commune.communeName);
    await saveReportDoc(a.ctx, { id: r.id, doc: { ...first.doc, sections: { ...redrafted, causes: own } } });
    expect((await submitCheck(a.ctx, { id: r.id }, '2026-03-16T03:00:00.000Z')).blockers).toEqual([]);
    expect((await submitReport(a.ctx, { id: r.id }, '2026-03-16T03:00:00.000Z')).status).toBe('submitted');
  });
});

describe('the narrative check cannot be bypassed by the way a number or a letter is written', () => {
  it('"với 1 200 lượt người tham dự" for 120, typed NFC or NFD through the contract: refused, quoted as typed; "120" in NFD passes', async () => {
    const { a, r, filled } = await draftQ1();
    const meeting = { date: '2026-02-10', title: 'Hội nghị', details: { kind: 'meeting', meetingKind: 'hoiNghi', attendees: 120 } };
    await createActivities(a.ctx, [meeting] as never, 'test');
    const view = await getReportView(a.ctx, { id: r.id });
    const drafted = draftNarrative(view.figures, view.phrase, view.commune.communeName);
    expect(drafted.results).toContain('với 120 lượt người tham dự');
    const wrong = drafted.results.replace('với 120 lượt', 'với 1 200 lượt');
    for (const results of [wrong, wrong.normalize('NFD')]) {
      const doc = { ...filled, sections: { ...drafted, results } };
      const check = await dispatch(a.handlers, 'reports.submitCheck', { id: r.id, doc });
      expect(check).toMatchObject({
        ok: true,
        value: { blockers: [expect.stringContaining('ghi "1 200 lượt người" nhưng số liệu của kỳ hiện là "120 lượt người"')] },
      });
      expect((await dispatch(a.handlers, 'reports.saveDoc', { id: r.id, doc })).ok).toBe(true);
      const res = await dispatch(a.handlers, 'reports.submit', { id: r.id });
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('"1 200 lượt người"') } });
      expect(status(a, r.id)).toEqual({ status: 'draft', snapshot: null });
    }
    const right = { ...filled, sections: { ...drafted, results: drafted.results.normalize('NFD') } };
    expect((await dispatch(a.handlers, 'reports.saveDoc', { id: r.id, doc: right })).ok).toBe(true);
    expect((await submitCheck(a.ctx, { id: r.id }, '2026-03-16T03:00:00.000Z')).blockers).toEqual([]);
  });
});

describe('submit gate: the plan behind 4.1 (docs/REPORTS.md "No tasks is not 0 %")', () => {
  const planFields = (title: string, amendsPlanId: string | null = null) =>
    PlanFields.parse({ year: 2026, title, issuer: 'UBND xã', issuedOn: '2026-01-05', amendsPlanId, amendKind: 'replace', annex });

  it('a year whose plan in force has no task is refused, naming what to do; 4.1 reads "chưa có nhiệm vụ", not 0%', async () => {
    const { a, r, filled } = await draftQ1();
    const empty = await createPlanWithAnnex(a.ctx, { fields: planFields('Kế hoạch năm 2026'), sections: [], tasks: [] });
    await saveReportDoc(a.ctx, { id: r.id, doc: filled });
    const res = await dispatch(a.handlers, 'reports.submit', { id: r.id });
    expect(res).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringContaining('kế hoạch đang áp dụng của năm 2026 ("Kế hoạch năm 2026") chưa có nhiệm vụ nào'),
      },
    });
    expect(status(a, r.id)).toEqual({ status: 'draft', snapshot: null });
    const tables = reportTables((await getReportView(a.ctx, { id: r.id })).figures);
    const notes = tables.map((t) => t.note ?? '').join('\n');
    expect(notes).toContain('Chưa có nhiệm vụ');
    expect(notes).toContain('4.1: chưa chấm');
    expect(notes).not.toMatch(/0\/0|4\.1 = 0 điểm/);
    // A thay thế linked to it but still empty changes nothing; once the plan has a task, the report goes.
    await createPlanWithAnnex(a.ctx, { fields: planFields('Kế hoạch thay thế', empty.plan.id), sections: [], tasks: [] });
    expect((await submitCheck(a.ctx, { id: r.id }, '2026-03-16T03:00:00.000Z')).blockers).toHaveLength(1);
    await createPlanWithAnnex(a.ctx, { fields: planFields('Kế hoạch bổ sung', empty.plan.id), sections: [], tasks: [{ content: 'Loa' }] });
    expect((await submitCheck(a.ctx, { id: r.id }, '2026-03-16T03:00:00.000Z')).blockers).toEqual([]);
  });
});
