import { sql } from 'kysely';
import type { Executor } from './executor';
import type { ActivityRow, ActivityWriteRow } from '../schema';
import { KIND_SORT_ORDER, type ActivityListQuery } from '../../shared/domain/activity';
import { CCHC_AREAS } from '../../shared/domain/common';
import { foldVietnamese, compareVi } from '../../shared/text';

/** Rows per INSERT: well under SQLite's bound-variable limit, large enough to amortise. */
const CHUNK = 400;

export async function insertActivityRows(db: Executor, rows: ActivityWriteRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('activities')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

export async function findActivity(db: Executor, id: string, withDeleted = false): Promise<ActivityRow | undefined> {
  let q = db.selectFrom('activities').selectAll().where('id', '=', id);
  if (!withDeleted) q = q.where('deleted_at', 'is', null);
  return q.executeTakeFirst();
}

export async function updateActivityRow(
  db: Executor,
  id: string,
  row: Omit<ActivityWriteRow, 'id' | 'created_at' | 'deleted_at' | 'evidence_count' | 'entered_by'>,
): Promise<number> {
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
  return db
    .selectFrom('activities')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where('kind', '=', kind)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** FTS5 query from what the officer typed: every word must appear. */
export function ftsQuery(search: string): string | null {
  const words = foldVietnamese(search)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  // Whole words match exactly, the last one as a prefix (it may still be being typed).
  return words.length ? words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ') : null;
}

type Filter = Omit<ActivityListQuery, 'offset' | 'limit' | 'sort' | 'direction'>;
type Order = Pick<ActivityListQuery, 'sort' | 'direction'>;

/** Below this many full-text matches, fetch them by rowid; above, walk an index and probe. */
const FEW_MATCHES = 2_000;
/** Below this many rows, filter first and sort; above, walk the sort's index and stop after a page. */
const FEW_ROWS = 3_000;

interface SearchPlan {
  match: string;
  few: boolean;
}

/** Matches of the full-text query, counted up to `cap` when given (the index stops reading there). */
async function ftsCount(db: Executor, match: string, cap: number | null): Promise<number> {
  const r =
    cap === null
      ? await sql<{ n: number }>`SELECT count(*) AS n FROM activities_fts WHERE activities_fts MATCH ${match}`.execute(db)
      : await sql<{
          n: number;
        }>`SELECT count(*) AS n FROM (SELECT rowid FROM activities_fts WHERE activities_fts MATCH ${match} LIMIT ${cap})`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** area_mask values (one bit per CCHC area, so below 2^areas) that include this area. */
function masksWithArea(area: (typeof CCHC_AREAS)[number]): number[] {
  const bit = 1 << CCHC_AREAS.indexOf(area);
  return Array.from({ length: 1 << CCHC_AREAS.length }, (_, m) => m).filter((m) => (m & bit) !== 0);
}

/**
 * The WHERE clause. `walk` names the index that should drive the query (its order is the page's
 * order): every other column is written "+column", which SQLite reads as "do not use an index for
 * this term", so the planner walks that index and stops after one page instead of sorting
 * thousands of rows. Without `walk` SQLite picks freely (counts, small results).
 */
function filtered(db: Executor, q: Filter, search: SearchPlan | null, walk: ActivityListQuery['sort'] | null) {
  const col = (name: string, drives = false) => sql.raw(walk && !drives ? `+activities.${name}` : `activities.${name}`);
  let base = db.selectFrom('activities').where('deleted_at', 'is', null);
  // Few matches: look them up by rowid. Many: probe the match list while reading an index.
  if (search)
    base = base.where(
      sql<boolean>`${sql.raw(search.few && !walk ? 'activities.rowid' : '+activities.rowid')} IN (SELECT rowid FROM activities_fts WHERE activities_fts MATCH ${search.match})`,
    );
  // A list filter is one bound JSON array (json_each), never one SQL variable per entry: any
  // length stays under SQLite's variable limit. One form, read in order (kindPage): an equality,
  // so activities_kind_date delivers the page already sorted.
  if (q.kinds.length === 1 && walk === 'kind') base = base.where(sql<boolean>`activities.kind = ${q.kinds[0]}`);
  else if (q.kinds.length)
    base = base.where(sql<boolean>`${col('kind')} IN (SELECT value FROM json_each(${JSON.stringify([...new Set(q.kinds)])}))`);
  if (q.taskId) base = base.where(sql<boolean>`${col('task_id')} = ${q.taskId}`);
  else if (q.outsidePlan) base = base.where(sql<boolean>`${col('task_id')} IS NULL`);
  // Every mask that holds the area's bit, as one list: an equality per mask, so the count reads
  // activities_area_date (migration 0014) instead of testing a bit on every row of the period.
  if (q.area)
    base = base.where(sql<boolean>`${col('area_mask')} IN (SELECT value FROM json_each(${JSON.stringify(masksWithArea(q.area))}))`);
  if (q.from) base = base.where(sql<boolean>`${col('date', walk === 'date')} >= ${q.from}`);
  if (q.to) base = base.where(sql<boolean>`${col('date', walk === 'date')} <= ${q.to}`);
  if (q.unitName) base = base.where(sql<boolean>`${col('unit_name')} = ${q.unitName}`);
  if (q.hasEvidence !== null) base = base.where(sql<boolean>`${col('evidence_count')} ${sql.raw(q.hasEvidence ? '>' : '=')} 0`);
  return base;
}

type Selected = ReturnType<ReturnType<typeof filtered>['selectAll']>;

/** Each order is exactly an index's order (rowid last), so a page is read, not sorted. */
function ordered(base: Selected, q: Order): Selected {
  const d = q.direction === 'asc' ? 'ASC' : 'DESC';
  const by = (cols: string[]) => base.orderBy(sql.raw(cols.map((c) => `activities.${c} ${d}`).join(', ')));
  switch (q.sort) {
    case 'date':
      // activities_list: (deleted_at, date, kind, evidence_count, area_mask, unit_name, task_id).
      return by(['date', 'kind', 'evidence_count', 'area_mask', 'unit_name', 'task_id', 'rowid']);
    case 'title':
      return by(['title_key', 'rowid']);
    case 'kind':
      // The registry's order of the forms, computed here (nothing stored): a reorder is a code
      // change only. Large lists walk activities_kind_date one form at a time (kindPage).
      return base.orderBy(sql.raw(`${kindRankSql()} ${d}, activities.date ${d}, activities.rowid ${d}`));
    case 'unitName':
      return by(['unit_key', 'date', 'rowid']);
  }
}

/** CASE kind WHEN 'publication' THEN 0 … END: the registry's order as an SQL expression. */
function kindRankSql(): string {
  return `CASE activities.kind ${KIND_SORT_ORDER.map((k, i) => `WHEN '${k.replace(/'/g, "''")}' THEN ${i}`).join(' ')} ELSE ${KIND_SORT_ORDER.length} END`;
}

/**
 * One page of a large list sorted by form: the live rows per form are counted once, then each
 * form's rows are read in date order from activities_kind_date (no sort of the whole list),
 * skipping whole forms that lie before the offset.
 */
async function kindPage(db: Executor, q: ActivityListQuery, search: SearchPlan | null): Promise<{ rows: ActivityRow[]; total: number }> {
  const counts = await filtered(db, q, search, null)
    .select(['kind', sql<number>`count(*)`.as('n')])
    .groupBy('kind')
    .execute();
  const perKind = new Map(counts.map((c) => [c.kind, Number(c.n)]));
  const total = [...perKind.values()].reduce((a, b) => a + b, 0);
  const order = [...KIND_SORT_ORDER, ...[...perKind.keys()].filter((k) => !(KIND_SORT_ORDER as readonly string[]).includes(k))];
  if (q.direction === 'desc') order.reverse();
  const rows: ActivityRow[] = [];
  let skip = q.offset;
  for (const kind of order) {
    const n = perKind.get(kind) ?? 0;
    if (skip >= n) {
      skip -= n;
      continue;
    }
    const d = q.direction === 'asc' ? 'ASC' : 'DESC';
    const page = await filtered(db, { ...q, kinds: [kind] as ActivityListQuery['kinds'] }, search, 'kind')
      .selectAll()
      .orderBy(sql.raw(`activities.date ${d}, activities.rowid ${d}`))
      .limit(q.limit - rows.length)
      .offset(skip)
      .execute();
    rows.push(...page);
    skip = 0;
    if (rows.length >= q.limit) break;
  }
  return { rows, total };
}

const onlySearch = (q: Filter) =>
  !q.kinds.length && !q.taskId && !q.outsidePlan && !q.area && !q.from && !q.to && !q.unitName && q.hasEvidence === null;

async function searchPlan(db: Executor, q: Filter): Promise<{ search: SearchPlan | null; matches: number | null }> {
  const match = ftsQuery(q.search);
  if (!match) return { search: null, matches: null };
  // The exact number of matches is only the total when nothing else filters; otherwise it only
  // chooses the plan (few or many) and finds "no match", so counting past FEW_MATCHES is waste.
  const matches = await ftsCount(db, match, onlySearch(q) ? null : FEW_MATCHES + 1);
  return { search: { match, few: matches <= FEW_MATCHES }, matches };
}

export async function queryActivities(db: Executor, q: ActivityListQuery): Promise<{ rows: ActivityRow[]; total: number }> {
  const { search, matches } = await searchPlan(db, q);
  if (matches === 0) return { rows: [], total: 0 };
  if (q.sort === 'kind') return kindPage(db, q, search);
  // The full-text index holds live rows only, so its count is the total when nothing else filters.
  const total =
    matches !== null && onlySearch(q)
      ? matches
      : Number(
          (
            await filtered(db, q, search, null)
              .select(sql<number>`count(*)`.as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
  if (total === 0 || q.offset >= total) return { rows: [], total };
  const walk = total > FEW_ROWS ? q.sort : null;
  const rows = await ordered(filtered(db, q, search, walk).selectAll(), q)
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { rows, total };
}

/** Every row the filter selects (export), in the list's order. */
export async function allFilteredActivities(db: Executor, q: Filter & Order): Promise<ActivityRow[]> {
  const { search, matches } = await searchPlan(db, q);
  if (matches === 0) return [];
  return ordered(filtered(db, q, search, null).selectAll(), q).execute();
}

/** Live linked activities per task. */
export async function countByTask(db: Executor, taskIds: string[]): Promise<Map<string, number>> {
  if (!taskIds.length) return new Map();
  const rows = await db
    .selectFrom('activities')
    .select(['task_id', sql<number>`count(*)`.as('n')])
    .where('deleted_at', 'is', null)
    // One bound JSON array, however many tasks: never over SQLite's variable limit.
    .where(sql<boolean>`task_id IN (SELECT value FROM json_each(${JSON.stringify(taskIds)}))`)
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
  const rows = await db
    .selectFrom('activities')
    .select('unit_name')
    .distinct()
    .where('deleted_at', 'is', null)
    .where('unit_name', '!=', '')
    .execute();
  return rows.map((r) => r.unit_name).sort(compareVi);
}

export async function setEvidenceCount(db: Executor, activityId: string): Promise<void> {
  await sql`UPDATE activities SET evidence_count = (SELECT count(*) FROM activity_evidence WHERE activity_id = ${activityId}) WHERE id = ${activityId}`.execute(
    db,
  );
}
