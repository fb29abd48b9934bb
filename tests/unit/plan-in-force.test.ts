import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openTestApp, testApps } from '../helpers/app';
import { createPlanWithAnnex, deletePlan, getPlanDetail, saveAnnex, updatePlan } from '../../db/services/plans';
import { windowFigures } from '../../db/services/figures';
import { dashboard, planProgress, setTaskStatus } from '../../db/services/progress';
import { DEFAULT_REPORT_RULES, periodWindow } from '../../shared/domain/period';
import { annexOf } from '../../shared/domain/plan-annex';
import { AMEND_KINDS, LAYOUT_COMMUNE_7, PlanFields, PlanTaskFields, type AmendKind } from '../../shared/domain/plan';
import { completionLabel } from '../../shared/strings/plan-in-force';
import { newId } from '../../shared/ids';

/**
 * The plan in force (docs/REPORTS.md "Kế hoạch đang áp dụng") over generated sequences of what
 * an officer does to a year's plans, against an oracle that re-reads the plans with plain SQL
 * and applies the written rules itself.
 */
const open = testApps();
const annex = { heading: '', title: '', subtitle: '', orderLabel: 'TT', columns: LAYOUT_COMMUNE_7 };
const WINDOWS = [periodWindow('q1', 2026, DEFAULT_REPORT_RULES), periodWindow('year', 2026, DEFAULT_REPORT_RULES)];
const DATES = ['2026-01-05', '2026-02-01', '2026-06-01', '2026-12-20'];

type Op =
  | { op: 'plan'; tasks: boolean[]; date: number }
  | { op: 'amend'; target: number; kind: AmendKind; date: number; tasks: { done: boolean; replaces: number | null }[] }
  | { op: 'link'; plan: number; target: number; kind: AmendKind; date: number }
  | { op: 'addTask'; plan: number; done: boolean }
  | { op: 'delete'; plan: number };

const kind = fc.constantFrom(...AMEND_KINDS);
const date = fc.nat(DATES.length - 1);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('plan' as const), tasks: fc.array(fc.boolean(), { maxLength: 3 }), date }),
  fc.record({
    op: fc.constant('amend' as const),
    target: fc.nat(),
    kind,
    date,
    tasks: fc.array(fc.record({ done: fc.boolean(), replaces: fc.option(fc.nat()) }), { maxLength: 2 }),
  }),
  fc.record({ op: fc.constant('link' as const), plan: fc.nat(), target: fc.nat(), kind, date }),
  fc.record({ op: fc.constant('addTask' as const), plan: fc.nat(), done: fc.boolean() }),
  fc.record({ op: fc.constant('delete' as const), plan: fc.nat() }),
);

type App = Awaited<ReturnType<typeof open>>;

const livePlans = (a: App) =>
  a.ctx.sqlite.prepare('SELECT id FROM plans WHERE deleted_at IS NULL AND year = 2026 ORDER BY created_at, id').all() as { id: string }[];
const liveTasks = (a: App) =>
  (a.ctx.sqlite.prepare('SELECT id FROM plan_tasks WHERE deleted_at IS NULL ORDER BY created_at, id').all() as { id: string }[]).map(
    (r) => r.id,
  );

function fields(title: string, issuedOn: string, amendsPlanId: string | null, amendKind: AmendKind) {
  return PlanFields.parse({ year: 2026, title, issuer: 'UBND xã', issuedOn, amendsPlanId, amendKind, annex });
}

async function apply(a: App, o: Op, n: number): Promise<void> {
  const plans = livePlans(a);
  const pick = (i: number) => plans[i % plans.length]!.id;
  const task = (done: boolean, replacesTaskId: string | null = null) => ({
    content: `Nhiệm vụ ${n}`,
    status: done ? ('done' as const) : ('notStarted' as const),
    replacesTaskId,
  });
  if (o.op === 'plan') {
    await createPlanWithAnnex(a.ctx, {
      fields: fields(`Kế hoạch ${n}`, DATES[o.date]!, null, 'supplement'),
      sections: [],
      tasks: o.tasks.map((d) => task(d)),
    });
    return;
  }
  if (!plans.length) return;
  if (o.op === 'amend') {
    const all = liveTasks(a);
    const tasks = o.tasks.map((t) => task(t.done, t.replaces === null || !all.length ? null : all[t.replaces % all.length]!));
    await createPlanWithAnnex(a.ctx, {
      fields: fields(`Kế hoạch sửa đổi ${n}`, DATES[o.date]!, pick(o.target), o.kind),
      sections: [],
      tasks,
    });
  } else if (o.op === 'link') {
    const id = pick(o.plan);
    const target = pick(o.target);
    if (id === target) return;
    const d = await getPlanDetail(a.ctx, { id });
    const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, ...rest } = d.plan;
    await updatePlan(a.ctx, {
      id,
      fields: PlanFields.parse({ ...rest, amendsPlanId: target, amendKind: o.kind, issuedOn: DATES[o.date]! }),
    });
  } else if (o.op === 'addTask') {
    const id = pick(o.plan);
    const current = annexOf(await getPlanDetail(a.ctx, { id }));
    const { status: _s, statusDate: _sd, replacesTaskId: _r, ...f } = PlanTaskFields.parse({ content: `Nhiệm vụ thêm ${n}` });
    const taskId = newId();
    await saveAnnex(a.ctx, {
      planId: id,
      sections: current.sections,
      tasks: [...current.tasks, { ...f, id: taskId, replacesTaskId: null }],
    });
    if (o.done) await setTaskStatus(a.ctx, { taskId, status: 'done', statusDate: null });
  } else {
    await deletePlan(a.ctx, { id: pick(o.plan) });
  }
}

interface OraclePlan {
  id: string;
  amends: string | null;
  kind: AmendKind;
  effective: string;
  tasks: { id: string; done: boolean; replaces: string | null }[];
}

/** The rules of docs/REPORTS.md, re-implemented over a plain SQL read of the year's plans. */
function oracle(a: App, day: string): { base: string | null; tasks: string[]; done: number } {
  const rows = a.ctx.sqlite
    .prepare(
      `SELECT id, json_extract(doc, '$.amendsPlanId') AS amends, coalesce(json_extract(doc, '$.amendKind'), 'supplement') AS kind,
              coalesce(json_extract(doc, '$.issuedOn'), substr(created_at, 1, 10)) AS effective
         FROM plans WHERE deleted_at IS NULL AND year = 2026 ORDER BY created_at, id`,
    )
    .all() as Omit<OraclePlan, 'tasks'>[];
  const plans: OraclePlan[] = rows.map((p) => ({
    ...p,
    tasks: (
      a.ctx.sqlite
        .prepare(
          `SELECT id, status, json_extract(doc, '$.replacesTaskId') AS replaces FROM plan_tasks
            WHERE plan_id = ? AND deleted_at IS NULL ORDER BY position`,
        )
        .all(p.id) as { id: string; status: string; replaces: string | null }[]
    ).map((t) => ({ id: t.id, done: t.status === 'done', replaces: t.replaces })),
  }));
  const ids = new Set(plans.map((p) => p.id));
  // Rule 1: the first entered plan that amends nothing (existing) and has tasks; else the first such plan.
  const roots = plans.filter((p) => !p.amends || !ids.has(p.amends));
  const base = roots.find((p) => p.tasks.length) ?? roots[0];
  if (!base) return { base: null, tasks: [], done: 0 };
  const byId = new Map(plans.map((p) => [p.id, p]));
  const reachesBase = (p: OraclePlan) => {
    const seen = new Set<string>();
    for (let cur: OraclePlan | undefined = p; cur?.amends && !seen.has(cur.id); cur = byId.get(cur.amends)) {
      seen.add(cur.id);
      if (cur.amends === base.id) return true;
    }
    return false;
  };
  // Rule 3: amendments of the base in force on the day and with at least one task, by date then entry order.
  const applied = plans
    .filter((p) => p !== base && reachesBase(p) && p.effective <= day && p.tasks.length)
    .map((p, i) => ({ p, i }))
    .sort((x, y) => (x.p.effective < y.p.effective ? -1 : x.p.effective > y.p.effective ? 1 : x.i - y.i))
    .map((x) => x.p);
  let list = base.tasks;
  for (const am of applied) {
    const present = new Set(list.map((t) => t.id));
    const swap = new Map<string, OraclePlan['tasks'][number]>();
    const extra: OraclePlan['tasks'] = [];
    for (const t of am.tasks) {
      if (t.replaces && present.has(t.replaces)) swap.set(t.replaces, t);
      else extra.push(t);
    }
    list = [...(am.kind === 'replace' ? list.filter((t) => swap.has(t.id)) : list).map((t) => swap.get(t.id) ?? t), ...extra];
  }
  return { base: base.id, tasks: list.map((t) => t.id), done: list.filter((t) => t.done).length };
}

describe('the plan in force (issue 12 review: a second plan never silently replaces the year plan)', () => {
  it('equals the oracle after any sequence of plan operations, and 0 tasks is never shown as 0%', async () => {
    await fc.assert(
      // Most years start from one plan with tasks; the rest is anything, including no plan at all.
      fc.asyncProperty(
        fc.option(fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }), { freq: 5 }),
        fc.array(opArb, { maxLength: 8 }),
        async (first, rest) => {
          const ops: Op[] = first ? [{ op: 'plan', tasks: first, date: 0 }, ...rest] : rest;
          const a = await openTestApp();
          try {
            for (const [n, o] of ops.entries()) await apply(a, o, n);
            for (const w of WINDOWS) {
              const want = oracle(a, w.to);
              const got = await windowFigures(a.ctx.db, w, 2026, DEFAULT_REPORT_RULES);
              expect(got.inForce.base?.id ?? null).toBe(want.base);
              expect(got.figures.tasks.map((t) => t.taskId)).toEqual(want.tasks);
              expect([got.figures.criterion4.taskCount, got.figures.criterion4.doneCount]).toEqual([want.tasks.length, want.done]);
              const label = completionLabel(got.figures.criterion4);
              if (!want.tasks.length) {
                expect(label).toMatchObject({ hasTasks: false, percent: null });
                expect(`${label.text} ${label.score}`).not.toMatch(/\d\s*%|\d\s*điểm/);
              } else expect(label.text).toContain(`${want.done}/${want.tasks.length} nhiệm vụ hoàn thành`);
            }
            // Tiến độ (whichever plan is opened) and Tổng quan show the same plan and the same 4.1.
            const year = oracle(a, WINDOWS[1]!.to);
            const plans = livePlans(a);
            for (const p of plans) {
              const prog = await planProgress(a.ctx, { planId: p.id });
              expect([prog.basePlanId, prog.totalTasks, prog.completedTasks]).toEqual([year.base, year.tasks.length, year.done]);
            }
            const dash = await dashboard(a.ctx, { today: '2026-12-10' });
            expect(dash.plan === null ? null : [dash.plan.basePlanId, dash.plan.totalTasks, dash.plan.completedTasks]).toEqual(
              year.base === null ? null : [year.base, year.tasks.length, year.done],
            );
          } finally {
            await a.close();
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 240_000);

  it("the reviewer's case: a second, empty 2026 plan leaves the base plan and its 4.1 in force, and says it is not linked", async () => {
    const a = await open();
    const base = await createPlanWithAnnex(a.ctx, {
      fields: fields('Kế hoạch năm 2026', '2026-01-05', null, 'supplement'),
      sections: [],
      tasks: [
        { content: 'Loa', status: 'done' },
        { content: 'Hội nghị', status: 'notStarted' },
      ],
    });
    const before = await planProgress(a.ctx, { planId: base.plan.id });
    const extra = await createPlanWithAnnex(a.ctx, {
      fields: fields('Kế hoạch bổ sung năm 2026', '2026-06-01', null, 'supplement'),
      sections: [],
      tasks: [],
    });
    const after = await planProgress(a.ctx, { planId: extra.plan.id });
    expect([after.basePlanId, after.completedTasks, after.totalTasks, after.percent]).toEqual([base.plan.id, 1, 2, 50]);
    expect(after.tasks).toEqual(before.tasks);
    expect(after.notCounted).toEqual([expect.objectContaining({ id: extra.plan.id, reason: 'unlinked' })]);
    // Linked as thay thế but still without tasks: it replaces nothing yet.
    const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, ...rest } = extra.plan;
    await updatePlan(a.ctx, { id: extra.plan.id, fields: PlanFields.parse({ ...rest, amendsPlanId: base.plan.id, amendKind: 'replace' }) });
    const linked = await planProgress(a.ctx, { planId: base.plan.id });
    expect([linked.completedTasks, linked.totalTasks]).toEqual([1, 2]);
    expect(linked.notCounted).toEqual([expect.objectContaining({ id: extra.plan.id, reason: 'noTasks' })]);
  });
});
