import type { ServiceContext } from './context';
import type { Executor } from '../repositories/executor';
import { findPlan, insertPlan, insertSections, insertTasks, listPlanRows, listSections, listTasks } from '../repositories/plans';
import type { PlanRow, PlanSectionRow, PlanTaskRow } from '../schema';
import { AnnexSection, Plan, PlanFields, PlanTask, PlanTaskFields, type PlanTaskFieldsInput } from '../../shared/domain/plan';
import type { PlanDetail, PlanSummary } from '../../shared/contract/plans';
import { AppError } from '../../shared/errors';
import { common } from '../../shared/strings/common';
import { newId, nowIso } from '../../shared/ids';

const meta = (r: { id: string; created_at: string; updated_at: string; deleted_at: string | null }) => ({
  id: r.id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  deletedAt: r.deleted_at,
});

export const rowToPlan = (r: PlanRow): Plan => Plan.parse({ ...meta(r), ...(JSON.parse(r.doc) as object) });
export const rowToSection = (r: PlanSectionRow): AnnexSection => AnnexSection.parse({ ...meta(r), planId: r.plan_id, position: r.position, title: r.title });
export const rowToTask = (r: PlanTaskRow): PlanTask =>
  PlanTask.parse({ ...meta(r), planId: r.plan_id, position: r.position, ...(JSON.parse(r.doc) as object), sectionId: r.section_id, targetCount: r.target_count, status: r.status });

/** Task fields split into indexed columns and the JSON rest. */
export function taskToRow(planId: string, position: number, fields: PlanTaskFields, at: string, id: string = newId()): PlanTaskRow {
  const { sectionId, targetCount, status, ...rest } = fields;
  return { id, plan_id: planId, section_id: sectionId, position, doc: JSON.stringify(rest), target_count: targetCount, status, created_at: at, updated_at: at, deleted_at: null };
}

export async function listPlans(ctx: ServiceContext, year: number | null): Promise<PlanSummary[]> {
  const rows = await listPlanRows(ctx.db, year);
  return rows.map((r) => {
    const doc = JSON.parse(r.doc) as { numberText?: string };
    return { id: r.id, year: r.year, title: r.title, numberText: doc.numberText ?? '', taskCount: Number(r.task_count ?? 0), updatedAt: r.updated_at };
  });
}

export async function getPlanDetail(ctx: ServiceContext, id: string): Promise<PlanDetail> {
  const row = await findPlan(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', common.errors.notFound);
  const [sections, tasks] = await Promise.all([listSections(ctx.db, id), listTasks(ctx.db, id)]);
  return { plan: rowToPlan(row), sections: sections.map(rowToSection), tasks: tasks.map(rowToTask) };
}

export async function createPlanIn(db: Executor, fields: PlanFields): Promise<Plan> {
  const at = nowIso();
  const row: PlanRow = { id: newId(), year: fields.year, title: fields.title, doc: JSON.stringify(fields), created_at: at, updated_at: at, deleted_at: null };
  await insertPlan(db, row);
  return rowToPlan(row);
}

export async function createPlan(ctx: ServiceContext, input: PlanFields): Promise<Plan> {
  return createPlanIn(ctx.db, PlanFields.parse(input));
}

export interface PlanSeed {
  fields: PlanFields;
  sections: { title: string; tasks: PlanTaskFieldsInput[] }[];
  /** Tasks outside any section (seed 001 style). */
  tasks: PlanTaskFieldsInput[];
}

/** A whole plan with its phụ lục in one transaction: demo data, imports and year copies. */
export async function createPlanWithAnnex(ctx: ServiceContext, seed: PlanSeed): Promise<PlanDetail> {
  const planId = await ctx.db.transaction().execute(async (trx) => {
    const plan = await createPlanIn(trx, PlanFields.parse(seed.fields));
    const at = nowIso();
    const sectionRows: PlanSectionRow[] = seed.sections.map((s, i) => ({ id: newId(), plan_id: plan.id, position: i, title: s.title, created_at: at, updated_at: at, deleted_at: null }));
    await insertSections(trx, sectionRows);
    let position = 0;
    const taskRows: PlanTaskRow[] = [
      ...seed.tasks.map((t) => taskToRow(plan.id, position++, PlanTaskFields.parse(t), at)),
      ...seed.sections.flatMap((s, i) => s.tasks.map((t) => taskToRow(plan.id, position++, PlanTaskFields.parse({ ...t, sectionId: sectionRows[i]!.id }), at))),
    ];
    await insertTasks(trx, taskRows);
    return plan.id;
  });
  return getPlanDetail(ctx, planId);
}
