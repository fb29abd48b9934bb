import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { backupKey } from './key-custody';
import type { ServiceContext } from './context';
import type BetterSqlite3 from 'better-sqlite3';
import {
  backupsDir,
  commitRestore,
  createBackup,
  damagedFolder,
  inspectBackup,
  lastChangeOf,
  listBackups,
  rollbackRestore,
  rotateBackups,
  stageRestore,
  swapIn,
  toSummary,
  RESTORE_JOURNAL,
  DB_SIDE_FILES,
  type InspectedBackup,
} from '../backup/index';
import { bundlesSentAfter, carryForward, type CarriedForward } from '../backup/carry';
import type { OpenOptions } from '../open';
import { AppError, isAppError } from '../../shared/errors';
import { refuseWhileJobsRun } from './jobs';
import { jobsText } from '../../shared/strings/jobs';
import { backupText } from '../../shared/strings/backup';
import type { BackupEntry, BackupSource } from '../../shared/domain/backup';
import type { BackupInspectResult, BackupRestoreResult, BackupToFolderResult } from '../../shared/contract/backup';

type SourceCtx = Pick<ServiceContext, 'dataDir' | 'runtime' | 'platform'>;

/**
 * Paths the officer chose in a native dialog, per data folder. In Electron a renderer may only
 * name those (or the app's own backups); a typed path is for the preview and the CLI.
 */
const picked = new Map<string, Set<string>>();
const remember = (ctx: SourceCtx, p: string) => {
  const set = picked.get(ctx.dataDir) ?? new Set<string>();
  set.add(path.resolve(p));
  picked.set(ctx.dataDir, set);
};

function typedPath(ctx: SourceCtx, p: string): string {
  const abs = path.resolve(p);
  if (ctx.runtime === 'electron' && !picked.get(ctx.dataDir)?.has(abs))
    throw new AppError('FORBIDDEN', backupText.errors.typedPathNotAllowed);
  return abs;
}

/** Only the desktop app has a folder dialog (a null there is the officer pressing Huỷ). */
function noDialogHere(ctx: SourceCtx): void {
  if (ctx.runtime !== 'electron') throw new AppError('INVALID_INPUT', backupText.errors.folderDialogUnavailable);
}

/** The backup a request names: one of ours by name, a path, or (neither) a folder dialog. */
export async function resolveBackupSource(ctx: SourceCtx, source: BackupSource): Promise<string | null> {
  if (source.name) return path.join(backupsDir(ctx.dataDir), source.name);
  if (source.path) return typedPath(ctx, source.path);
  const chosen = await ctx.platform.pickFolder(backupText.restore);
  if (chosen) remember(ctx, chosen);
  else noDialogHere(ctx);
  return chosen;
}

export function listLocalBackups(ctx: Pick<ServiceContext, 'dataDir'>): BackupEntry[] {
  return listBackups(ctx.dataDir).map(({ path: _p, seq: _s, ...e }) => e);
}

export async function inspectBackupSource(
  ctx: SourceCtx & Pick<ServiceContext, 'connection'>,
  source: BackupSource,
): Promise<BackupInspectResult> {
  const p = await resolveBackupSource(ctx, source);
  if (!p) return { cancelled: true, summary: null };
  const b = await inspectBackup(p);
  remember(ctx, b.path);
  // What the confirmation must say: bundles sent after this backup stay sent (see carryForward).
  const sentAfter = ctx.connection?.isOpen ? bundlesSentAfter(ctx.connection.sqlite, b.dbFile) : 0;
  return { cancelled: false, summary: toSummary(b), sentAfter };
}

/** "Sao lưu ra USB": a complete backup folder in the chosen folder, read back and checked. */
export async function backupToFolder(
  ctx: ServiceContext,
  input: { folder?: string | undefined; passphrase?: string | undefined },
): Promise<BackupToFolderResult> {
  let folder: string | null;
  if (input.folder) folder = typedPath(ctx, input.folder);
  else {
    folder = await ctx.platform.pickFolder(backupText.toUsb);
    if (folder) remember(ctx, folder);
    else noDialogHere(ctx);
  }
  if (!folder) return { cancelled: true, path: null, summary: null };
  const abs = path.resolve(folder);
  const rel = path.relative(path.resolve(ctx.dataDir), abs);
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) throw new AppError('INVALID_INPUT', backupText.errors.insideDataDir);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch {
    throw new AppError(
      'NOT_FOUND',
      `Không tìm thấy thư mục "${abs}" (USB có thể đã bị rút ra). Hãy cắm lại USB, chọn lại thư mục rồi thử lại.`,
    );
  }
  if (!st.isDirectory()) throw new AppError('INVALID_INPUT', `"${abs}" không phải là thư mục. Hãy chọn một thư mục trên USB.`);
  // The key first: a short passphrase or a locked key is refused before anything is written.
  const key = input.passphrase ? await backupKey(ctx, { folder: abs, passphrase: input.passphrase }) : null;
  const made = await createBackup(ctx.sqlite, { dataDir: ctx.dataDir, reason: 'manual', appVersion: ctx.appVersion, parentDir: abs });
  remember(ctx, made.path);
  return { cancelled: false, path: made.path, summary: toSummary(await inspectBackup(made.path)), keyFile: key?.file ?? null };
}

/** The staged copy and the side files its carry-forward may have left (a failure there). */
function removeStaged(dataDir: string, incoming: string): void {
  for (const s of DB_SIDE_FILES) fs.rmSync(path.join(dataDir, `${incoming}${s}`), { force: true });
}

/** What a restore works on: the data folder and, while the app runs, its open database. */
interface RestoreTarget {
  dataDir: string;
  appVersion: string;
  /** The open database; null in recovery mode (nothing is open, the damaged file goes to hong/). */
  live: { sqlite: BetterSqlite3.Database; close(): Promise<void> } | null;
  /** Open the restored database as the app's (swap the handle); throws if it does not open. */
  open(): Promise<void>;
  /** After a failed restore: open the previous database again (it is back in place). */
  reopenPrevious(): Promise<void>;
  /** The restored database's change counter, for rotation (see rotateBackups). */
  lastChange(): number;
  /** The live database file whose history (bundles sent, rows the province may hold) the restore keeps. */
  liveFile: string | null;
  /** Called before the staged copy's pending migrations (the pre-migrate backup). */
  beforeMigrate: OpenOptions['beforeMigrate'];
}

/**
 * Check the backup completely, stage a verified copy beside the live file while the app still
 * runs, keep the current database as a pre-restore backup, then swap by renames under a journal
 * (see db/backup/restore.ts) and open the result. On any failure the previous file is put back.
 */
async function restoreInto(target: RestoreTarget, b: InspectedBackup): Promise<BackupRestoreResult> {
  const { dataDir, live } = target;
  const incoming = await stageRestore(b, dataDir);
  let safety: string | null = null;
  let carried: CarriedForward | null;
  try {
    if (live) safety = (await createBackup(live.sqlite, { dataDir, reason: 'pre-restore', appVersion: target.appVersion })).path;
    // History is not data: the staged copy gets the live outbox and what the province may hold (db/backup/carry.ts).
    carried = await carryForward(path.join(dataDir, incoming), target.liveFile, {
      beforeMigrate: target.beforeMigrate,
      bestEffort: !live,
    });
  } catch (e) {
    removeStaged(dataDir, incoming);
    throw e;
  }
  // A healthy database goes to a temporary folder (it is in the pre-restore backup); a
  // damaged one is kept in hong/ for a person to look at.
  const aside = live ? path.join(dataDir, `.truoc-khoi-phuc-${crypto.randomBytes(4).toString('hex')}`) : damagedFolder(dataDir);
  if (live) await live.close();
  try {
    swapIn(dataDir, incoming, aside, !!live);
    await target.open();
  } catch (e) {
    try {
      rollbackRestore(dataDir);
    } catch (undo) {
      // The journal stays: the next start puts the previous files back (completePendingRestore).
      console.error('[backup] restore rollback deferred to the next start:', undo);
    }
    if (!fs.existsSync(path.join(dataDir, RESTORE_JOURNAL))) removeStaged(dataDir, incoming);
    if (live) await target.reopenPrevious();
    if (isAppError(e) && e.code !== 'INTERNAL') throw e;
    throw new AppError('INTERNAL', backupText.errors.restoreFailed, { cause: String(e) });
  }
  commitRestore(dataDir);
  rotateBackups(dataDir, target.lastChange());
  return { restored: toSummary(b), safetyBackup: safety, carried };
}

/**
 * The one restore of the app ("Khôi phục" while it runs, and the recovery screen): the host's
 * connection is closed, the file swapped and the connection opened on the result — the handle
 * changes, never the services' context. In recovery mode nothing is open: a live file that opens
 * after all (the disk was freed, the lock released) is not damaged, so it is kept as a
 * pre-restore backup like any live database; one that does not open is moved to hong/.
 */
export async function restoreBackup(ctx: ServiceContext, source: BackupSource): Promise<BackupRestoreResult> {
  // A folder import writes to this file on its own connection: it ends (or is stopped) first.
  refuseWhileJobsRun(ctx, jobsText.restoreWhileRunning);
  const conn = ctx.connection;
  if (!conn) throw new AppError('INTERNAL', backupText.errors.restoreFailed);
  const p = await resolveBackupSource(ctx, source);
  if (!p) throw new AppError('INVALID_INPUT', backupText.errors.notFound);
  const b = await inspectBackup(p);
  const migrating = { beforeMigrate: preMigrateBackup(ctx.dataDir, ctx.appVersion) };
  if (!conn.isOpen && fs.existsSync(conn.file) && fs.statSync(conn.file).size > 0) await conn.open(migrating).catch(() => undefined);
  return restoreInto(
    {
      dataDir: ctx.dataDir,
      appVersion: ctx.appVersion,
      live: conn.isOpen ? { sqlite: conn.sqlite, close: () => conn.close() } : null,
      open: () => conn.open(migrating),
      reopenPrevious: () => conn.open(),
      lastChange: () => lastChangeOf(conn.sqlite),
      liveFile: fs.existsSync(conn.file) ? conn.file : null,
      beforeMigrate: migrating.beforeMigrate,
    },
    b,
  );
}

/** The hook openDatabase calls before pending migrations: a full backup of the old version. */
export function preMigrateBackup(dataDir: string, appVersion: string) {
  return async (sqlite: Parameters<typeof createBackup>[0]) => {
    await createBackup(sqlite, { dataDir, reason: 'pre-migrate', appVersion });
  };
}
