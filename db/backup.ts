import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { AppError, isAppError } from '../shared/errors';
import { writeError } from './files';
import { LATEST_SCHEMA_VERSION } from './migrations/index';
import { backupText } from '../shared/strings/backup';
import { truncateText } from '../shared/text';
import { checkRegularFile, readRegularFile } from './files-safe';
import {
  BACKUP_DB_FILE,
  BACKUP_EVIDENCE_DIR,
  BACKUP_FORMAT,
  BACKUP_MANIFEST,
  BackupManifest,
  BackupName,
  type BackupEntry,
  type BackupReason,
  type BackupSummary,
} from '../shared/domain/backup';

/**
 * Backups are folders: manifest.json (what it holds, sha256 of every file), cchc.sqlite (an
 * online-backup snapshot in rollback-journal mode, so it opens read-only from a USB stick) and
 * evidence/… (the evidence files, same layout as <dataDir>/evidence). A folder is written under
 * a temporary name and renamed when complete, so a half-written backup never looks like one.
 */
export const BACKUPS_DIR = 'backups';
/** The live database file name inside the data folder. */
export const LIVE_DB_FILE = 'cchc.sqlite';
export const EVIDENCE_DIR = 'evidence';
/** Where a database that could not be opened is moved to (never deleted, never overwritten). */
export const DAMAGED_DIR = 'hong';
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
/** Any one file of a backup (the database of a large commune is a few hundred MB). */
const MAX_BACKUP_FILE_BYTES = 16 * 1024 * 1024 * 1024;
const REQUIRED_TABLES = ['settings', 'plans', 'activities', 'evidence_files'];

export const backupsDir = (dataDir: string) => path.join(dataDir, BACKUPS_DIR);
export const evidenceDir = (dataDir: string) => path.join(dataDir, EVIDENCE_DIR);

// ---------------------------------------------------------------- small durable file helpers

function fsyncPath(p: string, dir = false): void {
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
function copyFileDurable(src: string, dst: string): void {
  fs.copyFileSync(src, dst, fs.constants.COPYFILE_EXCL);
  fsyncPath(dst);
}

function walkFiles(root: string, rel = ''): string[] {
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
function errnoOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL') return 'ENOSPC';
  if (code.startsWith('SQLITE_READONLY')) return 'EROFS';
  if (code.startsWith('SQLITE_IOERR')) return 'EIO';
  if (code === 'SQLITE_CANTOPEN') return 'ENOENT';
  return code;
}

function asWriteError(target: string, e: unknown): AppError {
  if (e instanceof AppError) return e;
  return writeError(target, Object.assign(new Error(String(e)), { code: errnoOf(e) }));
}

function stamp(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

function uniqueName(parent: string, base: string): string {
  if (!fs.existsSync(path.join(parent, base))) return base;
  for (;;) {
    const n = `${base}-${crypto.randomBytes(2).toString('hex')}`;
    if (!fs.existsSync(path.join(parent, n))) return n;
  }
}

// ---------------------------------------------------------------- what a database holds

interface DbFacts {
  schemaVersion: number;
  commune: string | null;
  counts: { plans: number; activities: number; evidenceFiles: number };
  firstDate: string | null;
  lastDate: string | null;
}

/** Read what the officer recognises: commune, counts, date range. Throws if it is not our schema. */
function readFacts(sqlite: BetterSqlite3.Database): DbFacts {
  const schemaVersion = Number(sqlite.pragma('user_version', { simple: true }));
  const tables = new Set((sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name));
  if (schemaVersion < 1 || REQUIRED_TABLES.some((t) => !tables.has(t))) throw new AppError('FILE_INVALID', backupText.errors.notOurs);
  const count = (sql: string) => Number((sqlite.prepare(sql).get() as { n: number }).n);
  let commune: string | null = null;
  const row = sqlite.prepare(`SELECT value FROM settings WHERE key = 'commune'`).get() as { value: string } | undefined;
  if (row) {
    try {
      const v = JSON.parse(row.value) as { communeName?: unknown };
      commune = typeof v.communeName === 'string' ? truncateText(v.communeName, 300) : null;
    } catch {
      commune = null;
    }
  }
  const range = sqlite.prepare(`SELECT min(date) AS a, max(date) AS b FROM activities WHERE deleted_at IS NULL`).get() as { a: string | null; b: string | null };
  return {
    schemaVersion,
    commune,
    counts: {
      plans: count(`SELECT count(*) AS n FROM plans WHERE deleted_at IS NULL`),
      activities: count(`SELECT count(*) AS n FROM activities WHERE deleted_at IS NULL`),
      evidenceFiles: count(`SELECT count(*) AS n FROM evidence_files`),
    },
    firstDate: range.a ? String(range.a).slice(0, 10) : null,
    lastDate: range.b ? String(range.b).slice(0, 10) : null,
  };
}

function openReadOnly(file: string): BetterSqlite3.Database {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  // A file from a stranger's USB stick: never run functions its schema asks for.
  db.pragma('trusted_schema = OFF');
  return db;
}

// ---------------------------------------------------------------- creating backups

export interface CreateBackupOptions {
  dataDir: string;
  reason: BackupReason;
  appVersion: string;
  /** Destination folder; default <dataDir>/backups. */
  parentDir?: string;
  now?: Date;
}

export interface CreatedBackup {
  path: string;
  name: string;
  manifest: BackupManifest;
}

/**
 * Online backup of the open database (readers and writers may carry on), plus the evidence
 * files, as a complete folder under `parentDir`. Local backups hard-link evidence (content-
 * addressed, never modified); backups elsewhere (USB) copy it and are read back and checked.
 */
export async function createBackup(sqlite: BetterSqlite3.Database, opts: CreateBackupOptions): Promise<CreatedBackup> {
  const now = opts.now ?? new Date();
  const localParent = backupsDir(opts.dataDir);
  const parent = opts.parentDir ? path.resolve(opts.parentDir) : localParent;
  const name = uniqueName(parent, `saoluu-${stamp(now)}-${opts.reason}`);
  const local = parent === localParent;
  const stage = path.join(local ? parent : localParent, `.tmp-${crypto.randomBytes(6).toString('hex')}`);
  try {
    fs.mkdirSync(stage, { recursive: true });
  } catch (e) {
    throw asWriteError(path.join(stage, 'x'), e);
  }
  try {
    const dbFile = path.join(stage, BACKUP_DB_FILE);
    try {
      await sqlite.backup(dbFile);
    } catch (e) {
      throw asWriteError(dbFile, e);
    }
    // The snapshot carries the WAL flag; a rollback-journal file opens read-only anywhere.
    let facts: DbFacts;
    const copy = new BetterSqlite3(dbFile);
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new AppError('DB_CORRUPT', backupText.errors.corrupt, { check });
      facts = readFacts(copy);
    } finally {
      copy.close();
    }
    fsyncPath(dbFile);
    const files = [{ path: BACKUP_DB_FILE, size: fs.statSync(dbFile).size, sha256: sha256File(dbFile) }];
    const evSrc = evidenceDir(opts.dataDir);
    const known = local ? previousHashes(localParent) : new Map<string, { ino: number; sha256: string }>();
    for (const rel of walkFiles(evSrc)) {
      const dst = path.join(stage, BACKUP_EVIDENCE_DIR, ...rel.split('/'));
      fs.mkdirSync(path.dirname(dst), { recursive: true });
      const src = path.join(evSrc, ...rel.split('/'));
      try {
        fs.linkSync(src, dst);
      } catch {
        copyFileDurable(src, dst);
      }
      const st = fs.statSync(dst);
      const p = `${BACKUP_EVIDENCE_DIR}/${rel}`;
      // The same inode as in the previous backup (a hard link): its hash is already known.
      const prev = known.get(p);
      files.push({ path: p, size: st.size, sha256: prev && prev.ino === st.ino && st.nlink > 1 ? prev.sha256 : sha256File(dst) });
    }
    const manifest = BackupManifest.parse({
      format: BACKUP_FORMAT,
      createdAt: now.toISOString(),
      reason: opts.reason,
      appVersion: opts.appVersion,
      ...facts,
      files,
    });
    const mf = path.join(stage, BACKUP_MANIFEST);
    fs.writeFileSync(mf, JSON.stringify(manifest, null, 1));
    fsyncPath(mf);
    if (local) {
      fs.renameSync(stage, path.join(parent, name));
      fsyncPath(parent, true);
      return { path: path.join(parent, name), name, manifest };
    }
    const target = path.join(parent, name);
    copyFolderAtomic(stage, target, manifest);
    return { path: target, name, manifest };
  } catch (e) {
    throw asWriteError(path.join(parent, name), e);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

/** Evidence hashes of the newest local backup, by path, with the inode they were taken from. */
function previousHashes(parent: string): Map<string, { ino: number; sha256: string }> {
  const out = new Map<string, { ino: number; sha256: string }>();
  const newest = fs.existsSync(parent)
    ? fs
        .readdirSync(parent)
        .filter((n) => BackupName.safeParse(n).success)
        .sort()
        .pop()
    : undefined;
  if (!newest) return out;
  try {
    const folder = path.join(parent, newest);
    for (const f of readManifest(folder).files) {
      if (!f.path.startsWith(`${BACKUP_EVIDENCE_DIR}/`)) continue;
      const st = fs.statSync(path.join(folder, ...f.path.split('/')), { throwIfNoEntry: false });
      if (st) out.set(f.path, { ino: st.ino, sha256: f.sha256 });
    }
  } catch {
    // No usable previous backup: every file is hashed.
  }
  return out;
}

/** Copy a finished backup folder to another disk: temp name, fsync, rename, then read it back. */
function copyFolderAtomic(src: string, target: string, manifest: BackupManifest): void {
  const parent = path.dirname(target);
  const tmp = path.join(parent, `.${path.basename(target)}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.mkdirSync(tmp);
    for (const rel of [BACKUP_MANIFEST, ...manifest.files.map((f) => f.path)]) {
      const dst = path.join(tmp, ...rel.split('/'));
      fs.mkdirSync(path.dirname(dst), { recursive: true });
      copyFileDurable(path.join(src, ...rel.split('/')), dst);
    }
    fsyncPath(tmp, true);
    fs.renameSync(tmp, target);
    fsyncPath(parent, true);
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw asWriteError(target, e);
  }
  try {
    verifyFolder(target, manifest);
    const check = openReadOnly(path.join(target, BACKUP_DB_FILE));
    try {
      if (check.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('read-back quick_check failed');
    } finally {
      check.close();
    }
  } catch (e) {
    fs.rmSync(target, { recursive: true, force: true });
    throw new AppError('WRITE_FAILED', `Bản sao lưu ghi ra "${parent}" đọc lại không khớp (USB có thể bị lỗi). Bản lỗi đã được xoá; hãy thử lại hoặc dùng USB khác.`, {
      cause: String(e),
    });
  }
}

function verifyFolder(folder: string, manifest: BackupManifest): void {
  for (const f of manifest.files) {
    const p = path.join(folder, ...f.path.split('/'));
    if (!isInside(folder, p) || !fs.existsSync(p)) throw new AppError('FILE_INVALID', backupText.errors.damaged, { missing: f.path });
    let size: number;
    try {
      size = checkRegularFile(p, MAX_BACKUP_FILE_BYTES); // lstat first: a FIFO or device listed here is never opened
    } catch {
      throw new AppError('FILE_INVALID', backupText.errors.damaged, { mismatch: f.path });
    }
    if (size !== f.size || sha256File(p) !== f.sha256) throw new AppError('FILE_INVALID', backupText.errors.damaged, { mismatch: f.path });
  }
}

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
}

// ---------------------------------------------------------------- listing and rotation

function readManifest(folder: string): BackupManifest {
  const mf = path.join(folder, BACKUP_MANIFEST);
  let bytes: Buffer;
  try {
    bytes = readRegularFile(mf, MAX_MANIFEST_BYTES);
  } catch (e) {
    throw isAppError(e) && e.code === 'FILE_TOO_LARGE' ? new AppError('FILE_TOO_LARGE', backupText.errors.tooLarge) : new AppError('FILE_INVALID', backupText.errors.notBackup);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new AppError('FILE_INVALID', backupText.errors.damaged);
  }
  const parsed = BackupManifest.safeParse(raw);
  if (!parsed.success) throw new AppError('FILE_INVALID', backupText.errors.damaged);
  const paths = parsed.data.files.map((f) => f.path);
  if (!paths.includes(BACKUP_DB_FILE)) throw new AppError('FILE_INVALID', backupText.errors.damaged);
  for (const p of paths) {
    if (p !== BACKUP_DB_FILE && !p.startsWith(`${BACKUP_EVIDENCE_DIR}/`)) throw new AppError('FILE_INVALID', backupText.errors.damaged, { path: p });
    if (p.split('/').some((s) => s === '..' || s === '' || s === '.') || p.includes('\\') || p.includes(':')) throw new AppError('FILE_INVALID', backupText.errors.damaged, { path: p });
  }
  return parsed.data;
}

/** The app's own backups, newest first; folders that do not read back are skipped. */
export function listBackups(dataDir: string): (BackupEntry & { path: string })[] {
  const dir = backupsDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  const out: (BackupEntry & { path: string })[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (!BackupName.safeParse(name).success) continue;
    try {
      const m = readManifest(path.join(dir, name));
      out.push({ name, createdAt: m.createdAt, reason: m.reason, commune: m.commune, activities: m.counts.activities, path: path.join(dir, name) });
    } catch {
      // An unreadable folder is not offered; rotation leaves it for a person to look at.
    }
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

const localDay = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
};
function isoWeek(iso: string): string {
  const d = new Date(iso);
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 86_400_000 + 1) / 7);
  return `${y}-W${week}`;
}

export const RETENTION = { daily: 7, weekly: 4, other: 5 } as const;

/**
 * Keep the newest daily backup of each of the last 7 days that have one, plus the newest of
 * each of the 4 most recent earlier ISO weeks; keep the 5 newest of each other kind.
 * Returns the names removed.
 */
export function rotateBackups(dataDir: string): string[] {
  const all = listBackups(dataDir);
  const keep = new Set<string>();
  const keptDays = new Set<string>();
  const keptWeeks = new Set<string>();
  let weekly = 0;
  for (const b of all.filter((x) => x.reason === 'daily')) {
    const day = localDay(b.createdAt);
    if (keptDays.has(day)) continue;
    const week = isoWeek(b.createdAt);
    if (keptDays.size < RETENTION.daily) {
      keptDays.add(day);
      keptWeeks.add(week);
      keep.add(b.name);
    } else if (!keptWeeks.has(week) && weekly < RETENTION.weekly) {
      keptWeeks.add(week);
      weekly++;
      keep.add(b.name);
    }
  }
  for (const reason of ['pre-migrate', 'pre-restore', 'manual'] as const) {
    all.filter((b) => b.reason === reason).slice(0, RETENTION.other).forEach((b) => keep.add(b.name));
  }
  const removed: string[] = [];
  for (const b of all) {
    if (keep.has(b.name)) continue;
    fs.rmSync(b.path, { recursive: true, force: true });
    removed.push(b.name);
  }
  return removed;
}

// ---------------------------------------------------------------- inspecting and restoring

export interface InspectedBackup extends BackupSummary {
  /** The database file inside the backup. */
  dbFile: string;
  /** Evidence folder inside the backup (may not exist). */
  evidence: string | null;
  manifest: BackupManifest | null;
}

/**
 * Everything checked before a restore touches anything: manifest and file hashes, SQLite
 * integrity_check, schema version, that it is our schema. Accepts a backup folder, a file
 * inside one, or a bare cchc.sqlite copy.
 */
export function inspectBackup(source: string): InspectedBackup {
  const p = path.resolve(source);
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    throw new AppError('NOT_FOUND', backupText.errors.notFound);
  }
  let folder: string | null = null;
  let dbFile: string;
  if (st.isDirectory()) folder = p;
  else if (st.isFile() && path.basename(p) === BACKUP_MANIFEST) folder = path.dirname(p);
  else if (st.isFile() && fs.existsSync(path.join(path.dirname(p), BACKUP_MANIFEST))) folder = path.dirname(p);
  let manifest: BackupManifest | null = null;
  if (folder) {
    if (!fs.existsSync(path.join(folder, BACKUP_MANIFEST))) throw new AppError('FILE_INVALID', backupText.errors.notBackup);
    manifest = readManifest(folder);
    verifyFolder(folder, manifest);
    dbFile = path.join(folder, BACKUP_DB_FILE);
  } else {
    // A bare database file: SQLite would block on a FIFO and read a device forever.
    checkRegularFile(p, MAX_BACKUP_FILE_BYTES);
    dbFile = p;
  }
  let facts: DbFacts;
  let db: BetterSqlite3.Database | undefined;
  try {
    db = openReadOnly(dbFile);
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new AppError('DB_CORRUPT', backupText.errors.corrupt, { check });
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > LATEST_SCHEMA_VERSION) throw new AppError('DB_FROM_NEWER_VERSION', backupText.errors.newer(version, LATEST_SCHEMA_VERSION));
    facts = readFacts(db);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError(folder ? 'DB_CORRUPT' : 'FILE_INVALID', folder ? backupText.errors.corrupt : backupText.errors.notBackup, { cause: String(e) });
  } finally {
    db?.close();
  }
  const size = manifest ? manifest.files.reduce((s, f) => s + f.size, 0) : fs.statSync(dbFile).size;
  const evidence = folder && fs.existsSync(path.join(folder, BACKUP_EVIDENCE_DIR)) ? path.join(folder, BACKUP_EVIDENCE_DIR) : null;
  return {
    path: folder ?? dbFile,
    name: path.basename(folder ?? dbFile),
    createdAt: manifest?.createdAt ?? fs.statSync(dbFile).mtime.toISOString(),
    reason: manifest?.reason ?? 'manual',
    appVersion: manifest?.appVersion ?? '',
    schemaVersion: facts.schemaVersion,
    commune: facts.commune,
    counts: facts.counts,
    firstDate: facts.firstDate,
    lastDate: facts.lastDate,
    sizeBytes: size,
    dbFile,
    evidence,
    manifest,
  };
}

export function toSummary(b: InspectedBackup): BackupSummary {
  const { dbFile: _d, evidence: _e, manifest: _m, ...summary } = b;
  return summary;
}

const SIDE = ['', '-wal', '-shm', '-journal'];

/** Move the live database files (and WAL/SHM) into a folder; returns what was moved. */
export function moveDatabaseAside(liveFile: string, toDir: string): string[] {
  fs.mkdirSync(toDir, { recursive: true });
  const moved: string[] = [];
  for (const s of SIDE) {
    const f = `${liveFile}${s}`;
    if (!fs.existsSync(f)) continue;
    fs.renameSync(f, path.join(toDir, path.basename(f)));
    moved.push(path.basename(f));
  }
  fsyncPath(toDir, true);
  fsyncPath(path.dirname(liveFile), true);
  return moved;
}

export function damagedFolder(dataDir: string, now = new Date()): string {
  return path.join(dataDir, DAMAGED_DIR, uniqueName(path.join(dataDir, DAMAGED_DIR), stamp(now)));
}

/**
 * Put the backup's database in place of `liveFile` (which the caller has closed and moved
 * aside) and merge its evidence files into <dataDir>/evidence (content-addressed: nothing in
 * the current folder is overwritten or removed).
 */
export function installBackup(b: InspectedBackup, dataDir: string, liveFile: string): void {
  const tmp = path.join(path.dirname(liveFile), `.restore-${crypto.randomBytes(6).toString('hex')}.sqlite`);
  try {
    copyFileDurable(b.dbFile, tmp);
    const expected = b.manifest?.files.find((f) => f.path === BACKUP_DB_FILE)?.sha256;
    if (expected && sha256File(tmp) !== expected) throw new AppError('FILE_INVALID', backupText.errors.damaged);
    if (fs.existsSync(liveFile)) throw new Error('live database still in place');
    fs.renameSync(tmp, liveFile);
    fsyncPath(path.dirname(liveFile), true);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e instanceof AppError ? e : asWriteError(liveFile, e);
  }
  if (b.evidence) {
    const dst = evidenceDir(dataDir);
    for (const rel of walkFiles(b.evidence)) {
      const to = path.join(dst, ...rel.split('/'));
      if (fs.existsSync(to)) continue;
      fs.mkdirSync(path.dirname(to), { recursive: true });
      const part = `${to}.${crypto.randomBytes(4).toString('hex')}.tmp`;
      copyFileDurable(path.join(b.evidence, ...rel.split('/')), part);
      fs.renameSync(part, to);
    }
  }
}
