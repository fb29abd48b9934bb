import { sql } from 'kysely';
import type { Executor } from './executor';
import type { ActivityRow } from '../schema';
import type { ActivityListQuery } from '../../shared/domain/activity';
import { COMMUNICATION_FORMS } from '../../shared/domain/common';
import { formLabels } from '../../shared/domain/labels';
import { foldVietnamese, compareVi } from '../../shared/text';

/** Rows per INSERT: well under SQLite's bound-variable limit, large enough to amortise. */
const CHUNK = 400;

export async function insertActivityRows(db: Executor, rows: ActivityRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.insertInto('activities').values(rows.slice(i, i + CHUNK)).execute();
  }
}

export async function findActivity(db: Executor, id: string, withDeleted = false): Promise<ActivityRow | undefined> {
  let q = db.selectFrom('activities').selectAll().where('id', '=', id);
  if (!withDeleted) q = q.where('deleted_at', 'is', null);
  return q.executeTakeFirst();
}

export async function updateActivityRow(db: Executor, id: string, row: Omit<ActivityRow, 'id' | 'created_at' | 'deleted_at' | 'evidence_count' | 'entered_by'>): Promise<number> {
  const r = await db.updateTable('activities').set(row).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function setActivityDeleted(db: Executor, id: string, deletedAt: string | null, at: string): Promise<number> {
  const r = await db
    .updateTable('activities')
    .set({ deleted_at: deletedAt, updated_at: at })
    .where('id', '=', id)
    .where('deleted_at', deletedAt === null ? 'is not' : 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The newest live activity of a form: its values are the next form's defaults. */
export async function lastActivityOfKind(db: Executor, kind: string): Promise<ActivityRow | undefined> {
  return db.selectFrom('activities').selectAll().where('deleted_at', 'is', null).where('kind', '=', kind).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/** FTS5 query from what the officer typed: every word must appear, each as a prefix. */
export function ftsQuery(search: string): string | null {
  const words = foldVietnamese(search)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

type Filter = Omit<ActivityListQuery, 'offset' | 'limit' | 'sort' | 'direction'>;

function filtered(db: Executor, q: Filter) {
  let base = db.selectFrom('activities').where('deleted_at', 'is', null);
  const match = ftsQuery(q.search);
  if (match) base = base.where(sql<boolean>`activities.rowid IN (SELECT rowid FROM activities_fts WHERE activities_fts MATCH ${match})`);
  if (q.kinds.length) base = base.where('kind', 'in', q.kinds);
  if (q.taskId) base = base.where('task_id', '=', q.taskId);
  if (q.area) base = base.where(sql<boolean>`EXISTS (SELECT 1 FROM json_each(activities.areas) WHERE value = ${q.area})`);
  if (q.from) base = base.where('date', '>=', q.from);
  if (q.to) base = base.where('date', '<=', q.to);
  if (q.unitName) base = base.where('unit_name', '=', q.unitName);
  if (q.hasEvidence !== null) base = base.where('evidence_count', q.hasEvidence ? '>' : '=', 0);
  return base;
}

/** Forms in the Vietnamese order of their labels, so "sort by form" reads alphabetically. */
const KIND_ORDER = [...COMMUNICATION_FORMS].sort((a, b) => compareVi(formLabels[a], formLabels[b]));
const kindRank = sql.raw(`CASE kind ${KIND_ORDER.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} ELSE 99 END`);

type Selected = ReturnType<ReturnType<typeof filtered>['selectAll']>;

function ordered(base: Selected, q: Pick<ActivityListQuery, 'sort' | 'direction'>): Selected {
  const dir = q.direction === 'asc' ? sql.raw('ASC') : sql.raw('DESC');
  switch (q.sort) {
    case 'date':
      return base.orderBy(sql`date ${dir}`).orderBy(sql`id ${dir}`);
    case 'title':
      return base.orderBy(sql`title_key ${dir}`).orderBy(sql`date DESC`).orderBy('id');
    case 'kind':
      return base.orderBy(sql`${kindRank} ${dir}`).orderBy(sql`date DESC`).orderBy('id');
    case 'unitName':
      return base.orderBy(sql`unit_key ${dir}`).orderBy(sql`date DESC`).orderBy('id');
  }
}

export async function queryActivities(db: Executor, q: ActivityListQuery): Promise<{ rows: ActivityRow[]; total: number }> {
  const base = filtered(db, q);
  const total = await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await ordered(base.selectAll(), q).limit(q.limit).offset(q.offset).execute();
  return { rows, total: Number(total.n) };
}

/** Every row the filter selects (export), in the list's order. */
export async function allFilteredActivities(db: Executor, q: Filter & Pick<ActivityListQuery, 'sort' | 'direction'>): Promise<ActivityRow[]> {
  return ordered(filtered(db, q).selectAll(), q).execute();
}

/** Live linked activities per task. */
export async function countByTask(db: Executor, taskIds: string[]): Promise<Map<string, number>> {
  if (!taskIds.length) return new Map();
  const rows = await db
    .selectFrom('activities')
    .select(['task_id', sql<number>`count(*)`.as('n')])
    .where('deleted_at', 'is', null)
    .where('task_id', 'in', taskIds)
    .groupBy('task_id')
    .execute();
  return new Map(rows.map((r) => [r.task_id!, Number(r.n)]));
}

/** Activities per (month, kind) between two dates: the dashboard's counts and chart. */
export async function countByMonthAndKind(db: Executor, from: string, to: string): Promise<{ month: string; kind: string; n: number }[]> {
  const rows = await db
    .selectFrom('activities')
    .select([sql<string>`substr(date, 1, 7)`.as('month'), 'kind', sql<number>`count(*)`.as('n')])
    .where('deleted_at', 'is', null)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .groupBy([sql`substr(date, 1, 7)`, 'kind'])
    .execute();
  return rows.map((r) => ({ month: r.month, kind: r.kind, n: Number(r.n) }));
}

export async function distinctUnitNames(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('activities').select('unit_name').distinct().where('deleted_at', 'is', null).where('unit_name', '!=', '').execute();
  return rows.map((r) => r.unit_name).sort(compareVi);
}

export async function setEvidenceCount(db: Executor, activityId: string): Promise<void> {
  await sql`UPDATE activities SET evidence_count = (SELECT count(*) FROM activity_evidence WHERE activity_id = ${activityId}) WHERE id = ${activityId}`.execute(db);
}
