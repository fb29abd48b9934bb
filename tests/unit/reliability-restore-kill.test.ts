import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { openTestApp } from '../helpers/app';
import { dispatch } from '../../shared/contract/dispatch';
import { startApp } from '../../db/host';
import { RESTORE_JOURNAL } from '../../db/backup/index';
import { prng } from '../helpers/hostile';
import { buildScript } from '../helpers/build-script';

/**
 * Restore is a swap of the live database: a process killed at any moment of it must leave,
 * at the next start, either the database as it was or the backup's — never a blank new
 * install, never the recovery screen, never half of one and half of the other.
 */
const KILLS = 50;
let script: string;

beforeAll(async () => {
  script = path.join(tempDir('cchc-restore-bin-'), 'restore-killer.cjs');
  await buildScript('tests/helpers/restore-killer.ts', script);
});

/** What a killed restorer said: the restores it finished, and when (ms after "ready"). */
interface Killed {
  done: string[];
  at: number[];
}

function runAndKill(dataDir: string, a: string, b: string, delayMs: number): Promise<Killed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir, a, b], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: path.resolve('node_modules') },
    });
    let buf = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    let readyAt = 0;
    const at: number[] = [];
    child.stderr!.on('data', (d) => (err += String(d)));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d) => {
      buf += String(d);
      if (timer) for (let n = buf.split('\n').length - 2 - at.length; n > 0; n--) at.push(performance.now() - readyAt);
      if (!timer && buf.startsWith('ready\n')) {
        readyAt = performance.now();
        timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`restorer ended without being killed (${signal}):\n${err}`));
      const lines = buf.split('\n');
      lines.pop();
      resolve({ done: lines.filter((l) => l !== 'ready'), at });
    });
  });
}

/** Two backups on a "USB stick" with different, recognisable activities. */
async function twoBackups(): Promise<{ dataDir: string; a: string; b: string; titles: Record<'A' | 'B', string[]> }> {
  const usb = tempDir('cchc-usb-');
  const app = await openTestApp({ demo: true });
  const titles = { A: [] as string[], B: [] as string[] };
  const made: Record<string, string> = {};
  for (const label of ['A', 'B'] as const) {
    for (let i = 0; i < (label === 'A' ? 40 : 25); i++) {
      const env = await dispatch(app.handlers, 'activities.create', {
        date: '2026-03-02',
        title: `Bản ${label} số ${i}`,
        details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5 },
      });
      expect(env.ok).toBe(true);
    }
    titles[label] = current(app.ctx.sqlite);
    const env = await dispatch(app.handlers, 'backup.toFolder', { folder: usb });
    made[label] = (env as { value: { path: string } }).value.path;
  }
  await app.close();
  return { dataDir: app.dataDir, a: made.A!, b: made.B!, titles };
}

const current = (sqlite: { prepare(s: string): { all(): unknown[] } }) =>
  (sqlite.prepare(`SELECT title FROM activities WHERE deleted_at IS NULL ORDER BY title`).all() as { title: string }[]).map((r) => r.title);

describe('restore under kill -9', () => {
  it(`${KILLS} kills at random points of a restore: the next start has the old or the new database, whole`, async () => {
    const { dataDir, a, b, titles } = await twoBackups();
    const seed = Number(process.env.CCHC_CRASH_SEED ?? Date.now() % 1_000_000);
    const rnd = prng(seed);
    let ok = 0;
    let midSwap = 0;
    let restores = 0;
    // Before the first kill the live database holds A and B's activities (B was made after A).
    let last: 'A' | 'B' | null = null;
    // How long one restore takes here, from the restorers' own reports: the swap is its last part.
    const periods: number[] = [];
    // 50 kills at random moments; if none of them landed inside a swap (a fast machine, a longer
    // restore), up to 100 more aimed at the last third of a restore, until one does.
    let kills = 0;
    for (let i = 0; i < KILLS || (midSwap === 0 && i < KILLS + 100); i++) {
      kills++;
      const period = periods.length ? [...periods].sort((x, y) => x - y)[periods.length >> 1]! : 0;
      const delay =
        i < KILLS || !period ? Math.floor(rnd.next() * 800) : Math.floor((Math.floor(rnd.next() * 3) + 0.67 + rnd.next() * 0.33) * period);
      const { done, at } = await runAndKill(dataDir, a, b, delay);
      at.forEach((t, k) => periods.push(k ? t - at[k - 1]! : t));
      restores += done.length;
      if (done.length) last = done.at(-1) as 'A' | 'B';
      if (fs.existsSync(path.join(dataDir, RESTORE_JOURNAL))) midSwap++;
      const live = await startApp({ dataDir, runtime: 'cli', appVersion: 'test' }).catch((e: unknown) => {
        throw new Error(
          `seed ${seed}, kill ${i + 1}: start failed: ${String(e)} ${JSON.stringify((e as { details?: unknown }).details)}; files: ${fs.readdirSync(dataDir).join(', ')}`,
        );
      });
      try {
        const where = `seed ${seed}, kill ${i + 1}`;
        expect(live.recovery, where).toBeNull();
        const info = await dispatch(live.handlers, 'app.info', {});
        expect(info, where).toMatchObject({ ok: true, value: { needsSetup: false } });
        expect(live.ctx.sqlite.pragma('integrity_check', { simple: true }), where).toBe('ok');
        const now = current(live.ctx.sqlite);
        // The last restore that returned, or the one in flight (the other backup); whole.
        const allowed = last ? [titles[last], titles[last === 'A' ? 'B' : 'A']] : [titles.B, titles.A];
        expect(allowed, `${where}: database is neither backup whole`).toContainEqual(now);
        last = now.length === titles.A.length ? 'A' : 'B';
        expect(fs.existsSync(path.join(dataDir, RESTORE_JOURNAL)), where).toBe(false);
        expect(
          fs.readdirSync(dataDir).filter((n) => n.startsWith('.restore-')),
          where,
        ).toEqual([]);
        ok++;
      } finally {
        await live.close();
      }
    }
    // The kills did land both between restores and inside the swap.
    expect(restores).toBeGreaterThan(0);
    expect(midSwap).toBeGreaterThan(0);
    console.log(`restore kill test: seed ${seed}, ${restores} restores completed, ${midSwap} kills landed between journal and commit`);
    console.log(`restores killed ${ok}/${kills} with nothing lost`);
  }, 300_000);
});
