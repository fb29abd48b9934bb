import fs from 'node:fs';
import path from 'node:path';
import { RESTORE_JOURNAL, RESTORE_STAGE_PREFIX } from './restore';
import { backupsDir, evidenceDir, LOCAL_STAGE_PREFIX } from './paths';

/** A backup being staged on another disk: `.saoluu-<name>.<hex>.tmp` (see targetStageName). */
const TARGET_STAGE = /^\.saoluu-.*\.tmp$/;
/** A staged restore copy and the side files its carry-forward (db/backup/carry.ts) may leave when killed. */
const STAGED = /\.sqlite(-wal|-shm|-journal)?$/;
/** An evidence file being copied in by a restore: `<sha256>.<hex>.tmp`. */
const EVIDENCE_PART = /^[0-9a-f]{6,64}\.[0-9a-f]{8}\.tmp$/;

function removeAll(dir: string, match: (name: string, ent: fs.Dirent) => boolean): string[] {
  let ents: fs.Dirent[];
  try {
    ents = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const ent of ents) {
    if (!match(ent.name, ent)) continue;
    try {
      fs.rmSync(path.join(dir, ent.name), { recursive: true, force: true });
      removed.push(path.join(dir, ent.name));
    } catch {
      // A leftover that cannot be removed now (read-only, in use) is tried again next start.
    }
  }
  return removed;
}

/**
 * What a killed process leaves behind in the data folder, removed at start (after any pending
 * restore was completed, so a staged copy the journal still names is never touched): half-made
 * local backups, staged restore copies, half-copied evidence files. Returns the paths removed.
 */
export function sweepLeftovers(dataDir: string): string[] {
  const removed = removeAll(backupsDir(dataDir), (n, e) => e.isDirectory() && n.startsWith(LOCAL_STAGE_PREFIX));
  if (!fs.existsSync(path.join(dataDir, RESTORE_JOURNAL)))
    removed.push(...removeAll(dataDir, (n, e) => e.isFile() && n.startsWith(RESTORE_STAGE_PREFIX) && STAGED.test(n)));
  // The journal's own temp file (writeFileAtomic) when a kill came before its rename.
  removed.push(...removeAll(dataDir, (n, e) => e.isFile() && n.startsWith(`.${RESTORE_JOURNAL}.`) && n.endsWith('.tmp')));
  const ev = evidenceDir(dataDir);
  let shards: string[];
  try {
    shards = fs.readdirSync(ev);
  } catch {
    shards = [];
  }
  for (const s of shards) removed.push(...removeAll(path.join(ev, s), (n, e) => e.isFile() && EVIDENCE_PART.test(n)));
  return removed;
}

/** Half-written backup folders on a USB target (before a write there, and after one fails). */
export function sweepTarget(parent: string): string[] {
  return removeAll(parent, (n, e) => e.isDirectory() && TARGET_STAGE.test(n));
}
