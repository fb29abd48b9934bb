import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { backupText } from '../../shared/strings/backup';
import { truncateText } from '../../shared/text';

const REQUIRED_TABLES = ['settings', 'plans', 'activities', 'evidence_files'];

/** What a database holds, in the words the officer recognises: commune, counts, date range. */
export interface DbFacts {
  schemaVersion: number;
  commune: string | null;
  counts: { plans: number; activities: number; evidenceFiles: number };
  firstDate: string | null;
  lastDate: string | null;
  lastChange: number;
}

/** The database's change counter (the change log is fed by triggers, so every write moves it). */
export function lastChangeOf(sqlite: BetterSqlite3.Database): number {
  try {
    return Number((sqlite.prepare(`SELECT coalesce(max(seq), 0) AS n FROM change_log`).get() as { n: number }).n);
  } catch {
    return 0;
  }
}

/** Throws if it is not our schema. */
export function readFacts(sqlite: BetterSqlite3.Database): DbFacts {
  const schemaVersion = Number(sqlite.pragma('user_version', { simple: true }));
  const tables = new Set(
    (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name),
  );
  if (schemaVersion < 1 || REQUIRED_TABLES.some((t) => !tables.has(t))) throw new AppError('FILE_INVALID', backupText.errors.notOurs);
  const count = (sql: string) => Number((sqlite.prepare(sql).get() as { n: number }).n);
  let commune: string | null = null;
  const row = sqlite.prepare(`SELECT value FROM settings WHERE key = 'commune'`).get() as { value: string } | undefined;
  if (row) {
    try {
      const v = JSON.parse(row.value) as { communeName?: unknown };
      commune = typeof v.communeName === 'string' ? truncateText(v.communeName, 300) : null;
    } catch {
      commune = null;
    }
  }
  const range = sqlite.prepare(`SELECT min(date) AS a, max(date) AS b FROM activities WHERE deleted_at IS NULL`).get() as {
    a: string | null;
    b: string | null;
  };
  return {
    schemaVersion,
    commune,
    counts: {
      plans: count(`SELECT count(*) AS n FROM plans WHERE deleted_at IS NULL`),
      activities: count(`SELECT count(*) AS n FROM activities WHERE deleted_at IS NULL`),
      evidenceFiles: count(`SELECT count(*) AS n FROM evidence_files`),
    },
    firstDate: range.a ? String(range.a).slice(0, 10) : null,
    lastDate: range.b ? String(range.b).slice(0, 10) : null,
    lastChange: lastChangeOf(sqlite),
  };
}

/**
 * A database file the app did not write (a backup from a USB stick, any file named to us):
 * read-only, and with SQLite's defensive settings, so that nothing its schema asks for runs.
 */
export function openUntrusted(file: string): BetterSqlite3.Database {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    // SQLITE_DBCONFIG_DEFENSIVE: no writable_schema, no shadow-table writes, no journal games.
    db.unsafeMode(false);
    db.pragma('query_only = ON');
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}
