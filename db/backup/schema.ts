import { truncateText } from '../../shared/text';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { AppError } from '../../shared/errors';
import { backupText } from '../../shared/strings/backup';
import { migrations } from '../migrations/index';
import { migrate } from '../migrate';

/**
 * The schema a database file must have to be accepted from outside: exactly what our own
 * migrations build for its version — every table (with its columns), index, trigger and view,
 * compared on sqlite_master's SQL. A backup with one extra AFTER INSERT trigger, a missing
 * table or a changed column is not ours, whatever its user_version says.
 */
export type SchemaShape = string[];

const normalise = (sql: string | null) =>
  (sql ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([(),])\s*/g, '$1')
    .trim();

export function schemaOf(db: BetterSqlite3.Database): SchemaShape {
  const rows = db
    .prepare(`SELECT type, name, tbl_name AS tbl, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name`)
    .all() as { type: string; name: string; tbl: string; sql: string | null }[];
  return rows.map((r) => `${r.type} ${r.name} ON ${r.tbl}: ${normalise(r.sql)}`);
}

const expected = new Map<number, Promise<SchemaShape>>();

/** What the migrations build for `version` (an in-memory database, computed once per version). */
export function expectedSchema(version: number): Promise<SchemaShape> | null {
  if (!migrations.some((m) => m.version === version)) return null;
  let p = expected.get(version);
  if (!p) {
    p = (async () => {
      const sqlite = new BetterSqlite3(':memory:');
      const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
      try {
        await migrate(db, sqlite, version);
        return schemaOf(sqlite);
      } finally {
        await db.destroy();
      }
    })();
    expected.set(version, p);
  }
  return p;
}

/** Refuse a database whose schema is not exactly ours for its version. */
export async function assertOurSchema(db: BetterSqlite3.Database, version: number): Promise<void> {
  const want = expectedSchema(version);
  if (!want) throw new AppError('FILE_INVALID', backupText.errors.notOurs, { version });
  const wanted = await want;
  const got = schemaOf(db);
  const have = new Set(got);
  const need = new Set(wanted);
  const extra = got.filter((s) => !need.has(s));
  const missing = wanted.filter((s) => !have.has(s));
  if (extra.length || missing.length) {
    throw new AppError('FILE_INVALID', backupText.errors.schemaMismatch, {
      extra: extra.slice(0, 5).map((s) => truncateText(s, 120)),
      missing: missing.slice(0, 5).map((s) => truncateText(s, 120)),
    });
  }
}
