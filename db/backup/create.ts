import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { backupText } from '../../shared/strings/backup';
import { jobsText } from '../../shared/strings/jobs';
import { reportProgress } from '../job-progress';
import {
  BACKUP_DB_FILE,
  BACKUP_EVIDENCE_DIR,
  BACKUP_FORMAT,
  BACKUP_MANIFEST,
  BackupManifest,
  type BackupReason,
} from '../../shared/domain/backup';
import { asWriteError, copyFileDurable, fsyncPath, sha256File, walkFiles } from './durable';
import { readFacts, openUntrusted, type DbFacts } from './facts';
import { readManifest, verifyFolder } from './manifest';
import { backupsDir, evidenceDir, LOCAL_STAGE_PREFIX, stamp, targetStageName, uniqueName } from './paths';
import { sweepTarget } from './sweep';
import { newestBackup, nextSequence } from './rotate';

export interface CreateBackupOptions {
  dataDir: string;
  reason: BackupReason;
  appVersion: string;
  /** Destination folder; default <dataDir>/backups. */
  parentDir?: string;
  now?: Date;
}

export interface CreatedBackup {
  path: string;
  name: string;
  manifest: BackupManifest;
}

/**
 * Online backup of the open database (readers and writers may carry on), plus the evidence
 * files, as a complete folder under `parentDir`, written under a temporary name *in the target
 * folder* and renamed when complete, so a half-written backup never looks like one and a full
 * data disk does not stop a backup to a USB stick that has room. Local backups hard-link
 * evidence (content-addressed, never modified); backups elsewhere copy it and are read back.
 */
export async function createBackup(sqlite: BetterSqlite3.Database, opts: CreateBackupOptions): Promise<CreatedBackup> {
  const now = opts.now ?? new Date();
  const localParent = backupsDir(opts.dataDir);
  const parent = opts.parentDir ? path.resolve(opts.parentDir) : localParent;
  const local = parent === localParent;
  const name = uniqueName(parent, `saoluu-${stamp(now)}-${opts.reason}`);
  const stage = path.join(parent, local ? `${LOCAL_STAGE_PREFIX}${crypto.randomBytes(6).toString('hex')}` : targetStageName(name));
  const target = path.join(parent, name);
  // A USB stick that saw a failed or killed write earlier: its half-made folders go first.
  if (!local) sweepTarget(parent);
  try {
    if (local) fs.mkdirSync(parent, { recursive: true });
    fs.mkdirSync(stage);
  } catch (e) {
    throw asWriteError(target, e);
  }
  try {
    const manifest = await writeStage(sqlite, stage, opts, now, local);
    fs.renameSync(stage, target);
    fsyncPath(parent, true);
    if (!local) readBack(target, manifest);
    return { path: target, name, manifest };
  } catch (e) {
    fs.rmSync(stage, { recursive: true, force: true });
    if (!local) sweepTarget(parent);
    throw asWriteError(target, e);
  }
}

async function writeStage(
  sqlite: BetterSqlite3.Database,
  stage: string,
  opts: CreateBackupOptions,
  now: Date,
  local: boolean,
): Promise<BackupManifest> {
  const dbFile = path.join(stage, BACKUP_DB_FILE);
  const evSrc = evidenceDir(opts.dataDir);
  const evidence = walkFiles(evSrc);
  // Progress for a job (a no-op otherwise): the database's pages, then one step per evidence file.
  let pages = 0;
  try {
    await sqlite.backup(dbFile, {
      progress: ({ totalPages, remainingPages }) => {
        pages = totalPages;
        void reportProgress(totalPages - remainingPages, totalPages + evidence.length, jobsText.steps.database);
        return 100;
      },
    });
  } catch (e) {
    throw asWriteError(dbFile, e);
  }
  // The snapshot carries the WAL flag; a rollback-journal file opens read-only anywhere.
  let facts: DbFacts;
  const copy = new BetterSqlite3(dbFile);
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('DB_CORRUPT', backupText.errors.corrupt, { check });
    facts = readFacts(copy);
  } finally {
    copy.close();
  }
  fsyncPath(dbFile);
  const files = [{ path: BACKUP_DB_FILE, size: fs.statSync(dbFile).size, sha256: sha256File(dbFile) }];
  const known = local ? previousHashes(opts.dataDir) : new Map<string, { ino: number; sha256: string }>();
  for (const [i, rel] of evidence.entries()) {
    await reportProgress(pages + i, pages + evidence.length, jobsText.steps.evidence(rel));
    const dst = path.join(stage, BACKUP_EVIDENCE_DIR, ...rel.split('/'));
    fs.mkdirSync(path.dirname(dst), { recursive: true });
    const src = path.join(evSrc, ...rel.split('/'));
    if (local) {
      try {
        fs.linkSync(src, dst);
      } catch {
        copyFileDurable(src, dst);
      }
    } else copyFileDurable(src, dst);
    const st = fs.statSync(dst);
    const p = `${BACKUP_EVIDENCE_DIR}/${rel}`;
    // The same inode as in the previous backup (a hard link): its hash is already known.
    const prev = known.get(p);
    files.push({ path: p, size: st.size, sha256: prev && prev.ino === st.ino && st.nlink > 1 ? prev.sha256 : sha256File(dst) });
  }
  const manifest = BackupManifest.parse({
    format: BACKUP_FORMAT,
    createdAt: now.toISOString(),
    seq: nextSequence(opts.dataDir),
    reason: opts.reason,
    appVersion: opts.appVersion,
    ...facts,
    files,
  });
  const mf = path.join(stage, BACKUP_MANIFEST);
  fs.writeFileSync(mf, JSON.stringify(manifest, null, 1));
  fsyncPath(mf);
  fsyncPath(stage, true);
  return manifest;
}

/** Evidence hashes of the newest local backup, by path, with the inode they were taken from. */
function previousHashes(dataDir: string): Map<string, { ino: number; sha256: string }> {
  const out = new Map<string, { ino: number; sha256: string }>();
  const newest = newestBackup(dataDir);
  if (!newest) return out;
  try {
    for (const f of readManifest(newest).files) {
      if (!f.path.startsWith(`${BACKUP_EVIDENCE_DIR}/`)) continue;
      const st = fs.statSync(path.join(newest, ...f.path.split('/')), { throwIfNoEntry: false });
      if (st) out.set(f.path, { ino: st.ino, sha256: f.sha256 });
    }
  } catch {
    // No usable previous backup: every file is hashed.
  }
  return out;
}

/** A backup on another disk is read back from there: hashes and SQLite's own check. */
function readBack(target: string, manifest: BackupManifest): void {
  try {
    verifyFolder(target, manifest);
    const check = openUntrusted(path.join(target, BACKUP_DB_FILE));
    try {
      if (check.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('read-back quick_check failed');
    } finally {
      check.close();
    }
  } catch (e) {
    fs.rmSync(target, { recursive: true, force: true });
    throw new AppError('WRITE_FAILED', backupText.errors.readBackFailed(path.dirname(target)), { cause: String(e) });
  }
}
