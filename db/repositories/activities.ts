import { sql } from 'kysely';
import type { Executor } from './executor';
import type { ActivityRow } from '../schema';
import type { ActivityListQuery } from '../../shared/domain/activity';
import { foldVietnamese } from '../../shared/text';

/** Rows per INSERT: well under SQLite's bound-variable limit, large enough to amortise. */
const CHUNK = 400;

export async function insertActivityRows(db: Executor, rows: ActivityRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.insertInto('activities').values(rows.slice(i, i + CHUNK)).execute();
  }
}

export async function findActivity(db: Executor, id: string): Promise<ActivityRow | undefined> {
  return db.selectFrom('activities').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

/** FTS5 query from what the officer typed: every word must appear, each as a prefix. */
export function ftsQuery(search: string): string | null {
  const words = foldVietnamese(search)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

export async function queryActivities(db: Executor, q: ActivityListQuery): Promise<{ rows: ActivityRow[]; total: number }> {
  let base = db.selectFrom('activities').where('deleted_at', 'is', null);
  const match = ftsQuery(q.search);
  if (match) base = base.where(sql<boolean>`rowid IN (SELECT rowid FROM activities_fts WHERE activities_fts MATCH ${match})`);
  if (q.kinds.length) base = base.where('kind', 'in', q.kinds);
  if (q.taskId) base = base.where('task_id', '=', q.taskId);
  if (q.area) base = base.where(sql<boolean>`EXISTS (SELECT 1 FROM json_each(activities.areas) WHERE value = ${q.area})`);
  if (q.from) base = base.where('date', '>=', q.from);
  if (q.to) base = base.where('date', '<=', q.to);
  if (q.unitName) base = base.where('unit_name', '=', q.unitName);
  if (q.hasEvidence !== null) base = base.where('evidence_count', q.hasEvidence ? '>' : '=', 0);

  const total = await base.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy(sortColumn(q.sort), q.direction)
    .orderBy('id', q.direction)
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { rows, total: Number(total.n) };
}

function sortColumn(sort: ActivityListQuery['sort']) {
  switch (sort) {
    case 'date':
      return 'date' as const;
    case 'title':
      return 'title' as const;
    case 'kind':
      return 'kind' as const;
    case 'unitName':
      return 'unit_name' as const;
  }
}
