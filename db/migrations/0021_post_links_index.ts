import { sql, type Kysely } from 'kysely';

/**
 * The report's Bảng 6 (online posts with their address) at 150,000 activities: a partial
 * index holding only the posts that carry a URL, so the list reads those few rows instead of
 * every activity of the window and its JSON. The query repeats this WHERE word for word
 * (SQLite uses a partial index only when the query implies its condition).
 * Frozen in time: later changes go in a new migration, never here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `CREATE INDEX activities_post_links ON activities(deleted_at, date, title)
       WHERE kind = 'online' AND trim(coalesce(json_extract(details, '$.url'), '')) <> ''`,
    )
    .execute(db);
}
