import fs from 'node:fs';
import path from 'node:path';
import { BackupName, type BackupEntry } from '../../shared/domain/backup';
import { readManifest } from './manifest';
import { backupsDir } from './paths';

export type LocalBackup = BackupEntry & {
  path: string;
  seq: number;
  /** Change counter of the copied database, or null (written before it was recorded). */
  lastChange: number | null;
  /** Same value = same data (two backups of an unchanged database). */
  state: string;
};

/** Newest first: by the manifest's sequence, then (older backups without one) by the clock. */
const newestFirst = (a: LocalBackup, b: LocalBackup) =>
  b.seq - a.seq || (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);

/** The app's own backups, newest first; folders that do not read back are skipped. */
export function listBackups(dataDir: string): LocalBackup[] {
  const dir = backupsDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  const out: LocalBackup[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (!BackupName.safeParse(name).success) continue;
    try {
      const m = readManifest(path.join(dir, name));
      const state =
        m.lastChange === undefined
          ? `sha:${m.files.find((f) => f.path === 'cchc.sqlite')?.sha256}`
          : `${m.lastChange}|${m.counts.plans}|${m.counts.activities}|${m.counts.evidenceFiles}|${m.lastDate}`;
      out.push({
        name,
        createdAt: m.createdAt,
        reason: m.reason,
        commune: m.commune,
        activities: m.counts.activities,
        path: path.join(dir, name),
        seq: m.seq ?? 0,
        lastChange: m.lastChange ?? null,
        state,
      });
    } catch {
      // An unreadable folder is not offered; rotation leaves it for a person to look at.
    }
  }
  return out.sort(newestFirst);
}

/** The folder of the newest local backup (by sequence), if any. */
export function newestBackup(dataDir: string): string | null {
  const b = listBackups(dataDir).find(() => true);
  return b ? b.path : null;
}

/** The sequence number the next backup of this data folder gets. */
export function nextSequence(dataDir: string): number {
  return listBackups(dataDir).reduce((m, b) => Math.max(m, b.seq), 0) + 1;
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
 * Which backups to keep, whatever the clock says (newest = highest sequence number):
 * - the newest backup of all;
 * - daily backups: walking newest first, the newest of each of 7 local days, then the newest
 *   of each of 4 earlier ISO weeks (a backup stamped 2000 by a wrong clock is still the newest
 *   and is kept; it does not push the real days out of order);
 * - pre-restore, pre-migrate and manual: the newest backup of each of the 5 most recent
 *   distinct data states per kind (six restores in a row make six copies of two states, and
 *   the copy of the work done before the first restore is one of the two);
 * - any data state ahead of the live database (a higher change counter than `liveLastChange`)
 *   that no other kept backup holds: its newest copy.
 * Returns the names removed.
 */
export function rotateBackups(dataDir: string, liveLastChange?: number): string[] {
  const all = listBackups(dataDir);
  const keep = new Set<string>(all.slice(0, 1).map((b) => b.name));
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
    const states = new Set<string>();
    for (const b of all.filter((x) => x.reason === reason)) {
      if (states.has(b.state) || states.size >= RETENTION.other) continue;
      states.add(b.state);
      keep.add(b.name);
    }
  }
  if (liveLastChange !== undefined) {
    const held = new Set(all.filter((b) => keep.has(b.name)).map((b) => b.state));
    for (const b of all) {
      if (b.lastChange === null || b.lastChange <= liveLastChange || held.has(b.state)) continue;
      held.add(b.state);
      keep.add(b.name);
    }
  }
  const removed: string[] = [];
  for (const b of all) {
    if (keep.has(b.name)) continue;
    fs.rmSync(b.path, { recursive: true, force: true });
    removed.push(b.name);
  }
  return removed;
}
