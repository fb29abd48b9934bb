import { setUpQuyetThang } from '../helpers/reports';
import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { createPlanWithAnnex, saveAnnex, getPlanDetail } from '../../db/services/plans';
import { createActivities } from '../../db/services/activities';
import { computeFigures } from '../../db/services/figures';
import { planProgress } from '../../db/services/progress';
import { DEFAULT_REPORT_RULES, periodWindow } from '../../shared/domain/period';
import { LAYOUT_COMMUNE_7, PlanFields, type AmendKind, type PlanTaskFieldsInput } from '../../shared/domain/plan';

const open = testApps();
const annex = { heading: '', title: '', subtitle: '', orderLabel: 'TT', columns: LAYOUT_COMMUNE_7 };
const YEAR = periodWindow('year', 2026, DEFAULT_REPORT_RULES);
const Q1 = periodWindow('q1', 2026, DEFAULT_REPORT_RULES);

/** A plan of 4 tasks (one done, one reached its target), 6 linked activities and 2 outside the plan. */
async function commune() {
  const a = await open();
  await setUpQuyetThang(a.ctx);
  const base = await createPlanWithAnnex(a.ctx, {
    fields: PlanFields.parse({
      year: 2026,
      title: 'Kế hoạch tuyên truyền CCHC năm 2026',
      issuer: 'UBND xã',
      issuedOn: '2026-01-05',
      annex,
    }),
    sections: [],
    tasks: [
      { content: 'Loa truyền thanh', targetCount: 2, status: 'inProgress' },
      { content: 'Hội nghị', status: 'done' },
      { content: 'Cổng TTĐT', targetCount: 10, status: 'inProgress' },
      { content: 'Cuộc thi', status: 'notStarted' },
    ],
  });
  const t = base.tasks.map((x) => x.id);
  const bc = (date: string, taskId: string | null) => ({
    date,
    title: `Tin ${date}`,
    taskId,
    details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5, repeats: 1 },
  });
  await createActivities(
    a.ctx,
    [
      bc('2026-01-10', t[0]!),
      bc('2026-02-10', t[0]!),
      bc('2026-03-01', t[1]!),
      bc('2026-04-01', t[2]!),
      bc('2026-05-01', t[2]!),
      bc('2026-06-01', t[2]!),
      bc('2026-07-01', null),
      bc('2026-08-01', null),
    ] as never,
    'test',
  );
  return { a, base, t };
}

async function amend(
  a: Awaited<ReturnType<typeof commune>>['a'],
  baseId: string,
  kind: AmendKind,
  issuedOn: string,
  tasks: PlanTaskFieldsInput[],
) {
  return createPlanWithAnnex(a.ctx, {
    fields: PlanFields.parse({
      year: 2026,
      title: 'Kế hoạch bổ sung',
      issuer: 'UBND xã',
      issuedOn,
      amendsPlanId: baseId,
      amendKind: kind,
      annex,
    }),
    sections: [],
    tasks,
  });
}

const linkCounts = (a: Awaited<ReturnType<typeof commune>>['a']) =>
  a.ctx.sqlite.prepare('SELECT task_id, count(*) AS n FROM activities WHERE deleted_at IS NULL GROUP BY task_id ORDER BY task_id').all();

describe('amendments add, never silently drop (issue 12, item 7)', () => {
  it('a kế hoạch bổ sung with one task leaves the original tasks, their links and 4.1 unchanged and adds its task', async () => {
    const { a, base, t } = await commune();
    const before = await computeFigures(a.ctx.db, YEAR, 2026, DEFAULT_REPORT_RULES);
    const links = linkCounts(a);
    expect(before.criterion4).toMatchObject({ taskCount: 4, doneCount: 2, completion: 50, score41: 0.5 });
    await amend(a, base.plan.id, 'supplement', '2026-05-20', [{ content: 'Tọa đàm về chuyển đổi số', status: 'notStarted' }]);
    const after = await computeFigures(a.ctx.db, YEAR, 2026, DEFAULT_REPORT_RULES);
    expect(after.tasks.slice(0, 4)).toEqual(before.tasks);
    expect(after.tasks.map((x) => [x.order, x.content])).toEqual([
      ['1', 'Loa truyền thanh'],
      ['2', 'Hội nghị'],
      ['3', 'Cổng TTĐT'],
      ['4', 'Cuộc thi'],
      ['BS.1', 'Tọa đàm về chuyển đổi số'],
    ]);
    expect(after.outsidePlan).toEqual(before.outsidePlan);
    expect(after.criterion4).toMatchObject({ taskCount: 5, doneCount: 2, completion: 40, score41: 0.4 });
    expect(linkCounts(a)).toEqual(links);
    // Tiến độ shows the same tasks, whichever of the two plans is opened.
    const p = await planProgress(a.ctx, { planId: base.plan.id });
    expect([p.totalTasks, p.completedTasks, p.percent]).toEqual([5, 2, 40]);
    expect(p.tasks.map((x) => x.taskId)).toEqual([...t, after.tasks[4]!.taskId]);
    // Before the amendment was issued (Quý I) only the original tasks are in effect.
    const q1 = await computeFigures(a.ctx.db, Q1, 2026, DEFAULT_REPORT_RULES);
    expect(q1.tasks.map((x) => x.taskId)).toEqual(t);
  });

  it('điều chỉnh replaces the named task in place and keeps its activities; the others stay', async () => {
    const { a, base, t } = await commune();
    await amend(a, base.plan.id, 'adjust', '2026-05-20', [
      { content: 'Cổng TTĐT và Zalo (điều chỉnh chỉ tiêu)', targetCount: 3, replacesTaskId: t[2]! },
    ]);
    const f = await computeFigures(a.ctx.db, YEAR, 2026, DEFAULT_REPORT_RULES);
    expect(f.tasks.map((x) => [x.order, x.activitiesCum, x.percent])).toEqual([
      ['1', 2, 100],
      ['2', 1, 100],
      ['3', 3, 100],
      ['4', 0, 0],
    ]);
    expect(f.outsidePlan.activitiesCum).toBe(2);
    expect(f.criterion4).toMatchObject({ taskCount: 4, doneCount: 3 });
  });

  it('thay thế keeps only the new list, a named task carrying the old one; the dropped tasks’ activities count outside the plan, visibly', async () => {
    const { a, base, t } = await commune();
    await amend(a, base.plan.id, 'replace', '2026-05-20', [
      { content: 'Loa truyền thanh (thay thế)', targetCount: 2, replacesTaskId: t[0]! },
      { content: 'Phát hành tờ rơi' },
    ]);
    const f = await computeFigures(a.ctx.db, YEAR, 2026, DEFAULT_REPORT_RULES);
    expect(f.tasks.map((x) => [x.order, x.content, x.activitiesCum])).toEqual([
      ['1', 'Loa truyền thanh (thay thế)', 2],
      ['BS.1', 'Phát hành tờ rơi', 0],
    ]);
    expect(f.outsidePlan.activitiesCum).toBe(6); // 2 never linked + 1 (Hội nghị) + 3 (Cổng TTĐT)
    expect(f.totals.activitiesCum).toBe(8);
  });

  it('saving the phụ lục of an amendment keeps the task it replaces', async () => {
    const { a, base, t } = await commune();
    const am = await amend(a, base.plan.id, 'adjust', '2026-05-20', [{ content: 'Điều chỉnh', replacesTaskId: t[1]! }]);
    const d = await getPlanDetail(a.ctx, { id: am.plan.id });
    const {
      replacesTaskId: _r,
      status: _s,
      statusDate: _sd,
      planId: _p,
      position: _pos,
      createdAt: _c,
      updatedAt: _u,
      deletedAt: _d,
      ...task
    } = d.tasks[0]!;
    await saveAnnex(a.ctx, { planId: am.plan.id, sections: [], tasks: [{ ...task, content: 'Điều chỉnh (sửa chữ)' }] });
    expect((await getPlanDetail(a.ctx, { id: am.plan.id })).tasks[0]).toMatchObject({
      content: 'Điều chỉnh (sửa chữ)',
      replacesTaskId: t[1],
    });
  });
});
