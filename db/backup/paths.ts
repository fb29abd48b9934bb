import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

/**
 * Where things live in the data folder. Backups are folders under backups/: manifest.json
 * (what it holds, sha256 of every file), cchc.sqlite (an online-backup snapshot in
 * rollback-journal mode, so it opens read-only from a USB stick) and evidence/… (same layout
 * as <dataDir>/evidence).
 */
export const BACKUPS_DIR = 'backups';
/** The live database file name inside the data folder. */
export const LIVE_DB_FILE = 'cchc.sqlite';
export const EVIDENCE_DIR = 'evidence';
/** Where a database that could not be opened is moved to (never deleted, never overwritten). */
export const DAMAGED_DIR = 'hong';
/** The live database's companions: moved and removed together with it, never one alone. */
export const DB_SIDE_FILES = ['', '-wal', '-shm', '-journal'] as const;

/** Prefix of a local backup being written; swept at start if a crash left one. */
export const LOCAL_STAGE_PREFIX = '.tmp-';
/** A backup being written on another disk (USB) is staged there, as `.saoluu-….<hex>.tmp`. */
export const targetStageName = (name: string) => `.${name}.${crypto.randomBytes(4).toString('hex')}.tmp`;

export const backupsDir = (dataDir: string) => path.join(dataDir, BACKUPS_DIR);
export const evidenceDir = (dataDir: string) => path.join(dataDir, EVIDENCE_DIR);
export const liveDbFile = (dataDir: string) => path.join(dataDir, LIVE_DB_FILE);

/** A wall-clock stamp for names; order comes from the manifest's sequence, not from this. */
export function stamp(d: Date): string {
  return d
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}

export function uniqueName(parent: string, base: string): string {
  if (!fs.existsSync(path.join(parent, base))) return base;
  for (;;) {
    const n = `${base}-${crypto.randomBytes(2).toString('hex')}`;
    if (!fs.existsSync(path.join(parent, n))) return n;
  }
}

export function damagedFolder(dataDir: string, now = new Date()): string {
  return path.join(dataDir, DAMAGED_DIR, uniqueName(path.join(dataDir, DAMAGED_DIR), stamp(now)));
}

export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return !!rel && !rel.startsWith('..') && !path.isAbsolute(rel);
}
