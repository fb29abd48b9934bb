import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/errors';
import { common } from '../shared/strings/common';

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
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(fs.readFileSync(file, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new AppError('CONFLICT', common.errors.dbLocked, { pid });
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('CONFLICT', common.errors.dbLocked);
}
