import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { ServiceContext } from './context';
import { openDatabase } from '../open';
import {
  backupsDir,
  createBackup,
  inspectBackup,
  installBackup,
  listBackups,
  moveDatabaseAside,
  toSummary,
  LIVE_DB_FILE,
  type InspectedBackup,
} from '../backup';
import { AppError, isAppError } from '../../shared/errors';
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
  if (ctx.runtime === 'electron' && !picked.get(ctx.dataDir)?.has(abs)) throw new AppError('FORBIDDEN', backupText.errors.typedPathNotAllowed);
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
  return listBackups(ctx.dataDir).map(({ path: _p, ...e }) => e);
}

export async function inspectBackupSource(ctx: SourceCtx, source: BackupSource): Promise<BackupInspectResult> {
  const p = await resolveBackupSource(ctx, source);
  if (!p) return { cancelled: true, summary: null };
  const b = inspectBackup(p);
  remember(ctx, b.path);
  return { cancelled: false, summary: toSummary(b) };
}

/** "Sao lưu ra USB": a complete backup folder in the chosen folder, read back and checked. */
export async function backupToFolder(ctx: ServiceContext, input: { folder?: string | undefined }): Promise<BackupToFolderResult> {
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
    throw new AppError('NOT_FOUND', `Không tìm thấy thư mục "${abs}" (USB có thể đã bị rút ra). Hãy cắm lại USB, chọn lại thư mục rồi thử lại.`);
  }
  if (!st.isDirectory()) throw new AppError('INVALID_INPUT', `"${abs}" không phải là thư mục. Hãy chọn một thư mục trên USB.`);
  const made = await createBackup(ctx.sqlite, { dataDir: ctx.dataDir, reason: 'manual', appVersion: ctx.appVersion, parentDir: abs });
  remember(ctx, made.path);
  return { cancelled: false, path: made.path, summary: toSummary(inspectBackup(made.path)) };
}

/**
 * "Khôi phục": check the backup completely, keep the current database as a backup, then swap
 * the file and reopen. On any failure after the swap, the previous file is put back.
 */
export async function restoreBackup(ctx: ServiceContext, source: BackupSource): Promise<BackupRestoreResult> {
  const p = await resolveBackupSource(ctx, source);
  if (!p) throw new AppError('INVALID_INPUT', backupText.errors.notFound);
  const b: InspectedBackup = inspectBackup(p);
  const safety = await createBackup(ctx.sqlite, { dataDir: ctx.dataDir, reason: 'pre-restore', appVersion: ctx.appVersion });
  const live = path.join(ctx.dataDir, LIVE_DB_FILE);
  await ctx.db.destroy();
  const aside = path.join(ctx.dataDir, `.truoc-khoi-phuc-${crypto.randomBytes(4).toString('hex')}`);
  moveDatabaseAside(live, aside);
  try {
    installBackup(b, ctx.dataDir, live);
    const reopened = await openDatabase(live, { beforeMigrate: preMigrateBackup(ctx.dataDir, ctx.appVersion) });
    ctx.db = reopened.db;
    ctx.sqlite = reopened.sqlite;
  } catch (e) {
    for (const s of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${live}${s}`, { force: true });
    for (const f of fs.readdirSync(aside)) fs.renameSync(path.join(aside, f), path.join(ctx.dataDir, f));
    fs.rmSync(aside, { recursive: true, force: true });
    const back = await openDatabase(live);
    ctx.db = back.db;
    ctx.sqlite = back.sqlite;
    if (isAppError(e) && e.code !== 'INTERNAL') throw e;
    throw new AppError('INTERNAL', backupText.errors.restoreFailed, { cause: String(e) });
  }
  fs.rmSync(aside, { recursive: true, force: true });
  return { restored: toSummary(b), safetyBackup: safety.path };
}

/** The hook openDatabase calls before pending migrations: a full backup of the old version. */
export function preMigrateBackup(dataDir: string, appVersion: string) {
  return async (sqlite: Parameters<typeof createBackup>[0]) => {
    await createBackup(sqlite, { dataDir, reason: 'pre-migrate', appVersion });
  };
}
