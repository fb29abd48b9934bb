import { sql, type Kysely } from 'kysely';

/**
 * The area filter ("Lĩnh vực CCHC") at 200,000 activities: the list reads it as
 * area_mask IN (every mask holding the area's bit), one range of this index per mask, so the
 * count of "one area + one year" reads that area's rows of the year instead of the whole year.
 * Frozen in time: later changes go in a new migration, never here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`CREATE INDEX activities_area_date ON activities(deleted_at, area_mask, date)`).execute(db);
}
