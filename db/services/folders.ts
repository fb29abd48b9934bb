import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { foldersText as t } from '../../shared/strings/folders';
import type { FolderEntry, FolderListing } from '../../shared/contract/folders';
import type { ServiceContext } from './context';
import { folderRoots, rootContaining, type FolderRoot } from './folder-roots';

/** More than any USB stick's top level; keeps one answer small. */
export const MAX_LISTED = 2000;

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/**
 * The folder a request names, resolved and checked like db/files-safe.ts checks files: an
 * absolute path without "..", every symlink resolved (realpath), a real directory (never a
 * FIFO or device), inside one of the roots. Anything else is refused in Vietnamese.
 */
export function resolveAllowedFolder(roots: readonly FolderRoot[], requested: string): { root: FolderRoot; real: string } {
  if (requested.includes('\0') || !path.isAbsolute(requested)) throw new AppError('INVALID_INPUT', t.errors.notAbsolute);
  if (requested.split(/[\\/]/).includes('..')) throw new AppError('INVALID_INPUT', t.errors.dotDot);
  let real: string;
  try {
    real = fs.realpathSync(requested);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new AppError('FORBIDDEN', t.errors.unreadable(requested));
    throw new AppError('NOT_FOUND', t.errors.notFound(requested));
  }
  const root = rootContaining(roots, real);
  if (!root) throw new AppError('FORBIDDEN', t.errors.outside(requested));
  let st: fs.Stats;
  try {
    st = fs.statSync(real);
  } catch {
    throw new AppError('NOT_FOUND', t.errors.notFound(requested));
  }
  if (!st.isDirectory()) throw new AppError('INVALID_INPUT', t.errors.notFolder(requested));
  return { root, real };
}

/** A subfolder worth offering: a directory, or a symlink to a directory inside the roots. */
function isListedFolder(roots: readonly FolderRoot[], dir: string, d: fs.Dirent): boolean {
  if (d.name.startsWith('.') || d.name.includes('\uFFFD')) return false;
  if (d.isDirectory()) return true;
  if (!d.isSymbolicLink()) return false;
  try {
    const real = fs.realpathSync(path.join(dir, d.name));
    return rootContaining(roots, real) !== null && fs.statSync(real).isDirectory();
  } catch {
    return false;
  }
}

function crumbsOf(root: FolderRoot, real: string): { label: string; path: string }[] {
  const crumbs = [{ label: root.label, path: root.path }];
  let at = root.path;
  for (const seg of path.relative(root.real, real).split(path.sep).filter(Boolean)) {
    at = path.join(at, seg);
    crumbs.push({ label: seg, path: at });
  }
  return crumbs;
}

/** The roots (no path) or the subfolders of one allowed folder. */
export function listFolders(ctx: Pick<ServiceContext, 'runtime'>, input: { path?: string | undefined }): FolderListing {
  // The desktop app names folders only through its native dialog (issue 14: picked paths).
  if (ctx.runtime === 'electron') throw new AppError('FORBIDDEN', t.errors.desktopOnlyDialog);
  const roots = folderRoots();
  if (!input.path) {
    const entries: FolderEntry[] = roots.map((r) => ({ label: r.label, path: r.path, kind: r.kind }));
    return { path: null, crumbs: [], parent: null, entries, truncated: false };
  }
  const { root, real } = resolveAllowedFolder(roots, input.path);
  let dirents: fs.Dirent[];
  try {
    dirents = fs.readdirSync(real, { withFileTypes: true });
  } catch {
    throw new AppError('FORBIDDEN', t.errors.unreadable(input.path));
  }
  const crumbs = crumbsOf(root, real);
  const here = crumbs[crumbs.length - 1]!.path;
  const names = dirents
    .filter((d) => isListedFolder(roots, real, d))
    .map((d) => d.name)
    .sort(collator.compare);
  const entries: FolderEntry[] = names.slice(0, MAX_LISTED).map((name) => ({ label: name, path: path.join(here, name), kind: 'folder' }));
  return {
    path: here,
    crumbs,
    parent: crumbs.length > 1 ? crumbs[crumbs.length - 2]!.path : null,
    entries,
    truncated: names.length > MAX_LISTED,
  };
}
