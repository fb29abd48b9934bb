import { spawn } from 'node:child_process';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { buildScript } from '../helpers/build-script';

const KILLS = 50;
let script: string;

beforeAll(async () => {
  script = path.join(tempDir('cchc-crash-bin-'), 'crash-writer.cjs');
  await buildScript('tests/helpers/crash-writer.ts', script);
});

/** Run the writer, kill -9 it at a random moment, return the ids it reported as committed. */
function runAndKill(dataDir: string, rnd: () => number): Promise<{ committed: string[]; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: path.resolve('node_modules') },
    });
    let buf = '';
    let err = '';
    let ready = false;
    let timer: NodeJS.Timeout | undefined;
    child.stderr!.on('data', (d) => (err += String(d)));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d) => {
      buf += String(d);
      if (!ready && buf.startsWith('ready\n')) {
        ready = true;
        // Somewhere in the middle of the write loop: 0–120 ms after the database is open.
        timer = setTimeout(() => child.kill('SIGKILL'), Math.floor(rnd() * 120));
      }
    });
    const guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended without being killed (${signal}):\n${err}`));
      // Only whole lines count: a line is written after its commit, in one write.
      const lines = buf.split('\n');
      lines.pop();
      resolve({ committed: lines.filter((l) => l !== 'ready'), signal });
    });
  });
}

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs mid-write: integrity ok and every committed activity present`, async () => {
    const dataDir = tempDir('cchc-crash-');
    const file = path.join(dataDir, 'cchc.sqlite');
    const seed = Number(process.env.CCHC_CRASH_SEED ?? Date.now() % 1_000_000);
    const rnd = mulberry32(seed);
    const all = new Set<string>();
    let survived = 0;
    let maxCommittedInRun = 0;
    for (let i = 0; i < KILLS; i++) {
      const { committed } = await runAndKill(dataDir, rnd);
      committed.forEach((id) => all.add(id));
      maxCommittedInRun = Math.max(maxCommittedInRun, committed.length);
      // Opening read-write replays the WAL exactly as the app would on its next start.
      const db = new BetterSqlite3(file);
      try {
        expect(db.pragma('integrity_check', { simple: true }), `seed ${seed}, kill ${i + 1}`).toBe('ok');
        const present = new Set((db.prepare('SELECT id FROM activities').all() as { id: string }[]).map((r) => r.id));
        const missing = [...all].filter((id) => !present.has(id));
        expect(missing, `seed ${seed}, kill ${i + 1}: committed activities lost`).toEqual([]);
        // Multi-row transactions are whole: titles "…/k" come in complete groups of 25.
        const partial = db
          .prepare(
            `SELECT count(*) AS n FROM (SELECT substr(title, 1, instr(title, '/') - 1) AS g, count(*) AS c FROM activities WHERE title LIKE '%/%' GROUP BY g HAVING c <> 25)`,
          )
          .get() as { n: number };
        expect(partial.n, `seed ${seed}, kill ${i + 1}: half a transaction`).toBe(0);
        survived++;
      } finally {
        db.close();
      }
    }
    // The kills did land mid-loop: many activities were committed in total.
    expect(all.size).toBeGreaterThan(KILLS);
    expect(maxCommittedInRun).toBeGreaterThan(0);
    console.log(`crash test: seed ${seed}, ${all.size} committed activities checked after ${KILLS} kills`);
    console.log(`kills survived ${survived}/${KILLS} with integrity ok`);
  }, 180_000);
});
