import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { backupText } from '../../shared/strings/backup';
import { BACKUP_DB_FILE, BACKUP_EVIDENCE_DIR, BACKUP_MANIFEST, type BackupManifest, type BackupSummary } from '../../shared/domain/backup';
import { LATEST_SCHEMA_VERSION } from '../migrations/index';
import { sha256File } from './durable';
import { openUntrusted, readFacts, type DbFacts } from './facts';
import { MAX_BACKUP_FILE_BYTES, readManifest, verifyFolder } from './manifest';
import { checkRegularFile } from '../files-safe';
import { assertOurSchema } from './schema';

export interface InspectedBackup extends BackupSummary {
  /** The database file inside the backup. */
  dbFile: string;
  /** Its sha256 as checked now: the restore's staged copy must equal it. */
  dbSha256: string;
  /** Evidence folder inside the backup (may not exist). */
  evidence: string | null;
  manifest: BackupManifest | null;
}

/**
 * A database file we did not write, checked without running anything it holds: integrity,
 * version, and that it is our schema. Returns what it holds.
 */
export async function checkUntrustedDatabase(dbFile: string, inFolder: boolean): Promise<DbFacts> {
  let db: BetterSqlite3.Database | undefined;
  try {
    db = openUntrusted(dbFile);
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new AppError('DB_CORRUPT', backupText.errors.corrupt, { check });
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > LATEST_SCHEMA_VERSION)
      throw new AppError('DB_FROM_NEWER_VERSION', backupText.errors.newer(version, LATEST_SCHEMA_VERSION));
    // Before any query touches its tables: a view or trigger of a stranger's must not run.
    await assertOurSchema(db, version);
    return readFacts(db);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError(inFolder ? 'DB_CORRUPT' : 'FILE_INVALID', inFolder ? backupText.errors.corrupt : backupText.errors.notBackup, {
      cause: String(e),
    });
  } finally {
    db?.close();
  }
}

/**
 * Everything checked before a restore touches anything: manifest and file hashes, SQLite
 * integrity_check, schema version, that it is our schema. Accepts a backup folder, a file
 * inside one, or a bare cchc.sqlite copy.
 */
export async function inspectBackup(source: string): Promise<InspectedBackup> {
  const p = path.resolve(source);
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    throw new AppError('NOT_FOUND', backupText.errors.notFound);
  }
  let folder: string | null = null;
  if (st.isDirectory()) folder = p;
  else if (st.isFile() && path.basename(p) === BACKUP_MANIFEST) folder = path.dirname(p);
  else if (st.isFile() && fs.existsSync(path.join(path.dirname(p), BACKUP_MANIFEST))) folder = path.dirname(p);
  // A bare database file: lstat first, regular files only, and a size limit before it is
  // hashed or opened (SQLite would block on a FIFO and read a device forever).
  else checkRegularFile(p, MAX_BACKUP_FILE_BYTES);
  let manifest: BackupManifest | null = null;
  let dbFile = p;
  if (folder) {
    if (!fs.existsSync(path.join(folder, BACKUP_MANIFEST))) throw new AppError('FILE_INVALID', backupText.errors.notBackup);
    manifest = readManifest(folder);
    verifyFolder(folder, manifest);
    dbFile = path.join(folder, BACKUP_DB_FILE);
  }
  const dbSha256 = manifest?.files.find((f) => f.path === BACKUP_DB_FILE)?.sha256 ?? sha256File(dbFile);
  const facts = await checkUntrustedDatabase(dbFile, !!folder);
  const size = manifest ? manifest.files.reduce((s, f) => s + f.size, 0) : fs.statSync(dbFile).size;
  const evidence = folder && fs.existsSync(path.join(folder, BACKUP_EVIDENCE_DIR)) ? path.join(folder, BACKUP_EVIDENCE_DIR) : null;
  return {
    path: folder ?? dbFile,
    name: path.basename(folder ?? dbFile),
    createdAt: manifest?.createdAt ?? fs.statSync(dbFile).mtime.toISOString(),
    reason: manifest?.reason ?? 'manual',
    appVersion: manifest?.appVersion ?? '',
    schemaVersion: facts.schemaVersion,
    commune: facts.commune,
    counts: facts.counts,
    firstDate: facts.firstDate,
    lastDate: facts.lastDate,
    sizeBytes: size,
    dbFile,
    dbSha256,
    evidence,
    manifest,
  };
}

export function toSummary(b: InspectedBackup): BackupSummary {
  const { dbFile: _d, dbSha256: _h, evidence: _e, manifest: _m, ...summary } = b;
  return summary;
}
