import type { ServiceContext } from './context';
import { nowOf } from './clock';
import type { Executor } from '../repositories/executor';
import {
  findPlan,
  foreignIds,
  insertPlan,
  insertSections,
  insertTasks,
  listPlanRows,
  listSectionRowsAnyState,
  listSections,
  listTaskRowsAnyState,
  listTasks,
  softDeletePlan,
  softDeleteSections,
  softDeleteTasks,
  updatePlanRow,
  updateSectionRow,
  updateTaskRow,
} from '../repositories/plans';
import { taskIdsOfPlan, unlinkActivities } from '../repositories/task-link';
import type { PlanRow, PlanSectionRow, PlanTaskRow } from '../schema';
import {
  AnnexSection,
  Plan,
  PlanFields,
  PlanTask,
  PlanTaskFields,
  type AnnexLayout,
  type PlanTaskFieldsInput,
} from '../../shared/domain/plan';
import type { PlanDetail, PlanSummary } from '../../shared/contract/plans';
import { AppError } from '../../shared/errors';
import { common } from '../../shared/strings/common';
import { newId, nowIso } from '../../shared/ids';
import { plansText } from '../../shared/strings/plans';
import { AnnexSave } from '../../shared/domain/plan-annex';
import { planRoles } from './plan-roles';

const meta = (r: { id: string; created_at: string; updated_at: string; deleted_at: string | null }) => ({
  id: r.id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  deletedAt: r.deleted_at,
});

export const rowToPlan = (r: PlanRow): Plan => Plan.parse({ ...meta(r), ...(JSON.parse(r.doc) as object) });
export const rowToSection = (r: PlanSectionRow): AnnexSection =>
  AnnexSection.parse({ ...meta(r), planId: r.plan_id, position: r.position, title: r.title });
export const rowToTask = (r: PlanTaskRow): PlanTask =>
  PlanTask.parse({
    ...meta(r),
    planId: r.plan_id,
    position: r.position,
    ...(JSON.parse(r.doc) as object),
    sectionId: r.section_id,
    targetCount: r.target_count,
    status: r.status,
  });

/** Task fields split into indexed columns and the JSON rest. */
export function taskToRow(planId: string, position: number, fields: PlanTaskFields, at: string, id: string = newId()): PlanTaskRow {
  const { sectionId, targetCount, status, ...rest } = fields;
  return {
    id,
    plan_id: planId,
    section_id: sectionId,
    position,
    doc: JSON.stringify(rest),
    target_count: targetCount,
    status,
    created_at: at,
    updated_at: at,
    deleted_at: null,
  };
}

export async function listPlans(ctx: ServiceContext, { year }: { year: number | null }): Promise<PlanSummary[]> {
  const rows = await listPlanRows(ctx.db, year);
  const roles = await planRoles(ctx.db, [...new Set(rows.map((r) => r.year))]);
  return rows.map((r) => {
    const doc = JSON.parse(r.doc) as { numberText?: string; amendKind?: PlanSummary['amendKind'] };
    return {
      role: roles.get(r.id) ?? 'unlinked',
      amendKind: doc.amendKind ?? 'supplement',
      id: r.id,
      year: r.year,
      title: r.title,
      numberText: doc.numberText ?? '',
      taskCount: Number(r.task_count ?? 0),
      updatedAt: r.updated_at,
    };
  });
}

export async function getPlanDetail(ctx: ServiceContext, { id }: { id: string }): Promise<PlanDetail> {
  const row = await findPlan(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', common.errors.notFound);
  const [sections, tasks] = await Promise.all([listSections(ctx.db, id), listTasks(ctx.db, id)]);
  return { plan: rowToPlan(row), sections: sections.map(rowToSection), tasks: tasks.map(rowToTask) };
}

export async function createPlanIn(db: Executor, fields: PlanFields, at: string = nowIso()): Promise<Plan> {
  const row: PlanRow = {
    id: newId(),
    year: fields.year,
    title: fields.title,
    doc: JSON.stringify(fields),
    created_at: at,
    updated_at: at,
    deleted_at: null,
  };
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
    const at = nowOf(ctx);
    const plan = await createPlanIn(trx, PlanFields.parse(seed.fields), at);
    const sectionRows: PlanSectionRow[] = seed.sections.map((s, i) => ({
      id: newId(),
      plan_id: plan.id,
      position: i,
      title: s.title,
      created_at: at,
      updated_at: at,
      deleted_at: null,
    }));
    await insertSections(trx, sectionRows);
    let position = 0;
    const taskRows: PlanTaskRow[] = [
      ...seed.tasks.map((t) => taskToRow(plan.id, position++, PlanTaskFields.parse(t), at)),
      ...seed.sections.flatMap((s, i) =>
        s.tasks.map((t) => taskToRow(plan.id, position++, PlanTaskFields.parse({ ...t, sectionId: sectionRows[i]!.id }), at)),
      ),
    ];
    await insertTasks(trx, taskRows);
    return plan.id;
  });
  return getPlanDetail(ctx, { id: planId });
}

/** Replace the printed document of a plan (header, body, signer, annex layout). */
export async function updatePlan(ctx: ServiceContext, { id, fields: input }: { id: string; fields: PlanFields }): Promise<Plan> {
  const fields = PlanFields.parse(input);
  const at = nowOf(ctx);
  const n = await updatePlanRow(ctx.db, id, { year: fields.year, title: fields.title, doc: JSON.stringify(fields), updated_at: at });
  if (!n) throw new AppError('NOT_FOUND', common.errors.notFound);
  return rowToPlan((await findPlan(ctx.db, id))!);
}

/** The plan goes; its tasks' activities stay in the journal as "ngoài kế hoạch" (same transaction). */
export async function deletePlan(ctx: ServiceContext, { id }: { id: string }): Promise<{ done: true }> {
  await ctx.db.transaction().execute(async (trx) => {
    const at = nowOf(ctx);
    const n = await softDeletePlan(trx, id, at);
    if (!n) throw new AppError('NOT_FOUND', common.errors.notFound);
    await unlinkActivities(trx, await taskIdsOfPlan(trx, id), at);
  });
  return { done: true };
}

/**
 * Save the whole phụ lục as the editor holds it, in one transaction: rows keep their ids
 * (activities link to them), new ids are inserted, missing ones are soft-deleted (their
 * activities unlinked in the same transaction: "ngoài kế hoạch", never a dangling link), and a
 * task's progress (status) is never touched by editing.
 */
export async function saveAnnex(
  ctx: ServiceContext,
  input: AnnexSave,
  opts: { annexTitles?: Partial<Pick<AnnexLayout, 'heading' | 'title' | 'subtitle'>> } = {},
): Promise<PlanDetail> {
  const data = AnnexSave.parse(input);
  const sectionIds = new Set(data.sections.map((s) => s.id));
  if (data.tasks.some((t) => t.sectionId !== null && !sectionIds.has(t.sectionId)))
    throw new AppError('INVALID_INPUT', plansText.errors.unknownSection);
  if (sectionIds.size !== data.sections.length || new Set(data.tasks.map((t) => t.id)).size !== data.tasks.length)
    throw new AppError('INVALID_INPUT', plansText.errors.duplicateId);
  await ctx.db.transaction().execute(async (trx) => {
    const planRow = await findPlan(trx, data.planId);
    if (!planRow) throw new AppError('NOT_FOUND', common.errors.notFound);
    if (opts.annexTitles && Object.keys(opts.annexTitles).length) {
      const plan = rowToPlan(planRow);
      const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = plan;
      const next = PlanFields.parse({ ...fields, annex: { ...fields.annex, ...opts.annexTitles } });
      await updatePlanRow(trx, data.planId, { year: next.year, title: next.title, doc: JSON.stringify(next), updated_at: nowOf(ctx) });
    }
    const foreign = [
      ...(await foreignIds(trx, 'plan_sections', data.planId, [...sectionIds])),
      ...(await foreignIds(
        trx,
        'plan_tasks',
        data.planId,
        data.tasks.map((t) => t.id),
      )),
    ];
    if (foreign.length) throw new AppError('CONFLICT', plansText.errors.duplicateId);
    const at = nowOf(ctx);
    const oldSections = new Map((await listSectionRowsAnyState(trx, data.planId)).map((r) => [r.id, r]));
    const oldTasks = new Map((await listTaskRowsAnyState(trx, data.planId)).map((r) => [r.id, r]));
    const newSections: PlanSectionRow[] = [];
    for (const [i, s] of data.sections.entries()) {
      const old = oldSections.get(s.id);
      if (!old)
        newSections.push({ id: s.id, plan_id: data.planId, position: i, title: s.title, created_at: at, updated_at: at, deleted_at: null });
      else if (old.position !== i || old.title !== s.title || old.deleted_at !== null)
        await updateSectionRow(trx, { id: s.id, position: i, title: s.title, updated_at: at });
    }
    await insertSections(trx, newSections);
    const newTasks: PlanTaskRow[] = [];
    for (const [i, t] of data.tasks.entries()) {
      const { id, ...fields } = t;
      const old = oldTasks.get(id);
      const prev = old ? (JSON.parse(old.doc) as { statusDate?: string | null; replacesTaskId?: string | null }) : {};
      const replacesTaskId = fields.replacesTaskId !== undefined ? fields.replacesTaskId : (prev.replacesTaskId ?? null);
      const row = taskToRow(
        data.planId,
        i,
        PlanTaskFields.parse({ ...fields, replacesTaskId, status: old?.status ?? 'notStarted', statusDate: prev.statusDate ?? null }),
        at,
        id,
      );
      if (!old) newTasks.push(row);
      else if (
        old.deleted_at !== null ||
        old.position !== i ||
        old.doc !== row.doc ||
        old.section_id !== row.section_id ||
        old.target_count !== row.target_count
      )
        await updateTaskRow(trx, row);
    }
    await insertTasks(trx, newTasks);
    const keepT = new Set(data.tasks.map((t) => t.id));
    const gone = [...oldTasks.values()].filter((r) => r.deleted_at === null && !keepT.has(r.id)).map((r) => r.id);
    await softDeleteTasks(trx, gone, at);
    await unlinkActivities(trx, gone, at);
    await softDeleteSections(
      trx,
      [...oldSections.values()].filter((r) => r.deleted_at === null && !sectionIds.has(r.id)).map((r) => r.id),
      at,
    );
  });
  return getPlanDetail(ctx, { id: data.planId });
}

const shiftYearIn = (text: string, from: number, to: number) => text.replace(new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g'), String(to));

function shiftIsoDate(iso: string | null, delta: number): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + delta, m, 0)).getUTCDate();
  return `${y + delta}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * "Tạo kế hoạch năm mới từ kế hoạch năm trước": the document and phụ lục copied to `year`,
 * the issue date and the year in the title, phụ lục title/subtitle and task times shifted,
 * the document number cleared, every task back to "not started".
 */
export async function copyPlanToYear(ctx: ServiceContext, { id, year }: { id: string; year: number }): Promise<PlanDetail> {
  const src = await getPlanDetail(ctx, { id });
  const from = src.plan.year;
  const delta = year - from;
  const shift = (s: string) => shiftYearIn(s, from, year);
  const p = src.plan;
  const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, ...doc } = p;
  const next = PlanFields.parse({
    ...doc,
    year,
    title: shift(doc.title),
    numberText: doc.numberText.replace(/^\s*\d+\s*/, ''),
    issuedOn: shiftIsoDate(doc.issuedOn, delta),
    annex: { ...doc.annex, heading: shift(doc.annex.heading), title: shift(doc.annex.title), subtitle: shift(doc.annex.subtitle) },
    amendsPlanId: null,
  });
  const taskFields = (t: PlanTask): PlanTaskFieldsInput => {
    const { id: _ti, createdAt: _tc, updatedAt: _tu, deletedAt: _td, planId: _tp, position: _tpos, sectionId: _ts, ...f } = t;
    return { ...f, timeText: shift(f.timeText), content: f.content, status: 'notStarted', statusDate: null, replacesTaskId: null };
  };
  return createPlanWithAnnex(ctx, {
    fields: next,
    tasks: src.tasks.filter((t) => t.sectionId === null).map(taskFields),
    sections: src.sections.map((s) => ({ title: shift(s.title), tasks: src.tasks.filter((t) => t.sectionId === s.id).map(taskFields) })),
  });
}
