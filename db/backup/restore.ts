import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { AppError } from '../../shared/errors';
import { backupText } from '../../shared/strings/backup';
import { BACKUP_EVIDENCE_DIR } from '../../shared/domain/backup';
import { writeFileAtomic } from '../files';
import { asWriteError, copyFileDurable, fsyncPath, sha256File } from './durable';
import { checkUntrustedDatabase, type InspectedBackup } from './inspect';
import { DB_SIDE_FILES, evidenceDir, liveDbFile } from './paths';

/**
 * Restore as a crash-safe protocol. The live database is replaced only by a verified copy
 * that already sits beside it, by renames, with a journal that start-up reads:
 *
 *   1. stage   copy + fsync the backup's database to .restore-<x>.sqlite in the data folder,
 *              check the copy (hash, integrity, schema); copy listed, hash-matched evidence.
 *   2. journal restore-journal.json names the staged copy and the folder the live files go to.
 *   3. swap    move the live files (side files first, the database last) into that folder,
 *              then rename the staged copy to cchc.sqlite (atomic), fsync the folder.
 *   4. commit  once the restored database has opened: remove the journal (and the old files
 *              when they are kept elsewhere, e.g. in the pre-restore backup).
 *
 * A process killed anywhere is finished by completePendingRestore at the next start: a staged
 * copy still present is swapped in (it was verified before the journal was written); with no
 * staged copy and no live database the moved-aside files are put back. Nothing is ever lost
 * and the app never starts empty.
 */
export const RESTORE_JOURNAL = 'restore-journal.json';
export const RESTORE_STAGE_PREFIX = '.restore-';

interface Journal {
  /** File name of the staged copy in the data folder. */
  incoming: string;
  /** Folder (relative to the data folder) the live files are moved into. */
  aside: string;
  /** Remove the moved-aside files after the commit (they are in a pre-restore backup). */
  discardAside: boolean;
}

const journalFile = (dataDir: string) => path.join(dataDir, RESTORE_JOURNAL);

/** Step 1. Returns the staged file name; nothing live has changed. */
export async function stageRestore(b: InspectedBackup, dataDir: string): Promise<string> {
  const incoming = `${RESTORE_STAGE_PREFIX}${crypto.randomBytes(6).toString('hex')}.sqlite`;
  const tmp = path.join(dataDir, incoming);
  try {
    copyFileDurable(b.dbFile, tmp);
    if (sha256File(tmp) !== b.dbSha256) throw new AppError('FILE_INVALID', backupText.errors.damaged);
    await checkUntrustedDatabase(tmp, true);
    mergeEvidence(b, dataDir);
    return incoming;
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw asWriteError(liveDbFile(dataDir), e);
  }
}

/**
 * Evidence is content-addressed: files already there are kept, nothing is overwritten or
 * removed. Only files the manifest lists are copied, and only when the copy's hash matches.
 */
function mergeEvidence(b: InspectedBackup, dataDir: string): void {
  if (!b.manifest || !b.evidence) return;
  const folder = path.dirname(b.evidence);
  const dst = evidenceDir(dataDir);
  for (const f of b.manifest.files) {
    if (!f.path.startsWith(`${BACKUP_EVIDENCE_DIR}/`)) continue;
    const rel = f.path.slice(BACKUP_EVIDENCE_DIR.length + 1).split('/');
    const to = path.join(dst, ...rel);
    if (fs.existsSync(to)) continue;
    fs.mkdirSync(path.dirname(to), { recursive: true });
    const part = `${to}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    copyFileDurable(path.join(folder, ...f.path.split('/')), part);
    if (sha256File(part) !== f.sha256) {
      fs.rmSync(part, { force: true });
      throw new AppError('FILE_INVALID', backupText.errors.damaged, { mismatch: f.path });
    }
    fs.renameSync(part, to);
  }
}

/** Steps 2 and 3; the caller has closed the live database. */
export function swapIn(dataDir: string, incoming: string, aside: string, discardAside: boolean): void {
  const journal: Journal = { incoming, aside: path.relative(dataDir, aside), discardAside };
  writeFileAtomic(journalFile(dataDir), Buffer.from(JSON.stringify(journal)));
  swapFiles(dataDir, incoming, aside);
}

/** The swap itself (a restore, or the next start finishing one): live files aside, the staged copy in. */
function swapFiles(dataDir: string, incoming: string, aside: string): void {
  moveLiveAside(dataDir, aside);
  fs.renameSync(path.join(dataDir, incoming), liveDbFile(dataDir));
  fsyncPath(dataDir, true);
}

/** The swap undone (a failed restore, or the next start after one): the previous files back, the journal and the aside folder gone. */
function undoSwap(dataDir: string, aside: string): void {
  if (fs.existsSync(aside)) putBack(dataDir, aside);
  fs.rmSync(journalFile(dataDir), { force: true });
  fs.rmSync(aside, { recursive: true, force: true });
  fsyncPath(dataDir, true);
}

/** Side files first, the database last: "the database is in place" means the whole set is. */
function moveLiveAside(dataDir: string, aside: string): void {
  fs.mkdirSync(aside, { recursive: true });
  const live = liveDbFile(dataDir);
  for (const s of [...DB_SIDE_FILES].reverse()) {
    if (fs.existsSync(`${live}${s}`)) fs.renameSync(`${live}${s}`, path.join(aside, path.basename(`${live}${s}`)));
  }
  fsyncPath(aside, true);
  fsyncPath(dataDir, true);
}

/** Put the moved-aside files back (the database last) after removing what was swapped in. */
function putBack(dataDir: string, aside: string): void {
  const live = liveDbFile(dataDir);
  for (const s of DB_SIDE_FILES) fs.rmSync(`${live}${s}`, { force: true });
  for (const s of [...DB_SIDE_FILES].reverse()) {
    const from = path.join(aside, path.basename(`${live}${s}`));
    if (fs.existsSync(from)) fs.renameSync(from, `${live}${s}`);
  }
  fsyncPath(dataDir, true);
}

function readJournal(dataDir: string): Journal | null {
  let raw: string;
  try {
    raw = fs.readFileSync(journalFile(dataDir), 'utf8');
  } catch {
    return null;
  }
  try {
    const j = JSON.parse(raw) as Journal;
    const safe = (p: unknown) => typeof p === 'string' && p !== '' && !p.split(/[\\/]/).includes('..') && !path.isAbsolute(p);
    if (safe(j.incoming) && safe(j.aside) && !j.incoming.includes('/') && typeof j.discardAside === 'boolean') return j;
  } catch {
    // Written atomically: a torn journal cannot happen; an edited one is ignored.
  }
  return null;
}

/** Step 4: the restored database opened. */
export function commitRestore(dataDir: string): void {
  const j = readJournal(dataDir);
  fs.rmSync(journalFile(dataDir), { force: true });
  fsyncPath(dataDir, true);
  if (j?.discardAside) fs.rmSync(path.join(dataDir, j.aside), { recursive: true, force: true });
}

/** The restored database did not open (or the swap failed): the previous files come back. */
export function rollbackRestore(dataDir: string): void {
  const j = readJournal(dataDir);
  if (!j) return;
  const aside = path.join(dataDir, j.aside);
  // The staged copy goes first: from then on the journal means "put the old files back".
  fs.rmSync(path.join(dataDir, j.incoming), { force: true });
  undoSwap(dataDir, aside);
}

/**
 * At start, before the database is opened: finish a restore a crash interrupted.
 * Returns what was done, for the log.
 */
export function completePendingRestore(dataDir: string): 'none' | 'completed' | 'rolled-back' {
  const j = readJournal(dataDir);
  if (!j) {
    fs.rmSync(journalFile(dataDir), { force: true });
    return 'none';
  }
  const aside = path.join(dataDir, j.aside);
  const staged = path.join(dataDir, j.incoming);
  if (fs.existsSync(staged)) {
    // Verified before the journal was written: finish the swap.
    swapFiles(dataDir, j.incoming, aside);
    commitRestore(dataDir);
    return 'completed';
  }
  if (!fs.existsSync(liveDbFile(dataDir)) && fs.existsSync(path.join(aside, path.basename(liveDbFile(dataDir))))) {
    undoSwap(dataDir, aside);
    return 'rolled-back';
  }
  commitRestore(dataDir);
  return 'completed';
}
