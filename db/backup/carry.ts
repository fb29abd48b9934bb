import type BetterSqlite3 from 'better-sqlite3';
import { openDatabase, type OpenOptions } from '../open';
import { fsyncPath } from './durable';
import { openUntrusted } from './facts';
import { nowIso } from '../../shared/ids';

/**
 * A restore rolls the commune's data back; it must not roll back the outside world. What was
 * sent to the province (the outbox: seq, hash, what it covered) and what the province may hold
 * because of it are history, not data. So before the swap, the staged copy of the backup is
 * brought up to date with the live database's history (docs/bundle-format.md §6.1):
 *
 *   - every bundle the live outbox holds and the backup's does not is added to its outbox, so the
 *     next bundle's seq follows the last one sent and its prevHash is that bundle's hash;
 *   - a row the live database has and the backup does not (made after the backup, maybe sent)
 *     is added as a deleted row: the next "changes" bundle carries its deletion;
 *   - a row both have in different versions gets a new updatedAt (not older than the live one),
 *     so the next "changes" bundle carries the backup's version and the province takes it;
 *   - a submitted report the backup lacks is kept as it is (submitted reports are frozen facts).
 *
 * Done on the staged file, before the journal is written: a process killed here leaves a staged
 * copy the next start sweeps away (the live database untouched); one killed after has the
 * history already in the copy the journal swaps in.
 */
export interface CarriedForward {
  /** Bundles sent after the backup was made, now in the restored outbox. */
  bundles: number;
  /** Rows added as deleted (the province may hold them). */
  deleted: number;
  /** Rows whose restored version will be sent again. */
  resent: number;
  /** Submitted reports kept. */
  reports: number;
}

/** Tables a bundle carries whose rows have `deleted_at`: parents before children (foreign keys). */
const ROW_TABLES = ['plans', 'plan_sections', 'plan_tasks', 'activities'] as const;

const columns = (s: BetterSqlite3.Database, schema: string, table: string): string[] =>
  (s.prepare(`PRAGMA ${schema}.table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

function shared(s: BetterSqlite3.Database, table: string): string[] {
  const live = new Set(columns(s, 'live', table));
  return columns(s, 'main', table).filter((c) => live.has(c));
}

function carryOutbox(s: BetterSqlite3.Database): { bundles: number } {
  const c = shared(s, 'bundles_out');
  if (!c.length) return { bundles: 0 };
  // change_seq counts the live database's change log, which the restored one does not share:
  // 0 keeps the restored database's own mark (everything after it is sent again).
  const pick = c.map((x) => (x === 'change_seq' ? '0' : `l.${x}`)).join(', ');
  const bundles = s
    .prepare(
      `INSERT INTO main.bundles_out (${c.join(', ')}) SELECT ${pick} FROM live.bundles_out l
       WHERE l.id NOT IN (SELECT id FROM main.bundles_out) AND l.seq NOT IN (SELECT seq FROM main.bundles_out) ORDER BY l.seq`,
    )
    .run().changes;
  return { bundles };
}

function carry(s: BetterSqlite3.Database, now: string): CarriedForward {
  const out: CarriedForward = { ...carryOutbox(s), deleted: 0, resent: 0, reports: 0 };
  for (const t of ROW_TABLES) {
    const cols = shared(s, t);
    if (!cols.includes('id') || !cols.includes('updated_at') || !cols.includes('deleted_at')) continue;
    const pick = cols.map((x) =>
      x === 'deleted_at'
        ? 'coalesce(l.deleted_at, @now)'
        : x === 'updated_at'
          ? 'max(l.updated_at, @now)'
          : x === 'evidence_count'
            ? '0' // its evidence links are not carried: a deleted row shows none
            : `l.${x}`,
    );
    out.deleted += s
      .prepare(
        `INSERT INTO main.${t} (${cols.join(', ')}) SELECT ${pick.join(', ')} FROM live.${t} l WHERE l.id NOT IN (SELECT id FROM main.${t})`,
      )
      .run({ now }).changes;
    out.resent += s
      .prepare(
        `UPDATE main.${t} SET updated_at = max(updated_at, @now, (SELECT l.updated_at FROM live.${t} l WHERE l.id = ${t}.id))
         WHERE id IN (SELECT m.id FROM main.${t} m JOIN live.${t} l ON l.id = m.id
                      WHERE l.updated_at IS NOT m.updated_at OR (l.deleted_at IS NULL) <> (m.deleted_at IS NULL))`,
      )
      .run({ now }).changes;
  }
  const r = shared(s, 'reports');
  if (r.includes('submitted_at')) {
    out.reports = s
      .prepare(
        `INSERT OR IGNORE INTO main.reports (${r.join(', ')}) SELECT ${r.map((x) => `l.${x}`).join(', ')} FROM live.reports l
         WHERE l.submitted_at IS NOT NULL AND l.id NOT IN (SELECT id FROM main.reports)`,
      )
      .run().changes;
  }
  return out;
}

/**
 * Bring the staged copy (`staged`, already verified) up to date with the live database's
 * history, migrating it first (`opts.beforeMigrate` backs the old version up, as at any open).
 * `live` is null when there is no live file. When `bestEffort` (recovery mode: the live file did
 * not open) only its outbox is carried, if it reads (carryOutboxFromDamaged).
 */
export async function carryForward(
  staged: string,
  live: string | null,
  opts: Pick<OpenOptions, 'beforeMigrate'> & { bestEffort: boolean },
): Promise<CarriedForward | null> {
  const d = await openDatabase(staged, { beforeMigrate: opts.beforeMigrate });
  let result: CarriedForward | null = null;
  try {
    const s = d.sqlite;
    if (live) result = opts.bestEffort ? carryOutboxFromDamaged(s, live) : carryFrom(s, live);
    // The copy is renamed into place alone: no -wal beside it may hold part of it.
    s.pragma('wal_checkpoint(TRUNCATE)');
    s.pragma('journal_mode = DELETE');
  } finally {
    await d.close();
  }
  fsyncPath(staged);
  return result;
}

/** The carry with `live` attached (its database is the app's own, open and healthy). */
function carryFrom(s: BetterSqlite3.Database, live: string): CarriedForward {
  s.prepare(`ATTACH DATABASE ? AS live`).run(live);
  try {
    return s.transaction(() => carry(s, nowIso()))();
  } finally {
    s.exec('DETACH DATABASE live');
  }
}

/**
 * Recovery mode: the live file did not open and may be damaged. It is read only through a
 * read-only, defensive connection (it goes to hong/ untouched), and only its outbox is kept:
 * that is what keeps the next bundle's number from colliding with one the province already has.
 * A file whose outbox does not read carries nothing.
 */
function carryOutboxFromDamaged(s: BetterSqlite3.Database, live: string): CarriedForward | null {
  let rows: Record<string, unknown>[];
  try {
    const d = openUntrusted(live);
    try {
      rows = d.prepare(`SELECT * FROM bundles_out ORDER BY seq`).all() as Record<string, unknown>[];
    } finally {
      d.close();
    }
  } catch {
    return null;
  }
  const cols = columns(s, 'main', 'bundles_out');
  if (!rows.every((r) => cols.every((c) => c in r))) return null;
  const have = s.prepare(`SELECT 1 FROM bundles_out WHERE id = ? OR seq = ?`);
  const put = s.prepare(`INSERT INTO bundles_out (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
  try {
    const bundles = s.transaction(() => {
      let n = 0;
      for (const r of rows) {
        if (have.get(r.id, r.seq)) continue;
        put.run({ ...r, change_seq: 0 });
        n++;
      }
      return n;
    })();
    return { bundles, deleted: 0, resent: 0, reports: 0 };
  } catch {
    return null;
  }
}

/** How many bundles the live outbox holds that a backup's does not (for the restore's confirmation). */
export function bundlesSentAfter(live: BetterSqlite3.Database, backupDb: string): number {
  let ids: Set<string>;
  const b = openUntrusted(backupDb);
  try {
    ids = new Set((b.prepare(`SELECT id FROM bundles_out`).all() as { id: string }[]).map((r) => r.id));
  } catch {
    ids = new Set();
  } finally {
    b.close();
  }
  const rows = live.prepare(`SELECT id FROM bundles_out`).all() as { id: string }[];
  return rows.filter((r) => !ids.has(r.id)).length;
}
