import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestApp } from '../helpers/app';
import { fileDigest, tempDir } from '../helpers/temp';
import { dispatch } from '../../shared/contract/dispatch';
import { createBackup, inspectBackup, listBackups, rotateBackups, backupsDir } from '../../db/backup';
import { openApp, startApp, DB_FILE_NAME } from '../../db/host';
import { migrate } from '../../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index';
import { Kysely, SqliteDialect } from 'kysely';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()));
});
async function app(opts: Parameters<typeof openTestApp>[0] = { demo: true }) {
  const a = await openTestApp(opts);
  open.push(a);
  return a;
}
const activity = (title: string) => ({
  date: '2026-03-02',
  title,
  details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 10 },
});
async function titles(a: { ctx: { sqlite: BetterSqlite3.Database } }): Promise<string[]> {
  return (a.ctx.sqlite.prepare(`SELECT title FROM activities WHERE deleted_at IS NULL ORDER BY title`).all() as { title: string }[]).map(
    (r) => r.title,
  );
}
function putEvidence(dataDir: string, name: string, content: string) {
  const p = path.join(dataDir, 'evidence', name.slice(0, 2), name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
}

describe('backups', () => {
  it('a backup folder holds the database, the evidence files and a manifest the app reads back', async () => {
    const a = await app();
    putEvidence(a.dataDir, 'ab12cd', 'ảnh hội nghị');
    const made = await createBackup(a.ctx.sqlite, { dataDir: a.dataDir, reason: 'manual', appVersion: 'test' });
    expect(fs.readFileSync(path.join(made.path, 'evidence', 'ab', 'ab12cd'), 'utf8')).toBe('ảnh hội nghị');
    const b = await inspectBackup(made.path);
    expect(b.commune).toBe('xã Quyết Thắng');
    expect(b.counts.plans).toBe(1);
    expect(b.counts.activities).toBeGreaterThan(0);
    expect(b.firstDate).toMatch(/^2026-/);
    // The snapshot opens read-only on its own (no WAL needed), e.g. from a write-protected USB.
    const ro = new BetterSqlite3(path.join(made.path, 'cchc.sqlite'), { readonly: true });
    expect(ro.pragma('journal_mode', { simple: true })).toBe('delete');
    ro.close();
    // A second local backup shares the evidence by hard link and reuses its hash; it verifies.
    const second = await createBackup(a.ctx.sqlite, { dataDir: a.dataDir, reason: 'daily', appVersion: 'test' });
    expect(fs.statSync(path.join(second.path, 'evidence', 'ab', 'ab12cd')).ino).toBe(
      fs.statSync(path.join(made.path, 'evidence', 'ab', 'ab12cd')).ino,
    );
    expect((await inspectBackup(second.path)).counts.plans).toBe(1);
  });

  it('"Sao lưu ra USB" writes a checked folder; a damaged copy is refused before anything changes', async () => {
    const a = await app();
    const usb = tempDir('cchc-usb-');
    const env = await dispatch(a.handlers, 'backup.toFolder', { folder: usb });
    expect(env.ok).toBe(true);
    const out = (env as { value: { path: string; summary: { counts: { activities: number } } } }).value;
    expect(path.dirname(out.path)).toBe(usb);
    expect(fs.readdirSync(usb)).toEqual([path.basename(out.path)]);
    // Flip one byte in the copied database: the manifest hash catches it.
    const db = path.join(out.path, 'cchc.sqlite');
    const bytes = fs.readFileSync(db);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    fs.writeFileSync(db, bytes);
    const before = fileDigest(a.file);
    const bad = await dispatch(a.handlers, 'backup.restore', { path: out.path, confirm: true });
    expect(bad).toMatchObject({ ok: false, error: { code: 'FILE_INVALID', message: expect.stringContaining('Bản sao lưu bị hỏng') } });
    expect(fileDigest(a.file)).toBe(before);
  });

  it('refuses a folder that is not a backup, and backing up into the data folder itself', async () => {
    const a = await app();
    const junk = tempDir('cchc-junk-');
    fs.writeFileSync(path.join(junk, 'cchc.sqlite'), 'not a database at all');
    expect(await dispatch(a.handlers, 'backup.inspect', { path: junk })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/không phải là bản sao lưu|hỏng/) },
    });
    expect(await dispatch(a.handlers, 'backup.inspect', { path: path.join(junk, 'cchc.sqlite') })).toMatchObject({
      ok: false,
      error: { code: 'FILE_INVALID' },
    });
    expect(await dispatch(a.handlers, 'backup.toFolder', { folder: a.dataDir })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('chính thư mục dữ liệu') },
    });
    // Without a folder dialog (preview, CLI) an empty choice asks for a typed path.
    expect(await dispatch(a.handlers, 'backup.toFolder', {})).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('nhập đường dẫn thư mục') },
    });
  });

  it('restore brings deleted activities back and keeps the current database as a backup first', async () => {
    const a = await app();
    for (const t of ['Phát thanh 1', 'Phát thanh 2', 'Phát thanh 3'])
      expect((await dispatch(a.handlers, 'activities.create', activity(t))).ok).toBe(true);
    putEvidence(a.dataDir, 'ef34567890', 'biên bản hội nghị');
    const usb = tempDir('cchc-usb-');
    const made = await dispatch(a.handlers, 'backup.toFolder', { folder: usb });
    fs.rmSync(path.join(a.dataDir, 'evidence'), { recursive: true });
    const backupPath = (made as { value: { path: string } }).value.path;
    const full = await titles(a);
    a.ctx.sqlite.prepare(`DELETE FROM activities WHERE title LIKE 'Phát thanh%'`).run();
    expect(await titles(a)).not.toContain('Phát thanh 2');

    const shown = await dispatch(a.handlers, 'backup.inspect', { path: backupPath });
    expect(shown).toMatchObject({ ok: true, value: { summary: { commune: 'xã Quyết Thắng', counts: { activities: full.length } } } });
    const restored = await dispatch(a.handlers, 'backup.restore', { path: backupPath, confirm: true });
    expect(restored.ok).toBe(true);
    expect(await titles(a)).toEqual(full);
    expect(fs.readFileSync(path.join(a.dataDir, 'evidence', 'ef', 'ef34567890'), 'utf8')).toBe('biên bản hội nghị');
    const safety = listBackups(a.dataDir).find((b) => b.reason === 'pre-restore');
    expect(safety?.activities).toBe(full.length - 3);
    // The restored database is the live one: a write lands and survives a reopen.
    expect((await dispatch(a.handlers, 'activities.create', activity('Sau khôi phục'))).ok).toBe(true);
    await a.close();
    open.splice(open.indexOf(a), 1);
    const again = await app({ dataDir: a.dataDir });
    expect(await titles(again)).toContain('Sau khôi phục');
  });

  it('evidence attached in the app travels with a USB backup into a new installation', async () => {
    const a = await app();
    const activityId = (a.ctx.sqlite.prepare('SELECT id FROM activities WHERE deleted_at IS NULL LIMIT 1').get() as { id: string }).id;
    const pdf = Buffer.from('%PDF-1.4\n% Biên bản hội nghị tuyên truyền CCHC\n%%EOF\n');
    const added = await dispatch(a.handlers, 'evidence.add', { activityId, name: 'bien-ban.pdf', base64: pdf.toString('base64') });
    expect(added.ok).toBe(true);
    const usb = tempDir('cchc-usb-');
    const made = await dispatch(a.handlers, 'backup.toFolder', { folder: usb });
    const backupPath = (made as { value: { path: string; summary: { counts: { evidenceFiles: number } } } }).value;
    expect(backupPath.summary.counts.evidenceFiles).toBe(1);

    const fresh = await app({ demo: false });
    expect(await dispatch(fresh.handlers, 'backup.restore', { path: backupPath.path, confirm: true })).toMatchObject({ ok: true });
    const listed = await dispatch(fresh.handlers, 'evidence.list', { activityId });
    expect(listed).toMatchObject({ ok: true, value: [expect.objectContaining({ name: 'bien-ban.pdf' })] });
    const sha = (listed as { value: { sha256: string }[] }).value[0]!.sha256;
    const opened = await dispatch(fresh.handlers, 'evidence.open', { sha256: sha });
    expect(Buffer.from((opened as { value: { file: { base64: string } } }).value.file.base64, 'base64').equals(pdf)).toBe(true);
  });

  it('a backup from an older app version is restored and brought up to date (after a pre-migrate backup)', async () => {
    const oldDir = tempDir();
    const sqlite = new BetterSqlite3(path.join(oldDir, DB_FILE_NAME));
    sqlite.pragma('journal_mode = WAL');
    await migrate(new Kysely({ dialect: new SqliteDialect({ database: sqlite }) }), sqlite, 1);
    sqlite
      .prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('commune', ?, '2025-01-01T00:00:00.000Z')`)
      .run(JSON.stringify({ communeName: 'xã Cũ', communeCode: '10903', province: 'tỉnh X', officerName: 'A', officerTitle: '' }));
    const old = await createBackup(sqlite, { dataDir: oldDir, reason: 'manual', appVersion: '0.0.1', parentDir: tempDir('cchc-usb-') });
    sqlite.close();
    expect(await inspectBackup(old.path)).toMatchObject({ schemaVersion: 1, commune: 'xã Cũ' });

    const a = await app();
    expect(await dispatch(a.handlers, 'backup.restore', { path: old.path, confirm: true })).toMatchObject({ ok: true });
    expect(a.ctx.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(await dispatch(a.handlers, 'settings.get', {})).toMatchObject({ ok: true, value: { communeName: 'xã Cũ' } });
    expect(
      listBackups(a.dataDir)
        .map((b) => b.reason)
        .sort(),
    ).toEqual(LATEST_SCHEMA_VERSION > 1 ? ['pre-migrate', 'pre-restore'] : ['pre-restore']);
  });

  it('restore needs an explicit confirmation and exactly one source', async () => {
    const a = await app();
    for (const input of [
      { path: '/tmp' },
      { path: '/tmp', confirm: false },
      { confirm: true },
      { name: 'saoluu-2026-01-01T00-00-00Z-daily', path: '/tmp', confirm: true },
    ]) {
      expect(await dispatch(a.handlers, 'backup.restore', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('in the desktop app folders come from the native dialog: a typed path is refused, a picked one works', async () => {
    const usb = tempDir('cchc-usb-');
    const picks: string[] = [];
    const dataDir = tempDir();
    const h = await openApp({
      dataDir,
      runtime: 'electron',
      appVersion: 'test',
      demo: true,
      platform: { pickFolder: async (title) => (picks.push(title), usb), printToPdf: async () => new Uint8Array() },
    });
    open.push(h);
    expect(await dispatch(h.handlers, 'backup.toFolder', { folder: usb })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('hộp thoại') },
    });
    const made = await dispatch(h.handlers, 'backup.toFolder', {});
    expect(made).toMatchObject({ ok: true, value: { cancelled: false } });
    expect(picks).toEqual(['Sao lưu ra USB']);
    const written = (made as { value: { path: string } }).value.path;
    // What the officer picked (and what the app wrote) may be named afterwards.
    expect(await dispatch(h.handlers, 'backup.inspect', { path: written })).toMatchObject({ ok: true });
    expect(await dispatch(h.handlers, 'backup.inspect', { path: tempDir() })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('keeps 7 daily and 4 weekly backups', async () => {
    const a = await app({ demo: false });
    const start = new Date(2026, 0, 1, 8, 0, 0).getTime();
    for (let day = 0; day < 70; day++) {
      await createBackup(a.ctx.sqlite, {
        dataDir: a.dataDir,
        reason: 'daily',
        appVersion: 'test',
        now: new Date(start + day * 86_400_000),
      });
    }
    rotateBackups(a.dataDir);
    const kept = listBackups(a.dataDir).map((b) => new Date(b.createdAt));
    expect(kept).toHaveLength(11);
    const days = kept.map((d) => Math.round((d.getTime() - start) / 86_400_000));
    expect(days.slice(0, 7)).toEqual([69, 68, 67, 66, 65, 64, 63]);
    // Four older ones, each in a different earlier week, about a week apart.
    const older = days.slice(7);
    older.forEach((d, i) => expect((i === 0 ? 63 : older[i - 1]!) - d).toBeGreaterThanOrEqual(1));
    expect(63 - older[3]!).toBeLessThanOrEqual(35);
  });

  it('the real app backs up once a day on start-up and runs a full integrity check once a week', async () => {
    const dataDir = tempDir();
    const day1 = new Date(2026, 10, 23, 8);
    let h = await openApp({ dataDir, runtime: 'cli', appVersion: 'test', demo: true, maintenance: true, now: day1 });
    await h.close();
    h = await openApp({ dataDir, runtime: 'cli', appVersion: 'test', maintenance: true, now: new Date(day1.getTime() + 3600_000) });
    await h.close();
    expect(listBackups(dataDir).map((b) => b.reason)).toEqual(['daily']);
    h = await openApp({ dataDir, runtime: 'cli', appVersion: 'test', maintenance: true, now: new Date(day1.getTime() + 86_400_000) });
    await h.close();
    expect(listBackups(dataDir)).toHaveLength(2);
    const state = JSON.parse(fs.readFileSync(path.join(backupsDir(dataDir), 'state.json'), 'utf8'));
    expect(state.lastFullCheckAt).toBe(day1.toISOString());
  });

  it('a database at an older version is backed up before it is migrated', async () => {
    const dataDir = tempDir();
    const sqlite = new BetterSqlite3(path.join(dataDir, DB_FILE_NAME));
    sqlite.pragma('journal_mode = WAL');
    await migrate(new Kysely({ dialect: new SqliteDialect({ database: sqlite }) }), sqlite, 1);
    sqlite.close();
    const h = await openApp({ dataDir, runtime: 'cli', appVersion: 'test' });
    await h.close();
    const pre = listBackups(dataDir).filter((b) => b.reason === 'pre-migrate');
    // Only a database with pending migrations is backed up (version 1 is the latest until more land).
    expect(pre).toHaveLength(LATEST_SCHEMA_VERSION > 1 ? 1 : 0);
    if (pre[0]) expect((await inspectBackup(pre[0].path)).schemaVersion).toBe(1);
  });
});

describe('recovery mode', () => {
  async function corruptWithBackup() {
    const a = await openTestApp({ demo: true });
    await createBackup(a.ctx.sqlite, { dataDir: a.dataDir, reason: 'daily', appVersion: 'test' });
    await a.close();
    const garbage = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 0x5a)]);
    fs.writeFileSync(a.file, garbage);
    for (const s of ['-wal', '-shm']) fs.rmSync(a.file + s, { force: true });
    return { dataDir: a.dataDir, file: a.file, garbage };
  }

  it('a corrupt database starts in recovery mode, offers the latest backup, and is never overwritten', async () => {
    const { dataDir, file, garbage } = await corruptWithBackup();
    const live = await startApp({ dataDir, runtime: 'cli', appVersion: 'test' });
    open.push(live);
    expect(live.recovery).toMatchObject({ code: 'DB_CORRUPT', latestBackup: { reason: 'daily', commune: 'xã Quyết Thắng' } });
    const info = await dispatch(live.handlers, 'app.info', {});
    expect(info).toMatchObject({ ok: true, value: { recovery: { code: 'DB_CORRUPT' } } });
    const blocked = await dispatch(live.handlers, 'plans.list', {});
    expect(blocked).toMatchObject({ ok: false, error: { message: expect.stringContaining('chế độ khôi phục') } });
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);

    const name = live.recovery!.latestBackup!.name;
    // A call made while the restore runs waits for it and sees the restored database.
    const [restored, during] = await Promise.all([
      dispatch(live.handlers, 'backup.restore', { name, confirm: true }),
      dispatch(live.handlers, 'settings.get', {}),
    ]);
    expect(restored).toMatchObject({ ok: true });
    expect(during).toMatchObject({ ok: true, value: { communeName: 'xã Quyết Thắng' } });
    expect(live.recovery).toBeNull();
    expect(await dispatch(live.handlers, 'plans.list', {})).toMatchObject({ ok: true, value: [expect.objectContaining({ year: 2026 })] });
    // The damaged file was moved aside, byte for byte.
    const kept = fs.readdirSync(path.join(dataDir, 'hong'));
    expect(fs.readFileSync(path.join(dataDir, 'hong', kept[0]!, DB_FILE_NAME)).equals(garbage)).toBe(true);
  });

  it('in recovery mode a database file that opens after all is kept as a pre-restore backup, never moved to hong/', async () => {
    const { dataDir, file } = await corruptWithBackup();
    const live = await startApp({ dataDir, runtime: 'cli', appVersion: 'test' });
    open.push(live);
    expect(live.recovery?.code).toBe('DB_CORRUPT');
    // Meanwhile the officer copies a healthy database back in place.
    const healthy = await openTestApp({ demo: true });
    expect((await dispatch(healthy.handlers, 'activities.create', activity('Chỉ có trong tệp lành'))).ok).toBe(true);
    await healthy.close();
    fs.copyFileSync(healthy.file, file);
    const name = live.recovery!.latestBackup!.name;
    expect(await dispatch(live.handlers, 'backup.restore', { name, confirm: true })).toMatchObject({ ok: true });
    expect(fs.existsSync(path.join(dataDir, 'hong'))).toBe(false);
    const safety = listBackups(dataDir).find((b) => b.reason === 'pre-restore');
    expect(safety).toBeDefined();
    const kept = new BetterSqlite3(path.join(safety!.path, 'cchc.sqlite'), { readonly: true });
    expect(kept.prepare(`SELECT count(*) n FROM activities WHERE title = 'Chỉ có trong tệp lành'`).get()).toEqual({ n: 1 });
    kept.close();
  });

  it('a database from a newer app version opens in recovery mode with the update advice, untouched', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DB_FILE_NAME);
    const s = new BetterSqlite3(file);
    s.exec('CREATE TABLE future (x TEXT)');
    s.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    s.close();
    const before = fs.readFileSync(file);
    const live = await startApp({ dataDir, runtime: 'cli', appVersion: 'test', demo: true });
    open.push(live);
    expect(live.recovery).toMatchObject({
      code: 'DB_FROM_NEWER_VERSION',
      message: expect.stringContaining('phiên bản ứng dụng mới nhất'),
      latestBackup: null,
    });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('an emptied database file with backups beside it is not taken for a new install', async () => {
    const { dataDir, file } = await corruptWithBackup();
    fs.writeFileSync(file, '');
    const live = await startApp({ dataDir, runtime: 'cli', appVersion: 'test', demo: true });
    open.push(live);
    expect(live.recovery?.code).toBe('DB_CORRUPT');
    expect(fs.statSync(file).size).toBe(0);
  });
});

describe('a missing database', () => {
  it('with backups beside it opens the recovery screen, not a blank new install', async () => {
    const { dataDir, file } = await (async () => {
      const a = await openTestApp({ demo: true });
      await createBackup(a.ctx.sqlite, { dataDir: a.dataDir, reason: 'daily', appVersion: 'test' });
      await a.close();
      return a;
    })();
    for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
    const live = await startApp({ dataDir, runtime: 'cli', appVersion: 'test', demo: true });
    open.push(live);
    expect(live.recovery).toMatchObject({ code: 'DB_CORRUPT', latestBackup: { reason: 'daily' } });
    expect(fs.existsSync(file)).toBe(false);
    const name = live.recovery!.latestBackup!.name;
    expect(await dispatch(live.handlers, 'backup.restore', { name, confirm: true })).toMatchObject({ ok: true });
    expect(await dispatch(live.handlers, 'settings.get', {})).toMatchObject({ ok: true, value: { communeName: 'xã Quyết Thắng' } });
  });
});

describe('single instance (preview)', () => {
  it('a lock left by a crashed server (dead pid) is taken over; a live one is refused', async () => {
    const { acquireDataDirLock } = await import('../../preview/lock');
    const { spawnSync } = await import('node:child_process');
    const dataDir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    fs.writeFileSync(path.join(dataDir, 'app.lock'), dead);
    const release = acquireDataDirLock(dataDir);
    expect(fs.readFileSync(path.join(dataDir, 'app.lock'), 'utf8')).toBe(String(process.pid));
    expect(() => acquireDataDirLock(dataDir)).toThrow(/đang được một cửa sổ ứng dụng khác sử dụng/);
    release();
    expect(fs.existsSync(path.join(dataDir, 'app.lock'))).toBe(false);
  });
});
