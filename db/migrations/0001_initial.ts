import { sql, type Kysely } from 'kysely';

/** Frozen in time: later changes go in a new migration, never here. */
export async function up(db: Kysely<any>): Promise<void> {
  const meta = `id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT`;
  const synced = ['units', 'plans', 'plan_sections', 'plan_tasks', 'activities', 'reports'];
  const statements = [
    `CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL, updated_at TEXT NOT NULL)`,
    `CREATE TABLE units (${meta}, name TEXT NOT NULL, kind TEXT NOT NULL)`,
    `CREATE TABLE plans (${meta}, year INTEGER NOT NULL, title TEXT NOT NULL, doc TEXT NOT NULL)`,
    `CREATE INDEX plans_year ON plans(year)`,
    `CREATE TABLE plan_sections (${meta},
      plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      position INTEGER NOT NULL, title TEXT NOT NULL)`,
    `CREATE INDEX plan_sections_plan ON plan_sections(plan_id, position)`,
    `CREATE TABLE plan_tasks (${meta},
      plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
      section_id TEXT REFERENCES plan_sections(id) ON DELETE SET NULL,
      position INTEGER NOT NULL, doc TEXT NOT NULL,
      target_count INTEGER, status TEXT NOT NULL)`,
    `CREATE INDEX plan_tasks_plan ON plan_tasks(plan_id, position)`,
    `CREATE TABLE activities (${meta},
      kind TEXT NOT NULL, date TEXT NOT NULL,
      task_id TEXT REFERENCES plan_tasks(id),
      title TEXT NOT NULL, unit_name TEXT NOT NULL, areas TEXT NOT NULL,
      details TEXT NOT NULL, note TEXT NOT NULL, quantity INTEGER NOT NULL,
      entered_by TEXT NOT NULL, search_text TEXT NOT NULL,
      evidence_count INTEGER NOT NULL DEFAULT 0)`,
    // Covering index for the list and the report GROUP BY (date window, kind).
    `CREATE INDEX activities_date ON activities(deleted_at, date, kind, quantity)`,
    `CREATE INDEX activities_task ON activities(task_id) WHERE task_id IS NOT NULL`,
    `CREATE VIRTUAL TABLE activities_fts USING fts5(search_text, content='activities', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`,
    `CREATE TRIGGER activities_fts_ai AFTER INSERT ON activities BEGIN
      INSERT INTO activities_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END`,
    `CREATE TRIGGER activities_fts_ad AFTER DELETE ON activities BEGIN
      INSERT INTO activities_fts(activities_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END`,
    `CREATE TRIGGER activities_fts_au AFTER UPDATE OF search_text ON activities BEGIN
      INSERT INTO activities_fts(activities_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
      INSERT INTO activities_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END`,
    `CREATE TABLE evidence_files (sha256 TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL,
      mime TEXT NOT NULL, original_name TEXT NOT NULL, created_at TEXT NOT NULL)`,
    `CREATE TABLE activity_evidence (
      activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
      sha256 TEXT NOT NULL REFERENCES evidence_files(sha256),
      name TEXT NOT NULL, created_at TEXT NOT NULL,
      PRIMARY KEY (activity_id, sha256))`,
    `CREATE INDEX activity_evidence_sha ON activity_evidence(sha256)`,
    `CREATE TABLE reports (${meta},
      year INTEGER NOT NULL, kind TEXT NOT NULL, period_key TEXT NOT NULL,
      version INTEGER NOT NULL, status TEXT NOT NULL,
      from_date TEXT NOT NULL, to_date TEXT NOT NULL, narrative TEXT NOT NULL,
      snapshot TEXT, snapshot_hash TEXT, submitted_at TEXT,
      UNIQUE (period_key, version))`,
    `CREATE TABLE change_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL,
      row_id TEXT NOT NULL, op TEXT NOT NULL, at TEXT NOT NULL)`,
    // The change log is written by triggers so that no code path can forget it.
    ...synced.flatMap((t) => [
      `CREATE TRIGGER ${t}_log_ai AFTER INSERT ON ${t} BEGIN
        INSERT INTO change_log(table_name, row_id, op, at) VALUES ('${t}', new.id, 'insert', new.updated_at); END`,
      `CREATE TRIGGER ${t}_log_au AFTER UPDATE ON ${t} BEGIN
        INSERT INTO change_log(table_name, row_id, op, at)
        VALUES ('${t}', new.id, CASE WHEN new.deleted_at IS NOT NULL AND old.deleted_at IS NULL THEN 'delete' ELSE 'update' END, new.updated_at); END`,
    ]),
  ];
  for (const s of statements) await sql.raw(s).execute(db);
}
