import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import Database from 'better-sqlite3';
import { openApp } from '../../db/host';
import { createActivities, activityToRow } from '../../db/services/activities';
import type { ActivityFields } from '../../shared/domain/activity';
import type { BenchSuite } from '../harness';
import { timeIt, timeAsync } from '../harness';
import { BENCH_ACTIVITIES, generateActivity } from './activities';

/** The issue's scale: 200,000 generated activities of every form (bench/suites/activities.ts). */
const N = BENCH_ACTIVITIES;

export function sampleActivity(i: number): ActivityFields {
  return {
    date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    title: `Tin phát thanh số ${i}: hướng dẫn đăng tải hồ sơ trực tuyến trên Cổng dịch vụ công`,
    taskId: null,
    areas: ['procedures'],
    unitName: 'Trung tâm sự nghiệp công',
    note: '',
    details: { kind: 'broadcast', newsKind: 'tin', slots: ['06:00'], durationMinutes: 5, repeats: 1, station: 'Đài xã' },
  };
}

/** Raw prepared INSERTs in one transaction vs the repository path (zod + Kysely), same table. */
export const insertSuite: BenchSuite = {
  name: 'insert',
  async run() {
    // Each path gets a fresh database so neither inherits the other's free pages.
    const fresh = async () =>
      openApp({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-')), runtime: 'cli', appVersion: 'bench' });
    const inputs = Array.from({ length: N }, (_, i) => generateActivity(i));
    const rawHost = await fresh();
    const rows = inputs.map((a) => activityToRow(a, 'bench', new Date().toISOString()));
    const cols = Object.keys(rows[0]!);
    const stmt = rawHost.ctx.sqlite.prepare(`INSERT INTO activities (${cols.join(',')}) VALUES (${cols.map((c) => '@' + c).join(',')})`);
    const raw = timeIt(() => rawHost.ctx.sqlite.transaction(() => rows.forEach((r) => stmt.run(r)))());
    // The physical floor: the same rows into a table of the same columns with no index, no
    // trigger and no full-text index, same journal and sync settings as the app's database.
    const bareDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-bare-'));
    const bare = new Database(path.join(bareDir, 'bare.sqlite'));
    bare.pragma('journal_mode = WAL');
    bare.pragma('synchronous = FULL');
    bare.exec(`CREATE TABLE activities (${cols.map((c) => `${c}`).join(', ')})`);
    const bareStmt = bare.prepare(`INSERT INTO activities (${cols.join(',')}) VALUES (${cols.map((c) => '@' + c).join(',')})`);
    const bareRun = timeIt(() => bare.transaction(() => rows.forEach((r) => bareStmt.run(r)))());
    bare.close();
    fs.rmSync(bareDir, { recursive: true, force: true });
    const repoHost = await fresh();
    const repo = await timeAsync(() => createActivities(repoHost.ctx, inputs, 'bench'));
    for (const h of [rawHost, repoHost]) {
      await h.close();
      fs.rmSync(h.ctx.dataDir, { recursive: true, force: true });
    }
    const rawRate = Math.round(N / (raw.ms / 1000));
    const bareRate = Math.round(N / (bareRun.ms / 1000));
    const repoRate = Math.round(N / (repo.ms / 1000));
    const ratio = repoRate / rawRate;
    const round = (n: number) => Math.round(n * 1000) / 1000;
    return [
      {
        measure: 'bare better-sqlite3 insert, no indexes, no triggers, no FTS (physical baseline)',
        value: bareRate,
        unit: 'rows/s',
        baseline: null,
        ratio: null,
        target: 'baseline',
        pass: true,
      },
      {
        measure: 'raw better-sqlite3 insert (activities table with its indexes, triggers and FTS)',
        value: rawRate,
        unit: 'rows/s',
        baseline: bareRate,
        ratio: round(rawRate / bareRate),
        target: 'baseline',
        pass: true,
      },
      {
        measure: 'repository insert path (createActivities) vs raw activities table',
        value: repoRate,
        unit: 'rows/s',
        baseline: rawRate,
        ratio: round(ratio),
        target: '≥ 0.5× raw',
        pass: ratio >= 0.5,
      },
      {
        measure: 'repository insert path (createActivities) vs bare table',
        value: repoRate,
        unit: 'rows/s',
        baseline: bareRate,
        ratio: round(repoRate / bareRate),
        target: 'reported',
        pass: true,
      },
    ];
  },
};
