import { sql, type Kysely } from 'kysely';

/**
 * "Sort by form" without a stored rank: the order of the forms is the kind registry's (code),
 * so reordering the forms never rewrites a row. The list walks this index one form at a time
 * in the registry's order; activities.kind_rank stays in the table, unused.
 * Frozen in time: later changes go in a new migration, never here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `CREATE INDEX activities_kind_date ON activities(deleted_at, kind, date)`,
    `DROP INDEX IF EXISTS activities_kind_rank`,
  ];
  for (const s of statements) await sql.raw(s).execute(db);
}
