import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestApp } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { insertSubmittedReport, usbFolder } from '../helpers/bundles';
import { writeCard } from '../helpers/bundle-apps';
import { dispatch } from '../../shared/contract/dispatch';
import { exportKeyCard } from '../../db/services/keys';
import { addKeyCard, trustedKeyRefs } from '../../db/services/province-keys';
import { importBundleBytes } from '../../db/services/province-import';
import { startApp } from '../../db/host';
import BetterSqlite3 from 'better-sqlite3';
import type { ImportLine } from '../../shared/domain/bundle';

/**
 * A restore rolls the commune's data back, never the bundle log (db/backup/carry.ts): after it,
 * the next bundle continues the chain, and the province's copy of the commune follows the
 * commune's data. Real services on both sides; the oracle is plain SQL on both databases.
 */
type App = Awaited<ReturnType<typeof openTestApp>>;
const open: App[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});
async function app(): Promise<App> {
  const a = await openTestApp({ demo: false });
  open.push(a);
  return a;
}

async function ok<T>(p: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>): Promise<T> {
  const env = await p;
  if (!env.ok) throw new Error(env.error!.message);
  return env.value as T;
}

async function commune(): Promise<App> {
  const a = await app();
  await ok(
    dispatch(a.handlers, 'settings.save', {
      communeName: 'xã Quyết Thắng',
      communeCode: '10903',
      province: 'Thái Nguyên',
      officerName: 'Nguyễn Thị Hoa',
    }),
  );
  return a;
}

const fields = (title: string) => ({ date: '2026-03-02', title, details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 10 } });
const addActivity = (a: App, title: string) => ok<{ id: string }>(dispatch(a.handlers, 'activities.create', fields(title)));

/** "Gửi tỉnh" of the changes; the file's bytes are kept (a later file of the same name must not hide this one). */
async function send(a: App, usb: string, sent: Buffer[]): Promise<{ seq: number } | null> {
  const env = await dispatch(a.handlers, 'bundles.create', { what: { kind: 'changes' }, folder: usb });
  if (!env.ok) {
    if (env.error.code === 'CONFLICT') return null; // nothing to send
    throw new Error(env.error.message);
  }
  const w = env.value as { path: string; seq: number };
  sent.push(fs.readFileSync(w.path));
  return w;
}

const backup = async (a: App, usb: string) => (await ok<{ path: string }>(dispatch(a.handlers, 'backup.toFolder', { folder: usb }))).path;
const restore = (a: App, from: string) =>
  ok<{ carried: { bundles: number } | null }>(dispatch(a.handlers, 'backup.restore', { path: from, confirm: true }));

async function province(of: App): Promise<App> {
  const p = await app();
  const card = await exportKeyCard(of.ctx);
  await addKeyCard(p.ctx, { path: writeCard(tempDir(), JSON.parse(Buffer.from(card.base64, 'base64').toString('utf8'))) });
  return p;
}

async function importAll(p: App, sent: Buffer[]): Promise<ImportLine[]> {
  const trusted = await trustedKeyRefs(p.ctx);
  return sent.map((bytes, i) => importBundleBytes(p.ctx, bytes, `goi-${i + 1}.cchc`, trusted));
}

const liveTitles = (a: App, sqlText: string) => a.ctx.sqlite.prepare(sqlText).all() as { id: string; title: string }[];
const communeRows = (a: App) => liveTitles(a, `SELECT id, title FROM activities WHERE deleted_at IS NULL ORDER BY id`);
const provinceRows = (p: App) =>
  liveTitles(p, `SELECT id, title FROM prov_activities WHERE commune_code = '10903' AND deleted_at IS NULL ORDER BY id`);

/** Every bundle imported, none refused, numbered 1…n, each one's prevHash the one before (no gap, no chain break). */
function expectWholeChain(lines: ImportLine[]): void {
  expect(lines.map((l) => [l.status, l.code, l.gap])).toEqual(lines.map(() => ['imported', null, null]));
  expect(lines.map((l) => l.seq)).toEqual(lines.map((_, i) => i + 1));
}

describe('restore keeps the bundle log (reviewer: "bundle numbers reused after restoring an older backup")', () => {
  it('bundle 1, back up, A, bundle 2, restore, B, bundle 3: the province takes every bundle and ends with the commune’s data', async () => {
    const c = await commune();
    const usb = usbFolder();
    const store = tempDir('cchc-usb-backups-');
    const sent: Buffer[] = [];
    await addActivity(c, 'Tin trước khi sao lưu');
    expect(await send(c, usb, sent)).toMatchObject({ seq: 1 });
    const saved = await backup(c, store);
    const a = await addActivity(c, 'Hoạt động A');
    expect(await send(c, usb, sent)).toMatchObject({ seq: 2 });

    // The confirmation knows one bundle was sent after this backup.
    const inspected = await ok<{ sentAfter: number }>(dispatch(c.handlers, 'backup.inspect', { path: saved }));
    expect(inspected.sentAfter).toBe(1);
    const restored = await restore(c, saved);
    expect(restored.carried).toMatchObject({ bundles: 1, deleted: 1 });
    // A is gone from the commune's screens (it is a deleted row, whose deletion is to be sent).
    expect(communeRows(c).map((r) => r.title)).toEqual(['Tin trước khi sao lưu']);
    const outbox = await ok<{ seq: number }[]>(dispatch(c.handlers, 'bundles.outbox', {}));
    expect(outbox.map((o) => o.seq)).toEqual([2, 1]);

    await addActivity(c, 'Hoạt động B');
    const cand = await ok<{ nextSeq: number; pendingChanges: number }>(dispatch(c.handlers, 'bundles.candidates', {}));
    expect(cand.nextSeq).toBe(3);
    expect(cand.pendingChanges).toBe(2); // B, and A's deletion
    expect(await send(c, usb, sent)).toMatchObject({ seq: 3 });

    const p = await province(c);
    expectWholeChain(await importAll(p, sent));
    expect(provinceRows(p)).toEqual(communeRows(c));
    expect(provinceRows(p).map((r) => r.title)).toEqual(expect.arrayContaining(['Hoạt động B']));
    // A reached the province in bundle 2 and is deleted there now, as at the commune.
    const provA = p.ctx.sqlite.prepare(`SELECT deleted_at FROM prov_activities WHERE id = ?`).get(a.id) as { deleted_at: string | null };
    expect(provA.deleted_at).not.toBeNull();
  }, 60_000);

  it('an edit and a deletion sent after the backup give way to the restored versions at the province', async () => {
    const c = await commune();
    const usb = usbFolder();
    const sent: Buffer[] = [];
    const kept = await addActivity(c, 'Bản gốc');
    const gone = await addActivity(c, 'Sẽ bị xoá rồi khôi phục');
    await send(c, usb, sent);
    const saved = await backup(c, tempDir('cchc-usb-backups-'));
    await ok(dispatch(c.handlers, 'activities.update', { id: kept.id, fields: fields('Bản sửa sau sao lưu') }));
    await ok(dispatch(c.handlers, 'activities.delete', { id: gone.id }));
    await send(c, usb, sent);
    expect(await restore(c, saved)).toMatchObject({ carried: { bundles: 1, deleted: 0, resent: 2 } });
    expect(await send(c, usb, sent)).toMatchObject({ seq: 3 });
    const p = await province(c);
    expectWholeChain(await importAll(p, sent));
    expect(provinceRows(p)).toEqual(communeRows(c));
    expect(
      provinceRows(p)
        .map((r) => r.title)
        .sort(),
    ).toEqual(['Bản gốc', 'Sẽ bị xoá rồi khôi phục']);
  }, 60_000);

  it('a report submitted and sent after the backup stays submitted after the restore (a frozen fact), and the chain goes on', async () => {
    const c = await commune();
    const usb = usbFolder();
    const sent: Buffer[] = [];
    await addActivity(c, 'Tin quý I');
    await send(c, usb, sent);
    const saved = await backup(c, tempDir('cchc-usb-backups-'));
    const reportId = await insertSubmittedReport(c, { periodKey: '2026-q1' });
    const w = await ok<{ path: string; seq: number }>(
      dispatch(c.handlers, 'bundles.create', { what: { kind: 'report', reportId }, folder: usb }),
    );
    sent.push(fs.readFileSync(w.path));
    expect(await restore(c, saved)).toMatchObject({ carried: { bundles: 1, reports: 1 } });
    const kept = c.ctx.sqlite.prepare(`SELECT submitted_at FROM reports WHERE id = ?`).get(reportId) as { submitted_at: string | null };
    expect(kept.submitted_at).not.toBeNull();
    await addActivity(c, 'Tin sau khôi phục');
    expect(await send(c, usb, sent)).toMatchObject({ seq: 3 });
    const p = await province(c);
    expectWholeChain(await importAll(p, sent));
    expect(provinceRows(p)).toEqual(communeRows(c));
  }, 60_000);

  it('a kill during the carry (before the journal) leaves a staged copy and side files the next start sweeps', async () => {
    const c = await commune();
    await addActivity(c, 'Dữ liệu đang dùng');
    await c.close();
    open.splice(open.indexOf(c), 1);
    const left = ['.restore-0a1b2c.sqlite', '.restore-0a1b2c.sqlite-wal', '.restore-0a1b2c.sqlite-shm', '.restore-0a1b2c.sqlite-journal'];
    for (const n of left) fs.writeFileSync(path.join(c.dataDir, n), 'nửa chừng');
    const r = await startApp({ dataDir: c.dataDir, runtime: 'cli', appVersion: 'test' });
    try {
      expect(r.recovery).toBeNull();
      expect(fs.readdirSync(c.dataDir).filter((n) => n.startsWith('.restore-'))).toEqual([]);
      expect(communeRows({ ctx: r.ctx } as App).map((x) => x.title)).toEqual(['Dữ liệu đang dùng']);
    } finally {
      await r.close();
    }
  }, 60_000);

  it('from the recovery screen (the live file does not open) the damaged file’s outbox is still kept', async () => {
    const c = await commune();
    const usb = usbFolder();
    const sent: Buffer[] = [];
    await addActivity(c, 'Tin một');
    await send(c, usb, sent);
    const saved = await backup(c, tempDir('cchc-usb-backups-'));
    await addActivity(c, 'Tin hai');
    await send(c, usb, sent);
    await c.close();
    open.splice(open.indexOf(c), 1);
    // A database this version cannot open (here: from a newer version) sends the app to recovery.
    const s = new BetterSqlite3(c.file);
    s.pragma('user_version = 999');
    s.close();
    const r = await startApp({ dataDir: c.dataDir, runtime: 'cli', appVersion: 'test' });
    try {
      expect(r.recovery?.code).toBe('DB_FROM_NEWER_VERSION');
      const restored = await ok<{ carried: { bundles: number } | null }>(
        dispatch(r.handlers, 'backup.restore', { path: saved, confirm: true }),
      );
      expect(restored.carried).toMatchObject({ bundles: 1 });
      const cand = await ok<{ nextSeq: number }>(dispatch(r.handlers, 'bundles.candidates', {}));
      expect(cand.nextSeq).toBe(3);
    } finally {
      await r.close();
    }
  }, 60_000);

  it('property: any interleaving of add, edit, delete, send, back up and restore keeps one chain and equal data', async () => {
    type Op =
      | { t: 'add' }
      | { t: 'delete'; pick: number }
      | { t: 'edit'; pick: number }
      | { t: 'send' }
      | { t: 'backup' }
      | { t: 'restore'; pick: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      { weight: 4, arbitrary: fc.constant({ t: 'add' } as Op) },
      { weight: 1, arbitrary: fc.nat(50).map((pick) => ({ t: 'delete', pick }) as Op) },
      { weight: 2, arbitrary: fc.nat(50).map((pick) => ({ t: 'edit', pick }) as Op) },
      { weight: 3, arbitrary: fc.constant({ t: 'send' } as Op) },
      { weight: 2, arbitrary: fc.constant({ t: 'backup' } as Op) },
      { weight: 2, arbitrary: fc.nat(50).map((pick) => ({ t: 'restore', pick }) as Op) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 9 }), async (ops) => {
        const c = await commune();
        const usb = usbFolder();
        const store = tempDir('cchc-usb-backups-');
        const sent: Buffer[] = [];
        const backups: string[] = [];
        let n = 0;
        try {
          for (const o of ops) {
            if (o.t === 'add') await addActivity(c, `Hoạt động ${++n}`);
            else if (o.t === 'delete') {
              const rows = communeRows(c);
              if (rows.length) await ok(dispatch(c.handlers, 'activities.delete', { id: rows[o.pick % rows.length]!.id }));
            } else if (o.t === 'edit') {
              const rows = communeRows(c);
              const id = rows[o.pick % Math.max(1, rows.length)]?.id;
              if (id) await ok(dispatch(c.handlers, 'activities.update', { id, fields: fields(`Đã sửa ${++n}`) }));
            } else if (o.t === 'send') await send(c, usb, sent);
            else if (o.t === 'backup') backups.push(await backup(c, store));
            else if (backups.length) await restore(c, backups[o.pick % backups.length]!);
          }
          await send(c, usb, sent);
          const p = await province(c);
          expectWholeChain(await importAll(p, sent));
          if (sent.length) expect(provinceRows(p)).toEqual(communeRows(c));
        } finally {
          await c.close();
          open.splice(open.indexOf(c), 1);
          fs.rmSync(path.dirname(usb), { recursive: true, force: true });
        }
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});
