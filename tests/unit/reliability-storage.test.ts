import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type LiveHost } from '../../db/host';
import { createBackup } from '../../db/backup/index';
import { dispatch } from '../../shared/contract/dispatch';
import { isAppError } from '../../shared/errors';
import { acquireDataDirLock } from '../../preview/lock';
import { fileDigest, tempDir } from '../helpers/temp';
import { buildScript } from '../helpers/build-script';

/**
 * The storage boundary's taxonomy on real disks: tmpfs mounts filled to the last byte or
 * remounted read-only, a file locked by another connection, a folder another user cannot
 * read. Each case must give its own Vietnamese message (never "hỏng", never the recovery
 * screen, never "lỗi không mong muốn") and move nothing: the database keeps its bytes, no
 * hong/ folder appears. Only real damage opens the recovery screen.
 */
const mounts: string[] = [];
let results: { name: string; ok: boolean }[] = [];
let starter: string;

function mount(size: string): string {
  const dir = tempDir('cchc-disk-');
  // Root is needed to mount; this machine and CI run the suite as root.
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}

function fill(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = fs.openSync(filler, 'w');
  try {
    for (let chunk = 1 << 20; chunk >= 512;) {
      try {
        fs.writeSync(fd, Buffer.alloc(chunk));
      } catch {
        chunk >>= 1;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

beforeAll(async () => {
  starter = path.join(tempDir('cchc-storage-bin-'), 'storage-start.cjs');
  await buildScript('tests/helpers/storage-start.ts', starter);
  fs.chmodSync(path.dirname(starter), 0o755);
  fs.chmodSync(starter, 0o755);
});

afterAll(() => {
  for (const d of mounts) execFileSync('umount', ['-l', d]);
  const ok = results.filter((r) => r.ok).length;
  console.log(`storage cases: ${results.map((r) => `${r.name} ${r.ok ? 'ok' : 'FAILED'}`).join('; ')}`);
  console.log(`disk-full cases ${ok}/${results.length} with a clear message and nothing moved`);
  results = [];
});

/** A data folder with the demo database, closed cleanly; returns what "unchanged" means. */
async function dataFolder(dir: string) {
  const h = await startApp({ dataDir: dir, runtime: 'cli', appVersion: 'test', demo: true });
  await h.close();
  const file = path.join(dir, 'cchc.sqlite');
  const listing = () =>
    fs
      .readdirSync(dir)
      .filter((n) => n !== 'filler.bin')
      .sort();
  return { file, digest: fileDigest(file), listing: listing(), now: () => ({ digest: fileDigest(file), listing: listing() }) };
}

async function startError(dir: string): Promise<{ code: string; message: string } | { opened: LiveHost }> {
  try {
    return { opened: await startApp({ dataDir: dir, runtime: 'cli', appVersion: 'test' }) };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { code: e.code, message: e.message };
  }
}

async function kase(name: string, body: () => Promise<void>) {
  try {
    await body();
    results.push({ name, ok: true });
  } catch (e) {
    results.push({ name, ok: false });
    throw e;
  }
}

const NOT_DAMAGE = /Dữ liệu không bị hỏng|chưa được lưu/;

describe('storage errors are told apart, and nothing is moved', () => {
  it('start on a full disk: "ổ đĩa đã đầy", not "hỏng", no recovery, file untouched', () =>
    kase('start/full', async () => {
      const dir = mount('6m');
      const before = await dataFolder(dir);
      fill(dir);
      const r = await startError(dir);
      expect(r).toMatchObject({ code: 'DISK_FULL', message: expect.stringContaining('đã đầy') });
      expect((r as { message: string }).message).toMatch(NOT_DAMAGE);
      expect(before.now()).toEqual({ digest: before.digest, listing: before.listing });
    }));

  it('during work on a full disk: DISK_FULL for one row and a series, nothing half-saved, works again once room is made', () =>
    kase('work/full', async () => {
      const dir = mount('6m');
      await dataFolder(dir);
      const h = await startApp({ dataDir: dir, runtime: 'cli', appVersion: 'test' });
      try {
        const count = () => (h.ctx.sqlite.prepare('SELECT count(*) n FROM activities').get() as { n: number }).n;
        const n0 = count();
        const filler = fill(dir);
        const fields = {
          date: '2026-03-02',
          title: 'Phát thanh '.repeat(80),
          details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5 },
        };
        for (const env of [
          await dispatch(h.handlers, 'activities.create', fields),
          await dispatch(h.handlers, 'activities.createSeries', { fields, repeat: { every: 'day', times: 30 } }),
        ]) {
          expect(env).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: expect.stringContaining('đã đầy') } });
        }
        expect(count()).toBe(n0);
        expect(h.recovery).toBeNull();
        fs.rmSync(filler);
        expect(await dispatch(h.handlers, 'activities.create', fields)).toMatchObject({ ok: true });
        expect(h.ctx.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        await h.close();
      }
    }));

  it('start on a read-only disk: its own message, no recovery, nothing moved', () =>
    kase('start/read-only', async () => {
      const dir = mount('6m');
      const before = await dataFolder(dir);
      execFileSync('mount', ['-o', 'remount,ro', dir]);
      try {
        const r = await startError(dir);
        expect(r).toMatchObject({ code: 'DISK_READ_ONLY', message: expect.stringContaining('chỉ đọc') });
        expect(before.now()).toEqual({ digest: before.digest, listing: before.listing });
      } finally {
        execFileSync('mount', ['-o', 'remount,rw', dir]);
      }
    }));

  it('start as a user without permission on the data folder: its own message, nothing moved', () =>
    kase('start/permission', async () => {
      const dir = tempDir('cchc-perm-');
      const before = await dataFolder(dir);
      fs.chmodSync(dir, 0o700);
      const run = spawnSync(process.execPath, [starter, dir], {
        uid: 65534,
        gid: 65534,
        env: { ...process.env, NODE_PATH: path.resolve('node_modules') },
        encoding: 'utf8',
      });
      const out = JSON.parse(run.stdout.trim().split('\n').pop() || '{}') as { code?: string; message?: string };
      expect(out, run.stderr).toMatchObject({ code: 'NO_PERMISSION', message: expect.stringContaining('quyền') });
      expect(before.now()).toEqual({ digest: before.digest, listing: before.listing });
    }));

  it('start while another program holds the file locked: "đang bị giữ", no recovery', () =>
    kase('start/locked', async () => {
      const dir = tempDir('cchc-lock-');
      const before = await dataFolder(dir);
      const other = new BetterSqlite3(before.file);
      other.pragma('locking_mode = EXCLUSIVE');
      other.exec('BEGIN EXCLUSIVE');
      try {
        const r = await startError(dir);
        expect(r).toMatchObject({ code: 'DB_BUSY', message: expect.stringContaining('chương trình khác') });
      } finally {
        other.exec('ROLLBACK');
        other.close();
      }
      expect(before.now().listing).toEqual(before.listing);
    }));

  it(
    'during work while another program holds the write lock: DB_BUSY "đang bận", nothing saved, works once released',
    () =>
      kase('work/locked', async () => {
        const dir = tempDir('cchc-lock-');
        const { file } = await dataFolder(dir);
        const h = await startApp({ dataDir: dir, runtime: 'cli', appVersion: 'test' });
        const other = new BetterSqlite3(file);
        try {
          const count = () => (h.ctx.sqlite.prepare('SELECT count(*) n FROM activities').get() as { n: number }).n;
          const n0 = count();
          other.exec('BEGIN EXCLUSIVE');
          const fields = { date: '2026-03-02', title: 'Phát thanh', details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5 } };
          expect(await dispatch(h.handlers, 'activities.create', fields)).toMatchObject({
            ok: false,
            error: { code: 'DB_BUSY', message: expect.stringContaining('đang bận') },
          });
          other.exec('ROLLBACK');
          expect(count()).toBe(n0);
          expect(h.recovery).toBeNull();
          expect(await dispatch(h.handlers, 'activities.create', fields)).toMatchObject({ ok: true });
        } finally {
          other.close();
          await h.close();
        }
      }),
    30_000,
  );

  it('"Sao lưu ra USB" works when the data disk is full and the USB has room (staged on the USB)', () =>
    kase('backup/data-disk-full', async () => {
      const dir = mount('6m');
      await dataFolder(dir);
      const h = await startApp({ dataDir: dir, runtime: 'cli', appVersion: 'test' });
      try {
        fill(dir);
        const usb = tempDir('cchc-usb-');
        const env = await dispatch(h.handlers, 'backup.toFolder', { folder: usb });
        expect(env).toMatchObject({ ok: true });
        expect(fs.readdirSync(usb).filter((n) => n.startsWith('.'))).toEqual([]);
        expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.startsWith('.'))).toEqual([]);
      } finally {
        await h.close();
      }
    }));

  it('restore onto a full data disk: refused with "đã đầy", the live database unchanged', () =>
    kase('restore/full', async () => {
      const dir = mount('6m');
      const before = await dataFolder(dir);
      const usb = tempDir('cchc-usb-');
      const src = new BetterSqlite3(before.file, { readonly: true });
      const made = await createBackup(src, { dataDir: dir, reason: 'manual', appVersion: 'test', parentDir: usb });
      src.close();
      const h = await startApp({ dataDir: dir, runtime: 'cli', appVersion: 'test' });
      try {
        fill(dir);
        const env = await dispatch(h.handlers, 'backup.restore', { path: made.path, confirm: true });
        expect(env).toMatchObject({ ok: false, error: { message: expect.stringContaining('đầy') } });
        expect(await dispatch(h.handlers, 'settings.get', {})).toMatchObject({ ok: true });
      } finally {
        await h.close();
      }
      expect(before.now().digest).toBe(before.digest);
      expect(fs.readdirSync(dir).filter((n) => n.startsWith('.') || n === 'hong')).toEqual([]);
    }));

  it('a preview start on a full disk leaves no empty app.lock behind', () =>
    kase('preview-lock/full', async () => {
      const dir = mount('1m');
      fill(dir);
      let caught: unknown;
      try {
        acquireDataDirLock(dir);
      } catch (e) {
        caught = e;
      }
      expect(isAppError(caught) && caught.code).toBe('DISK_FULL');
      expect(fs.existsSync(path.join(dir, 'app.lock'))).toBe(false);
    }));

  it('only real damage (a page of garbage, not a database at all) opens the recovery screen', () =>
    kase('start/corrupt', async () => {
      for (const damage of ['pages', 'notadb'] as const) {
        const dir = tempDir('cchc-damaged-');
        const { file } = await dataFolder(dir);
        const bytes = fs.readFileSync(file);
        if (damage === 'pages') bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 6));
        else bytes.fill(0x41, 0, 100);
        fs.writeFileSync(file, bytes);
        const r = await startError(dir);
        expect('opened' in r && r.opened.recovery?.code, damage).toBe('DB_CORRUPT');
        if ('opened' in r) await r.opened.close();
        expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      }
    }));
});
