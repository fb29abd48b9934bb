import fs from 'node:fs';
import { AppError } from '../shared/errors';
import { STORAGE_ERROR_CODES, storageError, storageFault } from '../shared/storage-errors';
import { storageText } from '../shared/strings/storage';

/** Below this much free space a failed open is a full disk (SQLite needs room for -wal/-shm). */
const NEARLY_FULL_BYTES = 256 * 1024;

/**
 * SQLite reports a failed open on a full or read-only disk vaguely (SQLITE_CANTOPEN, an
 * SQLITE_IOERR while sizing the -shm file). Ask the folder itself: how much room is left,
 * can it be written. Returns the more precise AppError, or null to keep the original one.
 */
export function diagnoseFolder(dir: string, when: 'start' | 'work'): AppError | null {
  const text = when === 'start' ? storageText.atStart : storageText.duringWork;
  try {
    const st = fs.statfsSync(dir);
    if (st.bavail * st.bsize < NEARLY_FULL_BYTES) return new AppError(STORAGE_ERROR_CODES.full, text.full, { free: st.bavail * st.bsize });
  } catch {
    // No statfs here: the other checks still apply.
  }
  try {
    fs.accessSync(dir, fs.constants.W_OK | fs.constants.R_OK);
  } catch (e) {
    return storageError(e, when, '');
  }
  return null;
}

/**
 * An exception from opening the database at `dir`: damage only when SQLite says so; a vague
 * code is checked against the folder; anything else is an unreadable disk, never "hỏng".
 */
export function openError(e: unknown, dir: string, corruptMessage: string): AppError {
  if (e instanceof AppError) return e;
  const fault = storageFault(e);
  if (fault && fault !== 'io') return storageError(e, 'start', corruptMessage)!;
  return (
    diagnoseFolder(dir, 'start') ??
    storageError(e, 'start', corruptMessage) ??
    new AppError(STORAGE_ERROR_CODES.io, storageText.atStart.io, { cause: String(e) })
  );
}
