import type { AmendKind, PlanFields, PlanTask } from './plan';
import { taskOrderLabel } from './task-label';

/**
 * The tasks in effect on a date, from a year's plan and its amendments (kế hoạch bổ sung /
 * điều chỉnh / thay thế). The ONE place that decides which tasks a report, Tiến độ, Tổng quan
 * and the province count. An amendment never drops anything silently:
 * - bổ sung adds its tasks;
 * - điều chỉnh replaces the tasks its tasks name (replacesTaskId), adds the others;
 * - thay thế replaces the whole list; a named task still carries the old one's activities.
 * A replacing task inherits the activities linked to the task(s) it replaces.
 */
export interface ChainPlan {
  id: string;
  amendsPlanId: string | null;
  amendKind: AmendKind;
  /** From this day on the amendment counts (its issue date, else the day it was entered). */
  effective: string;
  createdAt: string;
  /** Tasks in phụ lục order, with the order number printed (I.1, 2 …). */
  tasks: (PlanTask & { order: string })[];
}

export type EffectiveTask = PlanTask & { order: string; replaces: string[]; fromPlanId: string };

/** The base plan of a year: the newest plan that amends nothing of that year. */
export function basePlan(plans: readonly ChainPlan[]): ChainPlan | null {
  const ids = new Set(plans.map((p) => p.id));
  const roots = plans.filter((p) => p.amendsPlanId === null || !ids.has(p.amendsPlanId));
  return [...roots].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
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
  return plans
    .filter((p) => p.id !== base.id && leadsToBase(p))
    .sort((a, b) => a.effective.localeCompare(b.effective) || a.createdAt.localeCompare(b.createdAt));
}

export function tasksInEffect(
  plans: readonly ChainPlan[],
  date: string,
  amendmentOrder: (amendment: number, n: number) => string,
): EffectiveTask[] {
  const base = basePlan(plans);
  if (!base) return [];
  let tasks: EffectiveTask[] = base.tasks.map((t) => ({ ...t, replaces: [], fromPlanId: base.id }));
  amendmentsOf(base, plans)
    .filter((a) => a.effective <= date)
    .forEach((a, ai) => {
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
  return tasks;
}

/** A plan as the chain sees it, from its document, sections (in order) and tasks (in order). */
export function chainPlanOf(
  plan: { id: string; createdAt: string; doc: Partial<Pick<PlanFields, 'amendsPlanId' | 'amendKind' | 'issuedOn'>> },
  sections: readonly { id: string }[],
  tasks: readonly PlanTask[],
): ChainPlan {
  const order = taskOrderLabel(sections, tasks);
  return {
    id: plan.id,
    amendsPlanId: plan.doc.amendsPlanId ?? null,
    amendKind: plan.doc.amendKind ?? 'supplement',
    effective: plan.doc.issuedOn ?? plan.createdAt.slice(0, 10),
    createdAt: plan.createdAt,
    tasks: tasks.map((t) => ({ ...t, order: order(t.id) })),
  };
}
