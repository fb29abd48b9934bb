import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { foldersText as t } from '../../shared/strings/folders';

/**
 * Where the preview's folder browser may look: the officer's home folder and the removable
 * drives mounted under /media, /run/media and /mnt. Each root is a folder the browser opens
 * and never climbs above. Plain Node, so Electron main can use it for its dialog's start.
 */
export type RootKind = 'usb' | 'drive' | 'home';

export interface FolderRoot {
  kind: RootKind;
  label: string;
  /** As listed (what the officer sees in the path). */
  path: string;
  /** The same folder with every symlink resolved: containment is checked against this. */
  real: string;
}

/** A base folder whose subfolders are drives (e.g. /media/lan holds one folder per USB stick). */
interface MountBase {
  kind: 'usb' | 'drive';
  dir: string;
  /** Only subfolders that are mount points (another device than the base): skips stale empty folders. */
  mountsOnly: boolean;
  /** Subfolders that are not drives (the user's own folder under /media). */
  skip?: string;
}

interface RootSpec {
  homes: string[];
  bases: MountBase[];
}

/**
 * `CCHC_FOLDER_ROOTS` (tests, unusual machines) replaces the defaults: entries separated by
 * ";", each `home=<folder>` (a root itself), `usb=<folder>` or `drive=<folder>` (a base whose
 * subfolders are listed as "USB: …" / "Ổ đĩa: …"). Example:
 * `CCHC_FOLDER_ROOTS="home=/tmp/t/home;usb=/tmp/t/media"`.
 */
export function rootSpec(env: NodeJS.ProcessEnv = process.env): RootSpec {
  const raw = env.CCHC_FOLDER_ROOTS;
  if (raw && raw.trim()) {
    const spec: RootSpec = { homes: [], bases: [] };
    for (const entry of raw.split(';')) {
      const eq = entry.indexOf('=');
      if (eq < 0) continue;
      const kind = entry.slice(0, eq).trim();
      const dir = entry.slice(eq + 1).trim();
      if (!dir || !path.isAbsolute(dir)) continue;
      if (kind === 'home') spec.homes.push(dir);
      else if (kind === 'usb' || kind === 'drive') spec.bases.push({ kind, dir, mountsOnly: false });
    }
    return spec;
  }
  let user = '';
  try {
    user = os.userInfo().username;
  } catch {
    // No user entry (a container): only the shared mount folders.
  }
  const bases: MountBase[] = [];
  if (user)
    bases.push({ kind: 'usb', dir: `/media/${user}`, mountsOnly: true }, { kind: 'usb', dir: `/run/media/${user}`, mountsOnly: true });
  bases.push({ kind: 'usb', dir: '/media', mountsOnly: true, skip: user }, { kind: 'drive', dir: '/mnt', mountsOnly: true });
  return { homes: [os.homedir()], bases };
}

function realDir(p: string): string | null {
  try {
    const real = fs.realpathSync(p);
    return fs.statSync(real).isDirectory() ? real : null;
  } catch {
    return null;
  }
}

function drivesIn(base: MountBase): FolderRoot[] {
  const baseReal = realDir(base.dir);
  if (!baseReal) return [];
  let names: string[];
  let baseDev: number;
  try {
    names = fs.readdirSync(baseReal);
    baseDev = fs.statSync(baseReal).dev;
  } catch {
    return [];
  }
  const out: FolderRoot[] = [];
  for (const name of names.sort((a, b) => a.localeCompare(b, 'vi'))) {
    if (name.startsWith('.') || name === base.skip) continue;
    const p = path.join(base.dir, name);
    const real = realDir(p);
    if (!real) continue;
    if (base.mountsOnly && fs.statSync(real).dev === baseDev) continue;
    out.push({ kind: base.kind, label: base.kind === 'usb' ? t.usb(name) : t.drive(name), path: p, real });
  }
  return out;
}

/** The roots now: USB sticks first, then other drives, then the home folder; each folder once. */
export function folderRoots(env: NodeJS.ProcessEnv = process.env): FolderRoot[] {
  const spec = rootSpec(env);
  const found: FolderRoot[] = [];
  for (const base of spec.bases) found.push(...drivesIn(base));
  for (const home of spec.homes) {
    const real = realDir(home);
    // A home at the top of the disk (a service account's "/") would open everything.
    if (real && path.parse(real).root !== real) found.push({ kind: 'home', label: t.home(path.basename(home) || home), path: home, real });
  }
  const rank: Record<RootKind, number> = { usb: 0, drive: 1, home: 2 };
  const seen = new Set<string>();
  return found
    .sort((a, b) => rank[a.kind] - rank[b.kind])
    .filter((r) => {
      if (seen.has(r.real)) return false;
      seen.add(r.real);
      return true;
    });
}

/** Whether `real` (a resolved path) is a root or lies below one; returns that root. */
export function rootContaining(roots: readonly FolderRoot[], real: string): FolderRoot | null {
  for (const r of roots) {
    const rel = path.relative(r.real, real);
    if (rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel))) return r;
  }
  return null;
}

/** The first mounted removable drive, for the desktop dialog to start in (Linux, macOS). */
export function firstRemovableDrive(env: NodeJS.ProcessEnv = process.env): string | null {
  if (process.platform === 'darwin') {
    const vols = drivesIn({ kind: 'usb', dir: '/Volumes', mountsOnly: true });
    return vols[0]?.path ?? null;
  }
  return folderRoots(env).find((r) => r.kind === 'usb' || r.kind === 'drive')?.path ?? null;
}
