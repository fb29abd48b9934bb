import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { buildWorker, buildWriter } from '../helpers/bundle-apps';
import { openTestApp } from '../helpers/app';
import { addKeyCard } from '../../db/services/province-keys';
import { makeKeyCard } from '../../db/services/bundle-format';
import { syntheticBundle, syntheticCommune, syntheticPayload } from '../../bench/bundle-fixtures';
import { buildScript } from '../helpers/build-script';

/**
 * The app dies (kill -9) while its writer thread imports a folder: on the next open, every
 * bundle in the province database has all its activities and no commune has rows without its
 * bundle (plain SQL recount) — a transaction per bundle, nothing half-written.
 */
let child: string;
let writerFile: string;
let workerFile: string;

beforeAll(async () => {
  child = path.join(tempDir('cchc-kill-bin-'), 'import-kill-child.cjs');
  const [w, k] = await Promise.all([buildWriter(), buildWorker(), buildScript('tests/helpers/import-kill-child.ts', child)]);
  writerFile = w;
  workerFile = k;
});

/** Runs the child until it reports `killAt` bundles done, then SIGKILLs it; the last count it reported. */
function importAndKill(dataDir: string, folder: string, killAt: number): Promise<{ lastDone: number; finished: boolean }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [child, dataDir, folder, writerFile, workerFile], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: path.resolve('node_modules') },
    });
    let buf = '';
    let err = '';
    p.stderr!.on('data', (d) => (err += String(d)));
    (p.stdio[3] as NodeJS.ReadableStream).on('data', (d) => {
      buf += String(d);
      const counts = buf.split('\n').filter((l) => /^\d+$/.test(l));
      if (counts.some((c) => Number(c) >= killAt)) p.kill('SIGKILL');
    });
    const guard = setTimeout(() => p.kill('SIGKILL'), 60_000);
    p.on('error', reject);
    p.on('close', (code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL' && code !== 0) return reject(new Error(`child failed (${code}):\n${err}`));
      const counts = buf.split('\n').filter((l) => /^\d+$/.test(l));
      resolve({ lastDone: Number(counts.at(-1) ?? 0), finished: buf.includes('finished') });
    });
  });
}

describe('the app killed during a folder import', () => {
  it.each([1, 4, 8])('killed after %i bundles reported: whole bundles only', async (killAt) => {
    const n = 14;
    const folder = tempDir('cchc-kill-usb-');
    const expected = new Map<string, number>();
    const province = await openTestApp();
    for (let i = 0; i < n; i++) {
      const c = syntheticCommune(i);
      expected.set(c.code, 1_500 + 17 * i);
      fs.writeFileSync(path.join(folder, `CCHC_${c.code}_000001.cchc`), syntheticBundle(c, 1, syntheticPayload(1_500 + 17 * i)).bytes);
      const card = path.join(tempDir(), 'the.cchc-key.json');
      fs.writeFileSync(
        card,
        JSON.stringify(
          makeKeyCard({ communeCode: c.code, communeName: c.name, province: '' }, c.key.publicKey, '2026-01-01T00:00:00.000Z'),
        ),
      );
      await addKeyCard(province.ctx, { path: card });
    }
    await province.close();

    const run = await importAndKill(province.dataDir, folder, killAt);
    expect(run.finished).toBe(false);

    // The next start opens the file as the app does (WAL recovery), then a plain recount.
    const reopened = await openTestApp({ dataDir: province.dataDir });
    await reopened.close();
    const db = new Database(path.join(province.dataDir, 'cchc.sqlite'), { readonly: true });
    const bundles = new Set((db.prepare('SELECT commune_code AS c FROM bundles_in').all() as { c: string }[]).map((r) => r.c));
    const problems: string[] = [];
    for (const [code, want] of expected) {
      const got = (db.prepare('SELECT count(*) AS n FROM prov_activities WHERE commune_code = ?').get(code) as { n: number }).n;
      if (got !== (bundles.has(code) ? want : 0)) problems.push(`${code}: ${got} of ${want}`);
    }
    db.close();
    expect(problems).toEqual([]);
    expect(bundles.size).toBeGreaterThanOrEqual(run.lastDone);
    expect(bundles.size).toBeLessThan(n);
  });
});
