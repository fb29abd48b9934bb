import { sql, type Kysely } from 'kysely';
import { viSortKey } from '../../shared/vi-sort';

const AREAS = ['institutions', 'procedures', 'apparatus', 'civilService', 'publicFinance', 'digitalGov'];
/** Forms in the Vietnamese order of their labels (Ấn phẩm, Cuộc thi, Hội nghị, Loa, Niêm yết, Trực quan, Trực tuyến). */
const KIND_ORDER = ['publication', 'contest', 'meeting', 'broadcast', 'tthcPosting', 'visual', 'online'];

/**
 * The activity list at 200,000 rows:
 * - title_key / unit_key: Vietnamese sort keys (SQLite has no Vietnamese collation);
 * - area_mask (one bit per CCHC area) and kind_rank (the form's place in Vietnamese order),
 *   so that one covering index answers count + page under any filter;
 * - the full-text index (now with 2- and 3-letter prefix indexes) holds live rows only (a soft-deleted activity leaves it, "Hoàn tác"
 *   puts it back), so a plain search is counted from the index alone.
 * Writers fill the new columns through activityToRow (db/services/activities.ts).
 * Frozen in time: later changes go in a new migration, never here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `ALTER TABLE activities ADD COLUMN title_key TEXT NOT NULL DEFAULT ''`,
    `ALTER TABLE activities ADD COLUMN unit_key TEXT NOT NULL DEFAULT ''`,
    `ALTER TABLE activities ADD COLUMN area_mask INTEGER NOT NULL DEFAULT 0`,
    `ALTER TABLE activities ADD COLUMN kind_rank INTEGER NOT NULL DEFAULT 99`,
    `CREATE INDEX activities_list ON activities(deleted_at, date, kind, evidence_count, area_mask, unit_name, task_id)`,
    `CREATE INDEX activities_live ON activities(deleted_at) WHERE deleted_at IS NULL`,
    `CREATE INDEX activities_unit ON activities(deleted_at, unit_name, date)`,
    `CREATE INDEX activities_title_key ON activities(deleted_at, title_key)`,
    `CREATE INDEX activities_unit_key ON activities(deleted_at, unit_key, date)`,
    `CREATE INDEX activities_kind_rank ON activities(deleted_at, kind_rank, date)`,
    `DROP TRIGGER activities_fts_ai`,
    `DROP TRIGGER activities_fts_ad`,
    `DROP TRIGGER activities_fts_au`,
    // Rebuilt with prefix indexes: "so"*, "ho"* (short last words typed so far) stay fast.
    `DROP TABLE activities_fts`,
    `CREATE VIRTUAL TABLE activities_fts USING fts5(search_text, content='activities', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')`,
    `CREATE TRIGGER activities_fts_ai AFTER INSERT ON activities WHEN new.deleted_at IS NULL BEGIN
      INSERT INTO activities_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END`,
    `CREATE TRIGGER activities_fts_ad AFTER DELETE ON activities WHEN old.deleted_at IS NULL BEGIN
      INSERT INTO activities_fts(activities_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END`,
    `CREATE TRIGGER activities_fts_au_old AFTER UPDATE OF search_text, deleted_at ON activities WHEN old.deleted_at IS NULL BEGIN
      INSERT INTO activities_fts(activities_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END`,
    `CREATE TRIGGER activities_fts_au_new AFTER UPDATE OF search_text, deleted_at ON activities WHEN new.deleted_at IS NULL BEGIN
      INSERT INTO activities_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END`,
    `INSERT INTO activities_fts(rowid, search_text) SELECT rowid, search_text FROM activities WHERE deleted_at IS NULL`,
  ];
  for (const s of statements) await sql.raw(s).execute(db);

  // Backfill without a change-log entry per row: the data did not change, only derived columns.
  const logTrigger = await sql<{
    sql: string;
  }>`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'activities_log_au'`.execute(db);
  if (logTrigger.rows[0]) await sql.raw(`DROP TRIGGER activities_log_au`).execute(db);
  const rows = await sql<{
    id: string;
    title: string;
    unit_name: string;
    areas: string;
    kind: string;
  }>`SELECT id, title, unit_name, areas, kind FROM activities`.execute(db);
  for (const r of rows.rows) {
    const areas = JSON.parse(r.areas) as string[];
    const mask = areas.reduce((m, a) => m | (AREAS.includes(a) ? 1 << AREAS.indexOf(a) : 0), 0);
    const rank = KIND_ORDER.includes(r.kind) ? KIND_ORDER.indexOf(r.kind) : 99;
    await sql`UPDATE activities SET title_key = ${viSortKey(r.title)}, unit_key = ${viSortKey(r.unit_name)}, area_mask = ${mask}, kind_rank = ${rank} WHERE id = ${r.id}`.execute(
      db,
    );
  }
  if (logTrigger.rows[0]) await sql.raw(logTrigger.rows[0].sql).execute(db);
}
