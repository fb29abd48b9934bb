import { sql } from 'kysely';
import type { ServiceContext } from './context';
import type { ActivityFields } from '../../shared/domain/activity';
import { canonicalJson } from './canonical-json';

/**
 * The one answer to "is this imported row already in the journal?", for every file import
 * (the activity .xlsx, the loudspeaker play log): the same file chosen twice must not log the
 * same work twice. A row is already logged when a live activity has the same date, form, title
 * (after NFC and trimming) and the same details (compared as canonical JSON, so key order does
 * not matter). Two equal rows inside one file are both kept: a file may list the same bulletin
 * twice on purpose, and the officer sees them.
 */
export function activityKey(a: { date: string; title: string; details: unknown }): string {
  const kind = (a.details as { kind?: unknown }).kind;
  return `${a.date}\u0000${String(kind)}\u0000${a.title.normalize('NFC').trim()}\u0000${canonicalJson(a.details)}`;
}

/** For each row, whether the journal already holds it (one query over the rows' dates). */
export async function alreadyLogged(ctx: ServiceContext, rows: readonly ActivityFields[]): Promise<boolean[]> {
  if (!rows.length) return [];
  const dates = [...new Set(rows.map((r) => r.date))];
  const live = await sql<{ date: string; title: string; details: string }>`
    SELECT date, title, details FROM activities
    WHERE deleted_at IS NULL AND date IN (SELECT value FROM json_each(${JSON.stringify(dates)}))`.execute(ctx.db);
  const keys = new Set(live.rows.map((r) => activityKey({ date: r.date, title: r.title, details: JSON.parse(r.details) as unknown })));
  return rows.map((r) => keys.has(activityKey(r)));
}
