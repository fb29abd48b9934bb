import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { backupText } from '../../shared/strings/backup';
import { BACKUP_DB_FILE, BACKUP_EVIDENCE_DIR, BACKUP_MANIFEST, BackupManifest } from '../../shared/domain/backup';
import { sha256File } from './durable';
import { isInside } from './paths';
import { truncateText } from '../../shared/text';
import { readRegularFile } from '../files-safe';

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
/** Any one file of a backup (the database of a large commune is a few hundred MB). */
export const MAX_BACKUP_FILE_BYTES = 16 * 1024 * 1024 * 1024;

/** A backup folder's manifest, refused unless every listed path is a plain relative one we write. */
export function readManifest(folder: string): BackupManifest {
  const mf = path.join(folder, BACKUP_MANIFEST);
  const st = fs.lstatSync(mf);
  if (!st.isFile()) throw new AppError('FILE_INVALID', backupText.errors.notBackup);
  if (st.size > MAX_MANIFEST_BYTES) throw new AppError('FILE_TOO_LARGE', backupText.errors.tooLarge);
  let raw: unknown;
  try {
    // Read through the one safe reader: re-checked on the open descriptor, non-blocking, bounded.
    raw = JSON.parse(readRegularFile(mf, MAX_MANIFEST_BYTES).toString('utf8'));
  } catch {
    throw new AppError('FILE_INVALID', backupText.errors.damaged);
  }
  const parsed = BackupManifest.safeParse(raw);
  if (!parsed.success) throw new AppError('FILE_INVALID', backupText.errors.damaged);
  const paths = parsed.data.files.map((f) => f.path);
  if (!paths.includes(BACKUP_DB_FILE)) throw new AppError('FILE_INVALID', backupText.errors.damaged);
  if (new Set(paths).size !== paths.length) throw new AppError('FILE_INVALID', backupText.errors.damaged, { duplicate: true });
  for (const p of paths) {
    if (p !== BACKUP_DB_FILE && !p.startsWith(`${BACKUP_EVIDENCE_DIR}/`))
      throw new AppError('FILE_INVALID', backupText.errors.damaged, { path: p });
    if (p.split('/').some((s) => s === '..' || s === '' || s === '.') || p.includes('\\') || p.includes(':'))
      throw new AppError('FILE_INVALID', backupText.errors.damaged, { path: p });
  }
  return parsed.data;
}

/**
 * Every listed file is there, a regular file (not a link), with the listed size and hash; and
 * nothing is under evidence/ that the manifest does not list (a file slipped in afterwards).
 */
export function verifyFolder(folder: string, manifest: BackupManifest): void {
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const rel of listEntries(path.join(folder, BACKUP_EVIDENCE_DIR))) {
    if (!listed.has(`${BACKUP_EVIDENCE_DIR}/${rel}`))
      throw new AppError('FILE_INVALID', backupText.errors.damaged, { unlisted: truncateText(`${BACKUP_EVIDENCE_DIR}/${rel}`, 200) });
  }
  for (const f of manifest.files) {
    const p = path.join(folder, ...f.path.split('/'));
    const st = isInside(folder, p) ? fs.lstatSync(p, { throwIfNoEntry: false }) : undefined;
    if (!st) throw new AppError('FILE_INVALID', backupText.errors.damaged, { missing: f.path });
    if (!st.isFile() || st.size !== f.size || st.size > MAX_BACKUP_FILE_BYTES || sha256File(p) !== f.sha256)
      throw new AppError('FILE_INVALID', backupText.errors.damaged, { mismatch: f.path });
  }
}

/** Every non-directory entry under root (files, links, devices alike), relative with '/'. */
function listEntries(root: string, rel = ''): string[] {
  let ents: fs.Dirent[];
  try {
    ents = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const ent of ents) {
    const r = rel ? `${rel}/${ent.name}` : ent.name;
    if (ent.isDirectory()) out.push(...listEntries(root, r));
    else out.push(r);
  }
  return out;
}
