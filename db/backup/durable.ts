import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { AppError } from '../../shared/errors';
import { writeError } from '../files';

/** Small durable-file helpers shared by backup, restore and sweep. */

export function fsyncPath(p: string, dir = false): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(p, 'r');
    fs.fsyncSync(fd);
  } catch (e) {
    // FAT/Windows cannot fsync a directory; a file that cannot be fsynced is a real failure.
    if (!dir) throw e;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function sha256File(file: string): string {
  const h = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      h.update(buf.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
  return h.digest('hex');
}

/** Copy with fsync; the caller renames the enclosing temp folder/file when everything is there. */
export function copyFileDurable(src: string, dst: string): void {
  fs.copyFileSync(src, dst, fs.constants.COPYFILE_EXCL);
  fsyncPath(dst);
}

/** Regular files under root, relative with '/', sorted; symlinks and devices are not followed. */
export function walkFiles(root: string, rel = ''): string[] {
  const dir = path.join(root, rel);
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const r = rel ? `${rel}/${ent.name}` : ent.name;
    if (ent.isDirectory()) out.push(...walkFiles(root, r));
    else if (ent.isFile()) out.push(r);
  }
  return out.sort();
}

/** SQLite reports a full or read-only disk with its own codes; speak errno to writeError. */
export function errnoOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL') return 'ENOSPC';
  if (code.startsWith('SQLITE_READONLY')) return 'EROFS';
  if (code.startsWith('SQLITE_IOERR')) return 'EIO';
  if (code === 'SQLITE_CANTOPEN') return 'ENOENT';
  return code;
}

export function asWriteError(target: string, e: unknown): AppError {
  if (e instanceof AppError) return e;
  return writeError(target, Object.assign(new Error(String(e)), { code: errnoOf(e) }));
}
