import { sql, type Kysely } from 'kysely';
import { viSortKey } from '../../shared/vi-sort';

/**
 * Vietnamese sort keys for the activity list (SQLite has no Vietnamese collation), an index
 * for "has evidence", and evidence links that remember which file types they are.
 * Frozen in time: later changes go in a new migration, never here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`ALTER TABLE activities ADD COLUMN title_key TEXT NOT NULL DEFAULT ''`).execute(db);
  await sql.raw(`ALTER TABLE activities ADD COLUMN unit_key TEXT NOT NULL DEFAULT ''`).execute(db);
  const rows = await sql<{ id: string; title: string; unit_name: string }>`SELECT id, title, unit_name FROM activities`.execute(db);
  for (const r of rows.rows) {
    // Leave updated_at alone: the change-log trigger records this as a plain update of the row.
    await sql`UPDATE activities SET title_key = ${viSortKey(r.title)}, unit_key = ${viSortKey(r.unit_name)} WHERE id = ${r.id}`.execute(db);
  }
  await sql.raw(`CREATE INDEX activities_title_key ON activities(deleted_at, title_key)`).execute(db);
  await sql.raw(`CREATE INDEX activities_unit_key ON activities(deleted_at, unit_key)`).execute(db);
}
