import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { dispatch } from '../../shared/contract/dispatch';
import { createBackup, lastChangeOf, listBackups, rotateBackups, sweepLeftovers, sweepTarget } from '../../db/backup/index';
import { dailyBackup, startApp } from '../../db/host';
import { listLocalBackups } from '../../db/services/backup';

const open = testApps({ demo: true });
const activity = (title: string) => ({ date: '2026-03-02', title, details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 10 } });

describe('rotation keeps what matters, whatever the clock says', () => {
  it('six restores in a row keep the copy of the work done before the first one', async () => {
    const a = await open();
    const usb = tempDir('cchc-usb-');
    const old = (await dispatch(a.handlers, 'backup.toFolder', { folder: usb })) as { value: { path: string } };
    for (let i = 0; i < 7; i++) expect((await dispatch(a.handlers, 'activities.create', activity(`Việc hôm nay ${i}`))).ok).toBe(true);
    const today = (a.ctx.sqlite.prepare('SELECT count(*) n FROM activities WHERE deleted_at IS NULL').get() as { n: number }).n;
    for (let i = 0; i < 6; i++)
      expect(await dispatch(a.handlers, 'backup.restore', { path: old.value.path, confirm: true })).toMatchObject({ ok: true });
    rotateBackups(a.dataDir);
    expect(listBackups(a.dataDir).map((b) => b.activities)).toContain(today);
  });

  it('with the clock set back to 2000, the backup just made is the latest offered and is not rotated away', async () => {
    const a = await open({ demo: true });
    const start = new Date(2026, 10, 1, 8).getTime();
    for (let day = 0; day < 10; day++)
      await createBackup(a.ctx.sqlite, {
        dataDir: a.dataDir,
        reason: 'daily',
        appVersion: 'test',
        now: new Date(start + day * 86_400_000),
      });
    expect((await dispatch(a.handlers, 'activities.create', activity('Ghi sau khi đồng hồ bị chỉnh lùi'))).ok).toBe(true);
    const wrong = new Date(2000, 0, 1, 9);
    const made = await dailyBackup(a.ctx, wrong);
    expect(made).not.toBeNull();
    // dailyBackup rotated: the wrong-clock backup (the only one with the new activity) is kept.
    const names = listBackups(a.dataDir).map((b) => b.name);
    expect(names).toContain(path.basename(made!));
    expect(listLocalBackups(a)[0]!.name).toBe(path.basename(made!));
    // And the recovery screen offers it as the latest.
    await a.close();
    fs.writeFileSync(path.join(a.dataDir, 'cchc.sqlite'), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 0x5a)]));
    for (const s of ['-wal', '-shm']) fs.rmSync(path.join(a.dataDir, `cchc.sqlite${s}`), { force: true });
    const live = await startApp({ dataDir: a.dataDir, runtime: 'cli', appVersion: 'test' });
    expect(live.recovery?.latestBackup?.name).toBe(path.basename(made!));
    await live.close();
  });

  it('the only backup ahead of the live database is never removed, even when newer backups outnumber it', async () => {
    // A backup holding 20 more changes than the live database (as after restoring an old copy)…
    const other = await open();
    for (let i = 0; i < 20; i++) expect((await dispatch(other.handlers, 'activities.create', activity(`Công việc ${i}`))).ok).toBe(true);
    const ahead = await createBackup(other.ctx.sqlite, {
      dataDir: other.dataDir,
      reason: 'manual',
      appVersion: 'test',
      now: new Date(2000, 0, 1),
    });
    const a = await open();
    fs.cpSync(ahead.path, path.join(a.dataDir, 'backups', ahead.name), { recursive: true });
    // …then five newer manual backups of other states, which would push it out by count.
    for (let i = 0; i < 5; i++) {
      expect((await dispatch(a.handlers, 'activities.create', activity(`Sau khôi phục ${i}`))).ok).toBe(true);
      await createBackup(a.ctx.sqlite, { dataDir: a.dataDir, reason: 'manual', appVersion: 'test' });
    }
    const live = lastChangeOf(a.ctx.sqlite);
    expect(ahead.manifest.lastChange).toBeGreaterThan(live);
    rotateBackups(a.dataDir, live);
    expect(listBackups(a.dataDir).map((b) => b.name)).toContain(ahead.name);
    expect(listBackups(a.dataDir)).toHaveLength(6);
  });
});

describe('crash leftovers are swept', () => {
  it('at start: half-made local backups and staged restore copies; on the USB target: half-written folders', async () => {
    const a = await open();
    await createBackup(a.ctx.sqlite, { dataDir: a.dataDir, reason: 'daily', appVersion: 'test' });
    const b = path.join(a.dataDir, 'backups');
    for (let i = 0; i < 3; i++) {
      fs.mkdirSync(path.join(b, `.tmp-${i}abcdef`), { recursive: true });
      fs.writeFileSync(path.join(b, `.tmp-${i}abcdef`, 'cchc.sqlite'), Buffer.alloc(1000));
    }
    fs.writeFileSync(path.join(a.dataDir, '.restore-0123456789ab.sqlite'), Buffer.alloc(1000));
    fs.writeFileSync(path.join(a.dataDir, '.restore-journal.json.0123456789ab.tmp'), '{');
    const removed = sweepLeftovers(a.dataDir);
    expect(removed).toHaveLength(5);
    expect(fs.readdirSync(b).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(listBackups(a.dataDir)).toHaveLength(1);
    expect(fs.readdirSync(a.dataDir).filter((n) => n.startsWith('.'))).toEqual([]);

    const usb = tempDir('cchc-usb-');
    for (let i = 0; i < 2; i++)
      fs.mkdirSync(path.join(usb, `.saoluu-2026-01-01T00-00-00Z-manual.0000000${i}.tmp`, 'evidence'), { recursive: true });
    fs.mkdirSync(path.join(usb, 'ảnh của tôi'));
    expect(sweepTarget(usb)).toHaveLength(2);
    // A new write to that USB sweeps too, and leaves only the finished backup and the officer's folder.
    fs.mkdirSync(path.join(usb, '.saoluu-x.00000009.tmp'));
    expect(await dispatch(a.handlers, 'backup.toFolder', { folder: usb })).toMatchObject({ ok: true });
    expect(fs.readdirSync(usb).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(fs.readdirSync(usb)).toContain('ảnh của tôi');
  });

  it('startApp sweeps before opening', async () => {
    const a = await open();
    await a.close();
    fs.mkdirSync(path.join(a.dataDir, 'backups', '.tmp-leftover'), { recursive: true });
    const live = await startApp({ dataDir: a.dataDir, runtime: 'cli', appVersion: 'test' });
    expect(fs.readdirSync(path.join(a.dataDir, 'backups')).filter((n) => n.startsWith('.'))).toEqual([]);
    await live.close();
  });
});
