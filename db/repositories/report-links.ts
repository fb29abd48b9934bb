import { sql } from 'kysely';
import type { Executor } from './executor';

/**
 * The online posts of a window that carry an address (details.url), in date order, at most
 * `limit` listed; `total` counts them all. Reads only the partial index of posts with an address
 * (migration 0021): its WHERE is repeated here word for word so SQLite can use it.
 */
export async function postLinksOfWindow(
  db: Executor,
  from: string,
  to: string,
  limit: number,
): Promise<{ items: { title: string; date: string; url: string }[]; total: number }> {
  const { rows } = await sql<{ title: string; date: string; url: string }>`
    SELECT title, date, trim(json_extract(details, '$.url')) AS url
    FROM activities INDEXED BY activities_post_links
    WHERE deleted_at IS NULL AND date BETWEEN ${from} AND ${to}
      AND kind = 'online' AND trim(coalesce(json_extract(details, '$.url'), '')) <> ''
    ORDER BY date, title, url, id`.execute(db);
  return { items: rows.slice(0, limit).map((r) => ({ title: r.title, date: r.date, url: r.url })), total: rows.length };
}
