import fs from 'node:fs';
import { AppError } from '../shared/errors';
import { filesText as t } from '../shared/strings/files';

/**
 * The one way the app reads a file named by a path (CLI arguments, path channels, backup
 * sources). Before anything is read: lstat, regular files only (a FIFO would block forever,
 * /dev/zero never ends; a symlink is followed only to a regular file), and a size limit. Then
 * the file is opened non-blocking, checked again on the open descriptor (the path may have been
 * swapped in between) and read in chunks that stop at the limit, whatever the size claimed.
 * Every refusal is an AppError in Vietnamese; nothing is changed.
 */

const CHUNK = 1 << 20;
// Windows has no O_NONBLOCK (nor FIFOs at a path); 0 keeps the flags valid there.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

function kindProblem(file: string, st: fs.Stats): AppError | null {
  if (st.isDirectory()) return new AppError('FILE_INVALID', t.isFolder(file));
  if (!st.isFile()) return new AppError('FILE_INVALID', t.notRegular(file));
  return null;
}

/** A regular file (or a symlink to one) no larger than `maxBytes`; returns its size. Throws AppError. */
export function checkRegularFile(file: string, maxBytes: number): number {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
    if (st.isSymbolicLink()) st = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new AppError('FILE_INVALID', code === 'ENOENT' || code === 'ENOTDIR' ? t.notFound(file) : t.unreadable(file), { code });
  }
  const bad = kindProblem(file, st);
  if (bad) throw bad;
  if (st.size > maxBytes) throw new AppError('FILE_TOO_LARGE', t.tooLarge(file, st.size, maxBytes), { size: st.size, limit: maxBytes });
  return st.size;
}

/** The bytes of a regular file no larger than `maxBytes`, read in bounded chunks. Throws AppError. */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  checkRegularFile(file, maxBytes);
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    throw new AppError('FILE_INVALID', t.unreadable(file), { code: (e as NodeJS.ErrnoException).code });
  }
  try {
    const st = fs.fstatSync(fd);
    const bad = kindProblem(file, st);
    if (bad) throw bad;
    if (st.size > maxBytes) throw new AppError('FILE_TOO_LARGE', t.tooLarge(file, st.size, maxBytes), { size: st.size, limit: maxBytes });
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      // A file that grows while read (or lies about its size) is refused at the limit, not after.
      if (total > maxBytes) throw new AppError('FILE_TOO_LARGE', t.tooLarge(file, total, maxBytes), { size: total, limit: maxBytes });
      chunks.push(buf.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('FILE_INVALID', t.unreadable(file), { code: (e as NodeJS.ErrnoException).code });
  } finally {
    fs.closeSync(fd);
  }
}
