import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';
import { migrate, readSchemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations/index';
import { AppError } from '../shared/errors';
import { common } from '../shared/strings/common';

export type Db = Kysely<Database>;

export interface OpenDatabase {
  db: Db;
  sqlite: BetterSqlite3.Database;
  file: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Called before pending migrations run on an existing database (the backup hook). */
  beforeMigrate?: (sqlite: BetterSqlite3.Database, from: number, to: number) => void | Promise<void>;
  /** Start-up check: 'quick' (quick_check, every start) or 'full' (integrity_check, weekly). */
  integrity?: 'quick' | 'full';
}

/**
 * Check an existing file without writing a byte: a newer or unreadable database must be left
 * exactly as it was (setting WAL mode alone would rewrite its header).
 */
export function inspectDatabaseFile(file: string, integrity: 'quick' | 'full' = 'quick'): { schemaVersion: number } {
  let probe: BetterSqlite3.Database | undefined;
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const version = readSchemaVersion(probe);
    const check = probe.pragma(integrity === 'full' ? 'integrity_check' : 'quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('DB_CORRUPT', common.errors.dbCorrupt, { check });
    return { schemaVersion: version };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('DB_CORRUPT', common.errors.dbCorrupt, { cause: String(e) });
  } finally {
    probe?.close();
  }
}

export async function openDatabase(file: string, opts: OpenOptions = {}): Promise<OpenDatabase> {
  const exists = fs.existsSync(file) && fs.statSync(file).size > 0;
  if (exists) {
    const { schemaVersion } = inspectDatabaseFile(file, opts.integrity);
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new AppError('DB_FROM_NEWER_VERSION', common.errors.dbFromNewerVersion(schemaVersion, LATEST_SCHEMA_VERSION), {
        found: schemaVersion,
        supported: LATEST_SCHEMA_VERSION,
      });
    }
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  }
  const sqlite = new BetterSqlite3(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    // FULL: a commit survives a power cut, which commune PCs see often.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    const current = readSchemaVersion(sqlite);
    if (current > 0 && current < LATEST_SCHEMA_VERSION) await opts.beforeMigrate?.(sqlite, current, LATEST_SCHEMA_VERSION);
    await migrate(db, sqlite);
    return {
      db,
      sqlite,
      file,
      // Kysely's destroy closes the better-sqlite3 handle too.
      close: () => db.destroy(),
    };
  } catch (e) {
    if (sqlite.open) sqlite.close();
    throw e;
  }
}
