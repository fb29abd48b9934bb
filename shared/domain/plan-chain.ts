import type { AmendKind, PlanFields, PlanTask } from './plan';
import { taskOrderLabel } from './task-label';

/**
 * The plan in force for a year on a date: ONE function (planInForce) decides it for the report,
 * Tiến độ, Tổng quan and the province (rules in docs/REPORTS.md, "Kế hoạch đang áp dụng").
 * An amendment never drops anything silently:
 * - bổ sung adds its tasks;
 * - điều chỉnh replaces the tasks its tasks name (replacesTaskId), adds the others;
 * - thay thế replaces the whole list; a named task still carries the old one's activities.
 * A replacing task inherits the activities linked to the task(s) it replaces.
 * A second plan of the year that amends nothing never replaces the base plan: it is "chưa liên
 * kết" (unlinked) and every screen says so until the officer links it or deletes one of them.
 */
export interface ChainPlan {
  id: string;
  title: string;
  amendsPlanId: string | null;
  amendKind: AmendKind;
  /** From this day on the amendment counts (its issue date, else the day it was entered). */
  effective: string;
  createdAt: string;
  /** Tasks in phụ lục order, with the order number printed (I.1, 2 …). */
  tasks: (PlanTask & { order: string })[];
}

export type EffectiveTask = PlanTask & { order: string; replaces: string[]; fromPlanId: string };

export interface PlanInForce {
  /** The year's base plan, or null when the year has no plan. */
  base: ChainPlan | null;
  /** Amendments of the base counted on the date, in the order they took effect. */
  applied: ChainPlan[];
  /** Amendments of the base not counted yet: issued after the date, or still without tasks. */
  pending: ChainPlan[];
  /** Other plans of the year that amend nothing (or whose chain leads elsewhere): not counted. */
  unlinked: ChainPlan[];
  tasks: EffectiveTask[];
}

const byCreation = (a: ChainPlan, b: ChainPlan) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/**
 * The base plan of a year: of the plans that amend nothing (or amend a plan that no longer
 * exists), the first entered that has tasks; if none has tasks, the first entered. So a new,
 * empty or later plan of the same year never takes over the plan being implemented.
 */
export function basePlan(plans: readonly ChainPlan[]): ChainPlan | null {
  const ids = new Set(plans.map((p) => p.id));
  const roots = plans.filter((p) => p.amendsPlanId === null || !ids.has(p.amendsPlanId)).sort(byCreation);
  return roots.find((p) => p.tasks.length > 0) ?? roots[0] ?? null;
}

/** Amendments that lead back to `base`, in the order they took effect. */
export function amendmentsOf(base: ChainPlan, plans: readonly ChainPlan[]): ChainPlan[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  const leadsToBase = (p: ChainPlan): boolean => {
    const seen = new Set<string>();
    let cur: ChainPlan | undefined = p;
    while (cur && cur.amendsPlanId && !seen.has(cur.id)) {
      seen.add(cur.id);
      if (cur.amendsPlanId === base.id) return true;
      cur = byId.get(cur.amendsPlanId);
    }
    return false;
  };
  return plans.filter((p) => p.id !== base.id && leadsToBase(p)).sort((a, b) => a.effective.localeCompare(b.effective) || byCreation(a, b));
}

/** The plan in force for a year on `date`: its base, the amendments counted, the tasks in effect. */
export function planInForce(
  plans: readonly ChainPlan[],
  date: string,
  amendmentOrder: (amendment: number, n: number) => string,
): PlanInForce {
  const base = basePlan(plans);
  if (!base) return { base: null, applied: [], pending: [], unlinked: [], tasks: [] };
  const chain = amendmentsOf(base, plans);
  const linked = new Set([base.id, ...chain.map((p) => p.id)]);
  // An amendment counts from its date, and only once it has tasks: an empty thay thế replaces nothing.
  const applied = chain.filter((a) => a.effective <= date && a.tasks.length > 0);
  let tasks: EffectiveTask[] = base.tasks.map((t) => ({ ...t, replaces: [], fromPlanId: base.id }));
  applied.forEach((a, ai) => {
    const current = new Map(tasks.map((t) => [t.id, t]));
    const replacing = new Map<string, EffectiveTask>();
    const added: EffectiveTask[] = [];
    for (const t of a.tasks) {
      const old = t.replacesTaskId ? current.get(t.replacesTaskId) : undefined;
      const own = { ...t, order: amendmentOrder(ai + 1, added.length + 1), replaces: [], fromPlanId: a.id };
      if (old) replacing.set(old.id, { ...own, order: old.order, replaces: [old.id, ...old.replaces] });
      else added.push(own);
    }
    const kept = a.amendKind === 'replace' ? tasks.filter((t) => replacing.has(t.id)) : tasks;
    tasks = [...kept.map((t) => replacing.get(t.id) ?? t), ...added];
  });
  return {
    base,
    applied,
    pending: chain.filter((a) => !applied.includes(a)),
    unlinked: plans.filter((p) => !linked.has(p.id)).sort(byCreation),
    tasks,
  };
}

/** The tasks in effect on a date (planInForce's tasks). */
export function tasksInEffect(
  plans: readonly ChainPlan[],
  date: string,
  amendmentOrder: (amendment: number, n: number) => string,
): EffectiveTask[] {
  return planInForce(plans, date, amendmentOrder).tasks;
}

/** A plan as the chain sees it, from its document, sections (in order) and tasks (in order). */
export function chainPlanOf(
  plan: { id: string; createdAt: string; doc: Partial<Pick<PlanFields, 'title' | 'amendsPlanId' | 'amendKind' | 'issuedOn'>> },
  sections: readonly { id: string }[],
  tasks: readonly PlanTask[],
): ChainPlan {
  const order = taskOrderLabel(sections, tasks);
  return {
    id: plan.id,
    title: plan.doc.title ?? '',
    amendsPlanId: plan.doc.amendsPlanId ?? null,
    amendKind: plan.doc.amendKind ?? 'supplement',
    effective: plan.doc.issuedOn ?? plan.createdAt.slice(0, 10),
    createdAt: plan.createdAt,
    tasks: tasks.map((t) => ({ ...t, order: order(t.id) })),
  };
}
