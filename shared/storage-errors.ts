import { AppError, type ErrorCode } from './errors';
import { storageText } from './strings/storage';

/**
 * The storage boundary's taxonomy: an exception from SQLite or the file system, sorted by what
 * the officer can do about it. Pure (codes are strings), so every layer classifies the same way.
 *   full        SQLITE_FULL, ENOSPC, EDQUOT
 *   readOnly    SQLITE_READONLY (not the _ROLLBACK/_RECOVERY hot-journal cases), EROFS
 *   permission  EACCES, EPERM, SQLITE_PERM, SQLITE_AUTH
 *   locked      SQLITE_BUSY*, SQLITE_LOCKED*, EBUSY
 *   corrupt     SQLITE_CORRUPT*, SQLITE_NOTADB — the only kind that leads to recovery
 *   io          SQLITE_IOERR* (other than the ones above), EIO
 */
export type StorageFault = 'full' | 'readOnly' | 'permission' | 'locked' | 'corrupt' | 'io';

export function storageFault(e: unknown): StorageFault | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt';
  if (code === 'SQLITE_READONLY_ROLLBACK' || code === 'SQLITE_READONLY_RECOVERY') return null;
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'readOnly';
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'permission';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'EBUSY') return 'locked';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io';
  return null;
}

export const STORAGE_ERROR_CODES: Record<Exclude<StorageFault, 'corrupt'>, ErrorCode> = {
  full: 'DISK_FULL',
  readOnly: 'DISK_READ_ONLY',
  permission: 'NO_PERMISSION',
  locked: 'DB_BUSY',
  io: 'DISK_IO',
};

/**
 * The AppError for a storage exception, or null when it is not one. `when` picks the message:
 * at start ("mở lại ứng dụng") or during work ("thao tác vừa rồi chưa được lưu").
 */
export function storageError(e: unknown, when: 'start' | 'work', corruptMessage: string): AppError | null {
  const fault = storageFault(e);
  if (!fault) return null;
  const details = { code: (e as { code: string }).code };
  if (fault === 'corrupt') return new AppError('DB_CORRUPT', corruptMessage, details);
  const text = when === 'start' ? storageText.atStart : storageText.duringWork;
  return new AppError(STORAGE_ERROR_CODES[fault], text[fault], details);
}
