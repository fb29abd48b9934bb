import { sql, type Kysely } from 'kysely';

/**
 * An edited activity must stay findable by its unchanged words.
 *
 * 0003 split the FTS update into two triggers (activities_fts_au_old: 'delete' the old text,
 * activities_fts_au_new: insert the new text). SQLite fires triggers on the same event newest
 * first, so the new entry went in before the old one was deleted, and the 'delete' of the old
 * text then removed every token the two texts share: after any edit (even of a number, which
 * rewrites search_text unchanged) the activity was no longer found by its own words.
 *
 * Now one trigger does both, in order, each step guarded by the live-only rule of 0003 (only
 * rows with deleted_at IS NULL are in the index). Existing indexes are damaged in a way that
 * cannot be repaired row by row, so the index is emptied and refilled from the live rows.
 * Frozen in time: later changes go in a new migration, never here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `DROP TRIGGER IF EXISTS activities_fts_au_old`,
    `DROP TRIGGER IF EXISTS activities_fts_au_new`,
    `DROP TRIGGER IF EXISTS activities_fts_au`,
    `CREATE TRIGGER activities_fts_au AFTER UPDATE OF search_text, deleted_at ON activities BEGIN
      INSERT INTO activities_fts(activities_fts, rowid, search_text) SELECT 'delete', old.rowid, old.search_text WHERE old.deleted_at IS NULL;
      INSERT INTO activities_fts(rowid, search_text) SELECT new.rowid, new.search_text WHERE new.deleted_at IS NULL; END`,
    // 'delete-all' then the live rows ('rebuild' would index soft-deleted rows too).
    `INSERT INTO activities_fts(activities_fts) VALUES ('delete-all')`,
    `INSERT INTO activities_fts(rowid, search_text) SELECT rowid, search_text FROM activities WHERE deleted_at IS NULL`,
  ];
  for (const s of statements) await sql.raw(s).execute(db);
}
