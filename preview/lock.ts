import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/errors';
import { common } from '../shared/strings/common';
import { storageError } from '../shared/storage-errors';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One server per database: two processes writing the same SQLite file through two caches
 * of "what the officer sees" is how edits get lost. A stale lock (dead pid) is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'app.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    let created = false;
    try {
      const fd = fs.openSync(file, 'wx');
      created = true;
      try {
        fs.writeSync(fd, String(process.pid));
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      return () => fs.rmSync(file, { force: true });
    } catch (e) {
      // Created but not written (a full disk): an empty lock would block the next start.
      if (created) fs.rmSync(file, { force: true });
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw storageError(e, 'start', common.errors.dbCorrupt) ?? e;
      const pid = Number(fs.readFileSync(file, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new AppError('CONFLICT', common.errors.dbLocked, { pid });
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('CONFLICT', common.errors.dbLocked);
}
