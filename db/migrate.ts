import { sql } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { migrations, LATEST_SCHEMA_VERSION, type Migration } from './migrations/index';
import { AppError } from '../shared/errors';
import { common } from '../shared/strings/common';

export function readSchemaVersion(sqlite: BetterSqlite3.Database): number {
  return Number(sqlite.pragma('user_version', { simple: true }));
}

/**
 * Apply every pending migration, each in its own transaction together with the new
 * user_version, so a crash leaves the database at a whole version. `upTo` is for tests.
 */
export async function migrate(
  db: Kysely<any>,
  sqlite: BetterSqlite3.Database,
  upTo: number = LATEST_SCHEMA_VERSION,
  list: readonly Migration[] = migrations,
): Promise<number> {
  assertIncreasing(list);
  const current = readSchemaVersion(sqlite);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new AppError('DB_FROM_NEWER_VERSION', common.errors.dbFromNewerVersion(current, LATEST_SCHEMA_VERSION));
  }
  for (const m of list) {
    if (m.version <= current || m.version > upTo) continue;
    await db.transaction().execute(async (trx) => {
      await m.up(trx);
      await sql.raw(`PRAGMA user_version = ${m.version}`).execute(trx);
    });
  }
  return readSchemaVersion(sqlite);
}

function assertIncreasing(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (i > 0 && m.version <= list[i - 1]!.version) throw new Error(`migrations out of order at ${m.name}`);
  });
}
