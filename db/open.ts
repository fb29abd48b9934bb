import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type Dialect } from 'kysely';
import type { Database } from './schema';
import { migrate, readSchemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations/index';
import { AppError } from '../shared/errors';
import { common } from '../shared/strings/common';
import { storageFault } from '../shared/storage-errors';
import { openError } from './storage-diagnose';

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

const HOT_JOURNAL = ['SQLITE_READONLY_ROLLBACK', 'SQLITE_READONLY_RECOVERY', 'SQLITE_CANTOPEN'];

/**
 * Open the file's read-only probe. A hot journal or WAL (a process killed mid-write) cannot
 * be rolled back by a read-only connection; the read-write open the app makes next would, so
 * let one do it first (this is our own live file) and probe again.
 */
function probe(file: string): BetterSqlite3.Database {
  const attempt = () => {
    const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      readSchemaVersion(db);
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return db;
    } catch (e) {
      db.close();
      throw e;
    }
  };
  try {
    return attempt();
  } catch (e) {
    if (!HOT_JOURNAL.includes((e as { code?: string }).code ?? '')) throw e;
    const rw = new BetterSqlite3(file, { fileMustExist: true });
    try {
      rw.prepare('SELECT count(*) FROM sqlite_master').get();
    } finally {
      rw.close();
    }
    return attempt();
  }
}

/**
 * Check an existing file without writing a byte: a newer or unreadable database must be left
 * exactly as it was (setting WAL mode alone would rewrite its header). Only real damage
 * (a failed check, SQLITE_CORRUPT, SQLITE_NOTADB) is DB_CORRUPT; a full, read-only, locked or
 * forbidden disk gets its own message and never the recovery screen.
 */
export function inspectDatabaseFile(file: string, integrity: 'quick' | 'full' = 'quick'): { schemaVersion: number } {
  let db: BetterSqlite3.Database | undefined;
  try {
    db = probe(file);
    const version = readSchemaVersion(db);
    const check = db.pragma(integrity === 'full' ? 'integrity_check' : 'quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('DB_CORRUPT', common.errors.dbCorrupt, { check });
    return { schemaVersion: version };
  } catch (e) {
    throw openError(e, path.dirname(file), common.errors.dbCorrupt);
  } finally {
    db?.close();
  }
}

/**
 * Kysely rolls back after a failed statement; when SQLite has already rolled back on its own
 * (SQLITE_FULL, SQLITE_IOERR …) that ROLLBACK throws "cannot rollback - no transaction is
 * active" and hides the real error. Skip it when no transaction is open.
 */
function sqliteDialect(sqlite: BetterSqlite3.Database): Dialect {
  const base = new SqliteDialect({ database: sqlite });
  return {
    createAdapter: () => base.createAdapter(),
    createQueryCompiler: () => base.createQueryCompiler(),
    createIntrospector: (db) => base.createIntrospector(db),
    createDriver: () => {
      const driver = base.createDriver();
      const rollback = driver.rollbackTransaction.bind(driver);
      driver.rollbackTransaction = async (c) => {
        if (sqlite.inTransaction) await rollback(c);
      };
      return driver;
    },
  };
}

/**
 * A failed open must leave the folder as it found it: an empty -wal (no frames, so nothing
 * committed) and a -shm without a -wal that this attempt created are removed again.
 */
function removeNewSideFiles(file: string, had: { wal: boolean; shm: boolean }): void {
  try {
    if (!had.wal && fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size === 0) fs.rmSync(`${file}-wal`);
    if (!had.shm && !fs.existsSync(`${file}-wal`)) fs.rmSync(`${file}-shm`, { force: true });
  } catch {
    // Best effort: a leftover empty -wal/-shm is harmless to SQLite.
  }
}

export async function openDatabase(file: string, opts: OpenOptions = {}): Promise<OpenDatabase> {
  const had = { wal: fs.existsSync(`${file}-wal`), shm: fs.existsSync(`${file}-shm`) };
  try {
    return await openDatabaseOnce(file, opts);
  } catch (e) {
    removeNewSideFiles(file, had);
    throw e;
  }
}

async function openDatabaseOnce(file: string, opts: OpenOptions): Promise<OpenDatabase> {
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
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(file);
  } catch (e) {
    throw openError(e, path.dirname(file), common.errors.dbCorrupt);
  }
  try {
    sqlite.pragma('journal_mode = WAL');
    // FULL: a commit survives a power cut, which commune PCs see often.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: sqliteDialect(sqlite) });
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
    // A migration's own failure stays what it is; a disk problem gets its message.
    throw e instanceof AppError || !storageFault(e) ? e : openError(e, path.dirname(file), common.errors.dbCorrupt);
  }
}
