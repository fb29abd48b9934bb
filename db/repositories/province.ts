import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import type { Executor } from './executor';
import type { CommunesTable, TrustedKeysTable } from '../schema';

/**
 * Province side of issue 7. The bulk import goes through prepared better-sqlite3 statements
 * inside one transaction (tech-notes: Kysely per row is ~6× slower than raw).
 */
export async function listTrustedKeys(db: Executor): Promise<TrustedKeysTable[]> {
  return db.selectFrom('trusted_keys').selectAll().orderBy('commune_code').orderBy('added_at').execute();
}

export async function insertTrustedKey(db: Executor, row: TrustedKeysTable): Promise<void> {
  await db
    .insertInto('trusted_keys')
    .values(row)
    .onConflict((oc) => oc.column('key_id').doNothing())
    .execute();
}

export async function upsertCommuneName(db: Executor, code: string, name: string, province: string, at: string): Promise<void> {
  await db
    .insertInto('communes')
    .values({ code, name, province, last_seq: null, last_hash: null, last_bundle_at: null, updated_at: at })
    .onConflict((oc) => oc.column('code').doUpdateSet({ name, province, updated_at: at }))
    .execute();
}

export async function listCommunes(db: Executor): Promise<CommunesTable[]> {
  return db.selectFrom('communes').selectAll().orderBy('name').execute();
}

export async function firstSubmissions(db: Executor, periodKeys: string[]) {
  if (!periodKeys.length) return [];
  return db
    .selectFrom('prov_reports')
    .select(['commune_code', 'period_key', sql<string>`min(submitted_at)`.as('first_at'), sql<number>`max(version)`.as('version')])
    .where('period_key', 'in', periodKeys)
    .where('submitted_at', 'is not', null)
    .where('deleted_at', 'is', null)
    .groupBy(['commune_code', 'period_key'])
    .execute();
}

export async function countsBetween(db: Executor, from: string, to: string) {
  return db
    .selectFrom('prov_activities')
    .select(['commune_code', 'kind', sql<number>`count(*)`.as('n'), sql<number>`sum(quantity)`.as('q')])
    .where('deleted_at', 'is', null)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .groupBy(['commune_code', 'kind'])
    .execute();
}

export async function latestReport(db: Executor, communeCode: string, periodKey: string) {
  const rows = await db
    .selectFrom('prov_reports')
    .select(['data', 'version'])
    .where('commune_code', '=', communeCode)
    .where('period_key', '=', periodKey)
    .where('submitted_at', 'is not', null)
    .where('deleted_at', 'is', null)
    .orderBy('version', 'desc')
    .execute();
  return { latest: rows[0], versions: rows.length };
}

/** Column order of the bulk activity insert (the bench's raw baseline binds the same). */
export const PROV_ACTIVITY_COLUMNS = [
  'commune_code',
  'id',
  'date',
  'kind',
  'quantity',
  'task_id',
  'title',
  'unit_name',
  'areas',
  'details',
  'note',
  'entered_by',
  'evidence_count',
  'created_at',
  'updated_at',
  'deleted_at',
] as const;

export async function provActivities(db: Executor, communeCode: string) {
  return db.selectFrom('prov_activities').selectAll().where('commune_code', '=', communeCode).orderBy('date').orderBy('id').execute();
}

/** Prepared statements for one import; `run` them inside sqlite.transaction(). */
export function importStatements(sqlite: BetterSqlite3.Database) {
  const newer = (t: string) => `WHERE excluded.updated_at >= ${t}.updated_at`;
  return {
    findBundle: sqlite.prepare<[string], { hash: string }>('SELECT hash FROM bundles_in WHERE hash = ?'),
    findSeq: sqlite.prepare<[string, number], { hash: string }>('SELECT hash FROM bundles_in WHERE commune_code = ? AND seq = ?'),
    commune: sqlite.prepare<[string], { last_seq: number | null; last_hash: string | null }>(
      'SELECT last_seq, last_hash FROM communes WHERE code = ?',
    ),
    plan: sqlite.prepare(
      `INSERT INTO prov_plans (commune_code, id, year, updated_at, deleted_at, data) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(commune_code, id) DO UPDATE SET year = excluded.year, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at, data = excluded.data ${newer('prov_plans')}`,
    ),
    section: sqlite.prepare(
      `INSERT INTO prov_sections (commune_code, id, plan_id, updated_at, deleted_at, data) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(commune_code, id) DO UPDATE SET plan_id = excluded.plan_id, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at, data = excluded.data ${newer('prov_sections')}`,
    ),
    task: sqlite.prepare(
      `INSERT INTO prov_tasks (commune_code, id, plan_id, status, updated_at, deleted_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(commune_code, id) DO UPDATE SET plan_id = excluded.plan_id, status = excluded.status, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at, data = excluded.data ${newer('prov_tasks')}`,
    ),
    activity: sqlite.prepare(
      `INSERT INTO prov_activities (${PROV_ACTIVITY_COLUMNS.join(', ')}) VALUES (${PROV_ACTIVITY_COLUMNS.map(() => '?').join(', ')})
       ON CONFLICT(commune_code, id) DO UPDATE SET ${PROV_ACTIVITY_COLUMNS.slice(2)
         .map((c) => `${c} = excluded.${c}`)
         .join(', ')} ${newer('prov_activities')}`,
    ),
    report: sqlite.prepare(
      `INSERT INTO prov_reports (commune_code, id, period_key, version, submitted_at, snapshot_hash, updated_at, deleted_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(commune_code, id) DO UPDATE SET period_key = excluded.period_key, version = excluded.version, submitted_at = excluded.submitted_at,
       snapshot_hash = excluded.snapshot_hash, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at, data = excluded.data ${newer('prov_reports')}`,
    ),
    evidence: sqlite.prepare(
      'INSERT OR IGNORE INTO prov_evidence (commune_code, activity_id, sha256, name, size, mime) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    bundle: sqlite.prepare(
      `INSERT INTO bundles_in (hash, bundle_id, commune_code, seq, key_id, created_at, imported_at, file_name, size, scope, periods, activities, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    communeHead: sqlite.prepare(
      `INSERT INTO communes (code, name, province, last_seq, last_hash, last_bundle_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(code) DO UPDATE SET name = excluded.name, province = excluded.province, last_seq = excluded.last_seq,
       last_hash = excluded.last_hash, last_bundle_at = excluded.last_bundle_at, updated_at = excluded.updated_at`,
    ),
  };
}
export type ImportStatements = ReturnType<typeof importStatements>;
