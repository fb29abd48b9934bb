import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../db/files';
import { isAppError } from '../../shared/errors';
import { openTestApp } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { WRITE_TARGETS } from '../helpers/hostile-targets';

/**
 * A full USB stick and a write-protected one. As root we mount a tiny tmpfs (and remount it
 * read-only); where mounting is refused (CI without privileges) the same failures are
 * simulated at the fs layer — the test prints which.
 */
type Mode = 'tmpfs' | 'simulated';
let mode: Mode = 'simulated';
let full: string;
let readOnly: string;
const mounted: string[] = [];

function tryMount(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    mounted.push(dir);
    return true;
  } catch {
    return false;
  }
}

beforeAll(() => {
  full = tempDir('cchc-full-');
  readOnly = tempDir('cchc-ro-');
  if (process.platform === 'linux' && !process.env.CCHC_SIMULATE_DISK && tryMount(full, '192k') && tryMount(readOnly, '1m')) {
    execFileSync('mount', ['-o', 'remount,ro', readOnly]);
    mode = 'tmpfs';
  } else {
    for (const d of mounted.splice(0)) execFileSync('umount', [d]);
    mode = 'simulated';
  }
  console.log(
    `disk-full / read-only targets: ${mode === 'tmpfs' ? 'real tmpfs mounts (192 KiB, and a read-only remount)' : 'simulated ENOSPC / EROFS at the fs layer (mount refused)'}`,
  );
});

afterAll(() => {
  vi.restoreAllMocks();
  for (const d of mounted) execFileSync('umount', [d]);
});

/** Where mounting is refused: every write under `dir` fails with `code`, after a partial write. */
function simulate(dir: string, code: 'ENOSPC' | 'EROFS') {
  const under = (p: unknown) => typeof p === 'string' && path.resolve(p).startsWith(dir + path.sep);
  const err = () => Object.assign(new Error(code), { code });
  const fds = new Set<number>();
  const realOpen = fs.openSync;
  const realWrite = fs.writeSync;
  const realCopy = fs.copyFileSync;
  const realMkdir = fs.mkdirSync;
  const realWriteFile = fs.writeFileSync;
  vi.spyOn(fs, 'openSync').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) => {
    if (code === 'EROFS' && under(p) && rest[0] !== 'r') throw err();
    const fd = (realOpen as (...a: unknown[]) => number)(p, ...rest);
    if (under(p)) fds.add(fd);
    return fd;
  }) as typeof fs.openSync);
  vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, ...rest: unknown[]) => {
    if (fds.has(fd)) throw err();
    return (realWrite as (...a: unknown[]) => number)(fd, ...rest);
  }) as typeof fs.writeSync);
  vi.spyOn(fs, 'copyFileSync').mockImplementation(((src: fs.PathLike, dst: fs.PathLike, m?: number) => {
    if (!under(dst)) return realCopy(src, dst, m);
    if (code === 'ENOSPC') realWriteFile(dst, Buffer.alloc(10));
    throw err();
  }) as typeof fs.copyFileSync);
  vi.spyOn(fs, 'mkdirSync').mockImplementation(((p: fs.PathLike, o?: fs.MakeDirectoryOptions) => {
    if (code === 'EROFS' && under(p)) throw err();
    return realMkdir(p, o);
  }) as typeof fs.mkdirSync);
  vi.spyOn(fs, 'writeFileSync').mockImplementation(((
    p: fs.PathOrFileDescriptor,
    d: string | NodeJS.ArrayBufferView,
    o?: fs.WriteFileOptions,
  ) => {
    if (under(p)) throw err();
    return realWriteFile(p, d, o);
  }) as typeof fs.writeFileSync);
}

function fillUp(dir: string) {
  if (mode !== 'tmpfs') return;
  // Leave 4 KiB: a write starts, then runs out of room part-way.
  const fd = fs.openSync(path.join(dir, 'filler.bin'), 'w');
  try {
    const stat = fs.statfsSync(dir);
    const free = stat.bavail * stat.bsize;
    if (free > 4 * 1024) fs.writeSync(fd, Buffer.alloc(free - 4 * 1024));
  } finally {
    fs.closeSync(fd);
  }
}

const listing = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((n) => n !== 'filler.bin')
    .sort();

describe('writing to a full or read-only folder', () => {
  it('writeFileAtomic: clear Vietnamese message, no partial or temp file left', () => {
    fillUp(full);
    if (mode === 'simulated') simulate(full, 'ENOSPC');
    const data = crypto.randomBytes(300 * 1024);
    let caught: unknown;
    try {
      writeFileAtomic(path.join(full, 'bao-cao-quy-1.pdf'), data);
    } catch (e) {
      caught = e;
    }
    expect(isAppError(caught) && caught.code).toBe('WRITE_FAILED');
    expect((caught as Error).message).toContain('đã đầy');
    expect(listing(full)).toEqual([]);
    vi.restoreAllMocks();

    if (mode === 'simulated') simulate(readOnly, 'EROFS');
    const before = listing(readOnly);
    let ro: unknown;
    try {
      writeFileAtomic(path.join(readOnly, 'goi-du-lieu.cchc'), data);
    } catch (e) {
      ro = e;
    }
    expect((ro as Error).message).toContain('chỉ đọc');
    expect(listing(readOnly)).toEqual(before);
    vi.restoreAllMocks();
  });

  for (const target of WRITE_TARGETS) {
    it(`${target.name}: refused with a clear message, nothing half-written, app data untouched`, async () => {
      const app = await openTestApp({ demo: true });
      try {
        // Enough evidence that the backup cannot fit in what is left of the "USB".
        const ev = path.join(app.dataDir, 'evidence', 'ab');
        fs.mkdirSync(ev, { recursive: true });
        fs.writeFileSync(path.join(ev, 'ab'.padEnd(64, '0')), crypto.randomBytes(400 * 1024));
        fillUp(full);
        if (mode === 'simulated') simulate(full, 'ENOSPC');
        const env = await target.write(app, full);
        vi.restoreAllMocks();
        expect(env).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED', message: expect.stringContaining('đã đầy') } });
        expect(listing(full)).toEqual([]);

        if (mode === 'simulated') simulate(readOnly, 'EROFS');
        const env2 = await target.write(app, readOnly);
        vi.restoreAllMocks();
        expect(env2).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED', message: expect.stringContaining('chỉ đọc') } });
        expect(listing(readOnly)).toEqual([]);
        // No staging leftovers in the app's own folder either.
        const backups = path.join(app.dataDir, 'backups');
        expect(fs.existsSync(backups) ? fs.readdirSync(backups).filter((n) => n.startsWith('.')) : []).toEqual([]);
      } finally {
        vi.restoreAllMocks();
        await app.close();
      }
    });
  }
});
