import { sql, type Kysely } from 'kysely';

/**
 * Reports (issue 6). Frozen in time once on main: later changes go in a new migration.
 *
 * 1. Three VIRTUAL generated columns on activities, computed by SQLite from the row itself
 *    (no code path can forget them, inserts stay unchanged) and stored only in one covering
 *    index ordered for the report's GROUP BY, so a report never parses JSON at query time:
 *    - rep_sub: the form's sub-kind (tin/bài/…, panô/áp phích/…, hội nghị/…, ấn phẩm kind)
 *    - rep_minutes: broadcast minutes = duration × repeats
 *    - rep_areas: the CCHC areas as a bit mask (bit i = CCHC_AREAS[i])
 * 2. A submitted report is immutable at the database level: no UPDATE or DELETE of a row
 *    whose submitted_at is set, whatever code runs.
 * 3. At most one draft per period.
 */
export const REP_SUB_SQL = `CASE kind
  WHEN 'broadcast' THEN json_extract(details, '$.newsKind')
  WHEN 'visual' THEN json_extract(details, '$.visualKind')
  WHEN 'meeting' THEN json_extract(details, '$.meetingKind')
  WHEN 'online' THEN json_extract(details, '$.postKind')
  WHEN 'publication' THEN json_extract(details, '$.publicationKind')
  ELSE NULL END`;
export const REP_MINUTES_SQL = `CASE WHEN kind = 'broadcast'
  THEN coalesce(json_extract(details, '$.durationMinutes'), 0) * coalesce(json_extract(details, '$.repeats'), 1)
  ELSE 0 END`;
const AREAS = ['institutions', 'procedures', 'apparatus', 'civilService', 'publicFinance', 'digitalGov'];
export const REP_AREAS_SQL = AREAS.map((a, i) => `${1 << i} * (instr(areas, '"${a}"') > 0)`).join(' + ');

export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `ALTER TABLE activities ADD COLUMN rep_sub TEXT GENERATED ALWAYS AS (${REP_SUB_SQL}) VIRTUAL`,
    `ALTER TABLE activities ADD COLUMN rep_minutes INTEGER GENERATED ALWAYS AS (${REP_MINUTES_SQL}) VIRTUAL`,
    `ALTER TABLE activities ADD COLUMN rep_areas INTEGER GENERATED ALWAYS AS (${REP_AREAS_SQL}) VIRTUAL`,
    `CREATE INDEX activities_report ON activities(deleted_at, kind, rep_sub, rep_areas, task_id, date, quantity, rep_minutes)`,
    // Evidence of a window: from activity_evidence into activities by id, without reading rows.
    `CREATE INDEX activities_evidence_window ON activities(id, deleted_at, date, kind)`,
    `CREATE INDEX reports_period ON reports(period_key, version)`,
    `CREATE UNIQUE INDEX reports_one_draft ON reports(period_key) WHERE submitted_at IS NULL AND deleted_at IS NULL`,
    `CREATE TRIGGER reports_frozen_update BEFORE UPDATE ON reports WHEN old.submitted_at IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'report_frozen'); END`,
    `CREATE TRIGGER reports_frozen_delete BEFORE DELETE ON reports WHEN old.submitted_at IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'report_frozen'); END`,
  ];
  for (const s of statements) await sql.raw(s).execute(db);
}
