/**
 * The one error type that crosses a boundary (IPC, HTTP, CLI). `message` is Vietnamese and
 * tells the officer what to do; `code` is stable for tests and logs.
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_CHANNEL'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'DB_FROM_NEWER_VERSION'
  | 'DB_CORRUPT'
  | 'FILE_INVALID'
  | 'FILE_TOO_LARGE'
  | 'WRITE_FAILED'
  | 'BUNDLE_INVALID'
  // The storage taxonomy (shared/storage-errors.ts): the disk, not the data, is the problem.
  | 'DISK_FULL'
  | 'DISK_READ_ONLY'
  | 'NO_PERMISSION'
  | 'DB_BUSY'
  | 'DISK_IO'
  | 'INTERNAL';

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toShape(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
