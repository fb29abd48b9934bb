import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { AppError } from '../shared/errors';

/**
 * Write a file so that a reader never sees half of it: temp file in the same folder, fsync,
 * rename, fsync the folder. On any failure (disk full, USB pulled out, read-only) the temp
 * file is removed and an AppError in Vietnamese says what to do.
 */
export function writeFileAtomic(target: string, data: Uint8Array): void {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx');
    let offset = 0;
    while (offset < data.length) offset += fs.writeSync(fd, data, offset, data.length - offset);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
    try {
      const dfd = fs.openSync(dir, 'r');
      fs.fsyncSync(dfd);
      fs.closeSync(dfd);
    } catch {
      // Some file systems (FAT on USB sticks, Windows) cannot fsync a directory; the rename stands.
    }
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw writeError(target, e);
  }
}

export function writeError(target: string, e: unknown): AppError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const where = path.dirname(target);
  const message =
    code === 'ENOSPC'
      ? `Không ghi được tệp vì ổ đĩa "${where}" đã đầy. Hãy giải phóng dung lượng hoặc chọn ổ khác rồi thử lại. Không có tệp dở dang nào được để lại.`
      : code === 'EROFS' || code === 'EACCES' || code === 'EPERM'
        ? `Không có quyền ghi vào "${where}" (ổ chỉ đọc hoặc bị khoá ghi). Hãy chọn thư mục khác hoặc gạt khoá ghi của USB rồi thử lại.`
        : code === 'ENOENT' || code === 'ENOTDIR' || code === 'EIO' || code === 'ENODEV'
          ? `Không tìm thấy hoặc không truy cập được thư mục "${where}" (USB có thể đã bị rút ra). Hãy cắm lại USB, chọn lại thư mục rồi thử lại.`
          : `Không ghi được tệp vào "${where}". Hãy thử lại hoặc chọn thư mục khác.`;
  return new AppError('WRITE_FAILED', message, { code });
}
