import { sql } from 'kysely';
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

/** Each commune's latest submitted version of a period's report (the one its figures are taken from). */
export async function latestSubmitted(db: Executor, periodKey: string) {
  return db
    .selectFrom('prov_reports as r')
    .select(['r.commune_code', 'r.version', 'r.data'])
    .where('r.period_key', '=', periodKey)
    .where('r.submitted_at', 'is not', null)
    .where('r.deleted_at', 'is', null)
    .where(({ eb, selectFrom }) =>
      eb(
        'r.version',
        '=',
        selectFrom('prov_reports as o')
          .select(({ fn }) => fn.max('o.version').as('v'))
          .whereRef('o.commune_code', '=', 'r.commune_code')
          .where('o.period_key', '=', periodKey)
          .where('o.submitted_at', 'is not', null)
          .where('o.deleted_at', 'is', null),
      ),
    )
    .execute();
}

/** A commune's imported activities per form over a window (the recount beside a submitted report). */
export async function formCounts(db: Executor, communeCode: string, from: string, to: string) {
  return db
    .selectFrom('prov_activities')
    .select(['kind', sql<number>`count(*)`.as('n')])
    .where('commune_code', '=', communeCode)
    .where('deleted_at', 'is', null)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .groupBy('kind')
    .execute();
}
