import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';

export function tempDir(prefix = 'cchc-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** SHA-256 of a file and its WAL/SHM siblings: "unchanged" means all of them. */
export function fileDigest(file: string): string {
  const h = crypto.createHash('sha256');
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    h.update(f.slice(-4));
    h.update(fs.existsSync(f) ? fs.readFileSync(f) : Buffer.from('absent'));
  }
  return h.digest('hex');
}
