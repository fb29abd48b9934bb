import { sql, type Kysely } from 'kysely';

/**
 * Bundles (issue 7). Commune side: the outbox. Province side: trusted keys, communes with the
 * head of their bundle chain, received bundles, and the imported data keyed by (commune, id).
 * Province rows keep the bundle's JSON in `data` beside the columns that are queried.
 * Frozen in time: later changes go in a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `CREATE TABLE bundles_out (id TEXT PRIMARY KEY NOT NULL, seq INTEGER NOT NULL UNIQUE, hash TEXT NOT NULL,
      prev_hash TEXT, file_name TEXT NOT NULL, folder TEXT NOT NULL, size INTEGER NOT NULL, scope TEXT NOT NULL,
      periods TEXT NOT NULL, activities INTEGER NOT NULL, key_id TEXT NOT NULL, report_id TEXT,
      change_seq INTEGER NOT NULL, created_at TEXT NOT NULL)`,
    `CREATE TABLE trusted_keys (key_id TEXT PRIMARY KEY NOT NULL, commune_code TEXT NOT NULL, commune_name TEXT NOT NULL,
      public_key TEXT NOT NULL, created_at TEXT NOT NULL, added_at TEXT NOT NULL, rotated_from TEXT)`,
    `CREATE INDEX trusted_keys_commune ON trusted_keys(commune_code)`,
    `CREATE TABLE communes (code TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, province TEXT NOT NULL,
      last_seq INTEGER, last_hash TEXT, last_bundle_at TEXT, updated_at TEXT NOT NULL)`,
    `CREATE TABLE bundles_in (hash TEXT PRIMARY KEY NOT NULL, bundle_id TEXT NOT NULL, commune_code TEXT NOT NULL,
      seq INTEGER NOT NULL, key_id TEXT NOT NULL, created_at TEXT NOT NULL, imported_at TEXT NOT NULL,
      file_name TEXT NOT NULL, size INTEGER NOT NULL, scope TEXT NOT NULL, periods TEXT NOT NULL,
      activities INTEGER NOT NULL, note TEXT)`,
    `CREATE UNIQUE INDEX bundles_in_seq ON bundles_in(commune_code, seq)`,
    `CREATE TABLE prov_plans (commune_code TEXT NOT NULL, id TEXT NOT NULL, year INTEGER NOT NULL,
      updated_at TEXT NOT NULL, deleted_at TEXT, data TEXT NOT NULL, PRIMARY KEY (commune_code, id)) WITHOUT ROWID`,
    `CREATE TABLE prov_sections (commune_code TEXT NOT NULL, id TEXT NOT NULL, plan_id TEXT NOT NULL,
      updated_at TEXT NOT NULL, deleted_at TEXT, data TEXT NOT NULL, PRIMARY KEY (commune_code, id)) WITHOUT ROWID`,
    `CREATE TABLE prov_tasks (commune_code TEXT NOT NULL, id TEXT NOT NULL, plan_id TEXT NOT NULL, status TEXT NOT NULL,
      updated_at TEXT NOT NULL, deleted_at TEXT, data TEXT NOT NULL, PRIMARY KEY (commune_code, id)) WITHOUT ROWID`,
    // Activities as columns (not one JSON blob): the bulk path binds values, no re-serialising.
    `CREATE TABLE prov_activities (commune_code TEXT NOT NULL, id TEXT NOT NULL, date TEXT NOT NULL, kind TEXT NOT NULL,
      quantity INTEGER NOT NULL, task_id TEXT, title TEXT NOT NULL, unit_name TEXT NOT NULL, areas TEXT NOT NULL,
      details TEXT NOT NULL, note TEXT NOT NULL, entered_by TEXT NOT NULL, evidence_count INTEGER NOT NULL,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT,
      PRIMARY KEY (commune_code, id)) WITHOUT ROWID`,
    // Covering index for the consolidated table (date window → commune, kind, figure).
    `CREATE INDEX prov_activities_date ON prov_activities(date, commune_code, kind, quantity) WHERE deleted_at IS NULL`,
    `CREATE TABLE prov_reports (commune_code TEXT NOT NULL, id TEXT NOT NULL, period_key TEXT NOT NULL, version INTEGER NOT NULL,
      submitted_at TEXT, snapshot_hash TEXT, updated_at TEXT NOT NULL, deleted_at TEXT, data TEXT NOT NULL,
      PRIMARY KEY (commune_code, id)) WITHOUT ROWID`,
    `CREATE INDEX prov_reports_period ON prov_reports(period_key, commune_code)`,
    `CREATE TABLE prov_evidence (commune_code TEXT NOT NULL, activity_id TEXT NOT NULL, sha256 TEXT NOT NULL,
      name TEXT NOT NULL, size INTEGER NOT NULL, mime TEXT NOT NULL, PRIMARY KEY (commune_code, activity_id, sha256)) WITHOUT ROWID`,
  ];
  for (const s of statements) await sql.raw(s).execute(db);
}
