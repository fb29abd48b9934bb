import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { planSeedFrom } from '../helpers/plans';
import { dispatch } from '../../shared/contract/dispatch';
import { createPlanWithAnnex, copyPlanToYear, getPlanDetail, saveAnnex } from '../../db/services/plans';
import { annexOf, parseSpanCode, spanCode, spanDisplay, guessSpan } from '../../shared/domain/plan-annex';
import type { PlanDetail } from '../../shared/contract/plans';
import type { AnnexSave } from '../../shared/domain/plan-annex';
import { newId } from '../../shared/ids';

const app = testApps();

/** The editor's view of a plan detail, as it would send it back. */
const toSave = (d: PlanDetail): AnnexSave => ({ planId: d.plan.id, ...annexOf(d) });

describe('phụ lục editing', () => {
  it('saving the edited table keeps row ids and progress, inserts new rows, removes deleted ones and keeps the order', async () => {
    const a = await app();
    const d = await createPlanWithAnnex(a.ctx, planSeedFrom('seed002-annex'));
    // Someone marked the first task done (progress belongs to the log, not to the editor).
    a.ctx.sqlite.prepare(`UPDATE plan_tasks SET status = 'done' WHERE id = ?`).run(d.tasks[0]!.id);
    const s = toSave(d);
    const added = { ...s.tasks[1]!, id: newId(), content: 'Nhiệm vụ mới thêm' };
    s.tasks = [s.tasks[1]!, s.tasks[0]!, added, ...s.tasks.slice(3)]; // move row 2 up, insert one, delete row 3
    s.tasks[1] = { ...s.tasks[1]!, content: 'Nội dung đã sửa' };
    s.sections[1] = { ...s.sections[1]!, title: 'Mục II đổi tên' };
    const after = await saveAnnex(a.ctx, s);
    expect(after.tasks.map((t) => t.id)).toEqual(s.tasks.map((t) => t.id));
    expect(after.tasks[1]).toMatchObject({ id: d.tasks[0]!.id, content: 'Nội dung đã sửa', status: 'done' });
    expect(after.tasks.find((t) => t.id === d.tasks[2]!.id)).toBeUndefined();
    expect(after.sections[1]!.title).toBe('Mục II đổi tên');
    // Undo of the delete: the same id comes back.
    const restored = await saveAnnex(a.ctx, toSave(d));
    expect(restored.tasks.map((t) => t.content)).toEqual(d.tasks.map((t) => t.content));
  });

  it('a row pointing at a missing section or a duplicate id is refused and nothing changes', async () => {
    const a = await app();
    const d = await createPlanWithAnnex(a.ctx, planSeedFrom('seed002-annex'));
    const before = JSON.stringify(await getPlanDetail(a.ctx, { id: d.plan.id }));
    const s = toSave(d);
    s.tasks[0] = { ...s.tasks[0]!, sectionId: newId(), content: 'x' };
    const env = await dispatch(a.handlers, 'plans.saveAnnex', s);
    expect(env).toMatchObject({ ok: false, error: { message: expect.stringContaining('mục không còn tồn tại') } });
    const other = await createPlanWithAnnex(a.ctx, planSeedFrom('seed001-annex'));
    const stolen = toSave(d);
    stolen.tasks.push({ ...stolen.tasks[0]!, id: other.tasks[0]!.id });
    expect(await dispatch(a.handlers, 'plans.saveAnnex', stolen)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(JSON.stringify(await getPlanDetail(a.ctx, { id: d.plan.id }))).toBe(before);
  });

  it('"Tạo kế hoạch năm mới từ kế hoạch năm trước" copies the plan with its dates shifted and progress reset', async () => {
    const a = await app();
    const d = await createPlanWithAnnex(a.ctx, planSeedFrom('seed001-annex'));
    a.ctx.sqlite.prepare(`UPDATE plan_tasks SET status = 'done'`).run();
    const copy = await copyPlanToYear(a.ctx, { id: d.plan.id, year: 2027 });
    expect(copy.plan).toMatchObject({
      year: 2027,
      title: 'Tuyên truyền cải cách hành chính năm 2027',
      issuedOn: '2027-01-15',
      numberText: '/KH-UBND',
    });
    expect(copy.plan.annex.subtitle).toContain('/01/2027');
    expect(copy.tasks.map((t) => t.timeText)).toEqual(['Quý I/2027', 'Cả năm 2027', 'Cả năm 2027', 'Quý I/2027']);
    expect(copy.tasks.every((t) => t.status === 'notStarted')).toBe(true);
    expect(copy.tasks[0]!.span).toEqual({ kind: 'quarter', quarter: 1 });
    // Both plans stay: several plans per year and across years are allowed.
    const list = await dispatch(a.handlers, 'plans.list', {});
    expect(list.ok && (list.value as { year: number }[]).map((p) => p.year)).toEqual([2027, 2026]);
  });

  it('task spans read and write as Vietnamese codes and display texts', () => {
    const spans = [
      { kind: 'year' },
      { kind: 'quarter', quarter: 3 },
      { kind: 'months', from: 3, to: 5 },
      { kind: 'months', from: 7, to: 7 },
      { kind: 'recurring', every: 'month' },
      { kind: 'recurring', every: 'quarter' },
    ] as const;
    for (const s of spans) expect(parseSpanCode(spanCode(s))).toEqual(s);
    expect(parseSpanCode('QUY iv')).toEqual({ kind: 'quarter', quarter: 4 });
    expect(parseSpanCode('mỗi tuần')).toBeNull();
    expect(spanDisplay({ kind: 'quarter', quarter: 1 }, 2026)).toBe('Quý I/2026');
    expect(spanDisplay({ kind: 'year' }, 2026)).toBe('Cả năm 2026');
    expect(guessSpan('Định kỳ hàng tháng đăng tải tin')).toEqual({ kind: 'recurring', every: 'month' });
  });
});
