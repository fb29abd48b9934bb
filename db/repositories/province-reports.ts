import type { Executor } from './executor';

/** Every submitted version of a commune's report for a period, oldest first. */
export async function submittedVersions(db: Executor, communeCode: string, periodKey: string) {
  return db
    .selectFrom('prov_reports')
    .select(['data', 'version', 'submitted_at', 'snapshot_hash'])
    .where('commune_code', '=', communeCode)
    .where('period_key', '=', periodKey)
    .where('submitted_at', 'is not', null)
    .where('deleted_at', 'is', null)
    .orderBy('version', 'asc')
    .execute();
}
