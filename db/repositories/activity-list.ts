import { sql } from 'kysely';
import type { Executor } from './executor';
import type { ActivityRow } from '../schema';
import { KIND_SORT_ORDER, type ActivityListQuery } from '../../shared/domain/activity';
import { CCHC_AREAS } from '../../shared/domain/common';
import { cappedTotal, listCountCap } from '../../shared/domain/list-count';
import { searchWords } from '../../shared/search-words';

/** FTS5 query from what the officer typed: every word must appear (the words as searchWords reads them). */
export function ftsQuery(search: string): string | null {
  const { words } = searchWords(search);
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
 * One page of a large list sorted by form: each form's rows are read in date order from
 * activities_kind_date (no sort of the whole list). A form that lies wholly before the offset is
 * counted only up to the rows still to skip, so a page costs what its offset costs, never a
 * count of the whole list.
 */
async function kindPage(db: Executor, q: ActivityListQuery, search: SearchPlan | null): Promise<ActivityRow[]> {
  const wanted = q.kinds.length ? KIND_SORT_ORDER.filter((k) => q.kinds.includes(k)) : [...KIND_SORT_ORDER];
  if (q.direction === 'desc') wanted.reverse();
  const d = q.direction === 'asc' ? 'ASC' : 'DESC';
  const rows: ActivityRow[] = [];
  let skip = q.offset;
  for (const kind of wanted) {
    const one = { ...q, kinds: [kind] };
    if (skip > 0) {
      const n = await countUpTo(db, one, search, skip);
      if (n < skip) {
        skip -= n;
        continue;
      }
    }
    const page = await filtered(db, one, search, 'kind')
      .selectAll()
      .orderBy(sql.raw(`activities.date ${d}, activities.rowid ${d}`))
      .limit(q.limit - rows.length)
      .offset(skip)
      .execute();
    rows.push(...page);
    skip = 0;
    if (rows.length >= q.limit) break;
  }
  return rows;
}

const onlySearch = (q: Filter) =>
  !q.kinds.length && !q.taskId && !q.outsidePlan && !q.area && !q.from && !q.to && !q.unitName && q.hasEvidence === null;

/**
 * The full-text query and its match count, counted up to `countTo` (null: exactly). The count
 * chooses the plan (few or many matches), finds "no match", and is the total when nothing else
 * filters (the index holds live rows only).
 */
async function searchPlan(db: Executor, q: Filter, countTo: number | null): Promise<{ search: SearchPlan | null; matches: number | null }> {
  const match = ftsQuery(q.search);
  if (!match) return { search: null, matches: null };
  const matches = await ftsCount(db, match, countTo === null ? null : Math.max(countTo, FEW_MATCHES + 1));
  return { search: { match, few: matches <= FEW_MATCHES }, matches };
}

/** Rows the filter selects, counted no further than `limit` (SQLite stops reading there). */
async function countUpTo(db: Executor, q: Filter, search: SearchPlan | null, limit: number | null): Promise<number> {
  const rows = filtered(db, q, search, null);
  const r =
    limit === null
      ? await rows.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()
      : await db
          .selectFrom(
            rows
              .select(sql<number>`1`.as('one'))
              .limit(limit)
              .as('capped'),
          )
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * One page of the list and its total counted up to listCountCap(q) (shared/domain/list-count.ts):
 * the page is read first by walking the sort's index, and the count stops at the cap, so a broad
 * filter over a large log costs a page, not a pass over every match.
 */
export async function queryActivities(
  db: Executor,
  q: ActivityListQuery,
): Promise<{ rows: ActivityRow[]; total: number; totalCapped: boolean }> {
  const cap = listCountCap(q);
  const { search, matches } = await searchPlan(db, q, onlySearch(q) ? cap + 1 : FEW_MATCHES + 1);
  if (matches === 0) return { rows: [], total: 0, totalCapped: false };
  const counted = matches !== null && onlySearch(q) ? matches : await countUpTo(db, q, search, cap + 1);
  const { total, totalCapped } = cappedTotal(counted, cap);
  if (total === 0 || (q.offset >= total && !totalCapped)) return { rows: [], total, totalCapped };
  if (q.sort === 'kind') return { rows: await kindPage(db, q, search), total, totalCapped };
  const walk = totalCapped || total > FEW_ROWS ? q.sort : null;
  const rows = await ordered(filtered(db, q, search, walk).selectAll(), q)
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { rows, total, totalCapped };
}

/** The exact number of rows the filter selects (for callers that need it, never the list page). */
export async function countActivities(db: Executor, q: Filter): Promise<number> {
  const { search, matches } = await searchPlan(db, q, onlySearch(q) ? null : FEW_MATCHES + 1);
  if (matches === 0) return 0;
  return matches !== null && onlySearch(q) ? matches : countUpTo(db, q, search, null);
}

/** Every row the filter selects (export), in the list's order. */
export async function allFilteredActivities(db: Executor, q: Filter & Order): Promise<ActivityRow[]> {
  const { search, matches } = await searchPlan(db, q, FEW_MATCHES + 1);
  if (matches === 0) return [];
  return ordered(filtered(db, q, search, null).selectAll(), q).execute();
}
