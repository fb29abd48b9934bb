import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { bundleApps, buildWorker, buildWriter, type App } from '../helpers/bundle-apps';
import { makeKeyCard } from '../../db/services/bundle-format';
import { syntheticBundle, syntheticCommune, syntheticPayload, type SyntheticCommune } from '../../bench/bundle-fixtures';
import { startFolderImport } from '../../db/services/province-import-job';
import { importFolder } from '../../db/services/province-import';
import { jobFinished } from '../../db/services/jobs';
import { dispatch } from '../../shared/contract/dispatch';
import type { JobOf, JobStatus } from '../../shared/contract/jobs';

/**
 * The province's folder import as a job: progress per bundle, "Dừng" between bundles, the host
 * answering while the writer thread writes. The oracle is a plain SQL recount on a connection
 * of its own: every bundle in bundles_in has all its activities, no commune has rows without
 * its bundle.
 */
const { app, provinceTrusting } = bundleApps();

interface Folder {
  dir: string;
  /** commune code → activities in its bundle. */
  expected: Map<string, number>;
  communes: SyntheticCommune[];
}

/** One bundle per commune, each with a different number of activities (a partial one would show). */
function writeFolder(n: number, activities: (i: number) => number): Folder {
  const dir = tempDir('cchc-job-');
  const communes = Array.from({ length: n }, (_, i) => syntheticCommune(i));
  const expected = new Map<string, number>();
  communes.forEach((c, i) => {
    expected.set(c.code, activities(i));
    fs.writeFileSync(path.join(dir, `CCHC_${c.code}_000001.cchc`), syntheticBundle(c, 1, syntheticPayload(activities(i))).bytes);
  });
  return { dir, expected, communes };
}

function trustAll(f: Folder): Promise<App> {
  return provinceTrusting(
    ...f.communes.map((c) =>
      makeKeyCard({ communeCode: c.code, communeName: c.name, province: 'tỉnh Thử Nghiệm' }, c.key.publicKey, '2026-01-01T00:00:00.000Z'),
    ),
  );
}

/** Plain SQL on its own connection: the communes whose bundle is in, each checked whole. */
function recount(file: string, expected: Map<string, number>): { whole: string[]; problems: string[] } {
  const db = new Database(file, { readonly: true });
  try {
    const bundles = new Map(
      (db.prepare('SELECT commune_code AS code, activities FROM bundles_in').all() as { code: string; activities: number }[]).map((r) => [
        r.code,
        r.activities,
      ]),
    );
    const rows = new Map(
      (
        db.prepare('SELECT commune_code AS code, count(*) AS n FROM prov_activities GROUP BY commune_code').all() as {
          code: string;
          n: number;
        }[]
      ).map((r) => [r.code, r.n]),
    );
    const problems: string[] = [];
    for (const [code, n] of expected) {
      const got = rows.get(code) ?? 0;
      if (bundles.has(code) && (got !== n || bundles.get(code) !== n)) problems.push(`${code}: ${got} of ${n} activities`);
      if (!bundles.has(code) && got !== 0) problems.push(`${code}: ${got} activities without its bundle`);
    }
    return { whole: [...bundles.keys()].sort(), problems };
  } finally {
    db.close();
  }
}

const status = async (a: App, jobId: string) => {
  const env = await dispatch(a.handlers, 'jobs.status', { jobId });
  if (!env.ok) throw new Error(env.error.message);
  return env.value as JobStatus;
};
const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

let writerFile: string;
let workerFile: string;
beforeAll(async () => {
  [writerFile, workerFile] = await Promise.all([buildWriter(), buildWorker()]);
});

describe.each([
  ['in the import writer thread', () => ({ writerFile, workerFile })],
  ['in the host thread (no writer)', () => ({ writerFile: null, workerFile: null })],
])('province.import as a job (%s)', (_how, files) => {
  it('reports done/total and the current file, reaches total, and ends with the summary', async () => {
    const f = writeFolder(8, (i) => 300 + 7 * i);
    const p = await trustAll(f);
    const { jobId } = await startFolderImport(p.ctx, { folder: f.dir }, files());
    const seen: JobStatus[] = [];
    for (let s = await status(p, jobId); ; s = await status(p, jobId)) {
      seen.push(s);
      if (s.state !== 'running') break;
      await tick();
    }
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ state: 'done', done: 8, total: 8, current: '', error: null });
    expect(last.result).toMatchObject({ imported: 8, refused: 0, text: 'Tổng kết: đã nhập 8 gói, bỏ qua 0 gói trùng, từ chối 0 gói.' });
    for (const s of seen.filter((x) => x.state === 'running')) {
      expect(s.total).toBe(8);
      if (s.done < 8) expect(s.current).toMatch(/^CCHC_\d{5}_000001\.cchc$/);
    }
    // done never goes back.
    expect(seen.map((s) => s.done)).toEqual([...seen.map((s) => s.done)].sort((a, b) => a - b));
    expect(recount(p.file, f.expected)).toEqual({ whole: [...f.expected.keys()].sort(), problems: [] });
  });

  it('"Dừng" mid-way leaves whole bundles only; running again imports the rest', async () => {
    const f = writeFolder(16, (i) => 800 + 11 * i);
    const p = await trustAll(f);
    const { jobId } = await startFolderImport(p.ctx, { folder: f.dir }, files());
    while ((await status(p, jobId)).done < 4) await tick();
    const asked = await dispatch(p.handlers, 'jobs.cancel', { jobId });
    expect(asked).toMatchObject({ ok: true, value: { cancellable: true } });
    const end = (await jobFinished(p.ctx, jobId)) as JobOf<'province.import'>;
    expect(end.state).toBe('cancelled');
    const imported = end.result!.imported;
    expect(imported).toBeGreaterThanOrEqual(4);
    expect(imported).toBeLessThan(16);
    expect(end.result!.text).toContain(`Đã dừng theo yêu cầu: ${imported} gói đã nhập trọn vẹn, ${16 - imported} gói chưa nhập`);
    const after = recount(p.file, f.expected);
    expect(after.problems).toEqual([]);
    expect(after.whole).toHaveLength(imported);

    const again = await startFolderImport(p.ctx, { folder: f.dir }, files());
    const second = await jobFinished(p.ctx, again.jobId);
    expect(second.result).toMatchObject({ imported: 16 - imported, duplicates: imported, refused: 0 });
    expect(recount(p.file, f.expected)).toEqual({ whole: [...f.expected.keys()].sort(), problems: [] });
  });
});

describe('the host while the writer thread imports', () => {
  it('answers app.info between the bundles being written (calls complete while the import runs)', async () => {
    const f = writeFolder(12, (i) => 2_000 + i);
    const p = await trustAll(f);
    const { jobId } = await startFolderImport(p.ctx, { folder: f.dir }, { writerFile, workerFile });
    let answeredMidImport = 0;
    const doneWhenAnswered = new Set<number>();
    for (;;) {
      const before = await status(p, jobId);
      if (before.state !== 'running') break;
      const info = await dispatch(p.handlers, 'app.info', {});
      expect(info.ok).toBe(true);
      const after = await status(p, jobId);
      if (after.state === 'running' && after.done > 0 && after.done < after.total) {
        answeredMidImport++;
        doneWhenAnswered.add(after.done);
      }
      await tick(2);
    }
    expect((await status(p, jobId)).state).toBe('done');
    expect(answeredMidImport).toBeGreaterThan(0);
    // Answers came at several stages of the import, not only around one pause.
    expect(doneWhenAnswered.size).toBeGreaterThan(1);
  });

  it('refuses a second folder import and a restore while one runs, and closing the app stops the import between bundles', async () => {
    const f = writeFolder(12, (i) => 1_500 + 13 * i);
    const p = await trustAll(f);
    const { jobId } = await startFolderImport(p.ctx, { folder: f.dir }, { writerFile, workerFile });
    const second = await dispatch(p.handlers, 'province.import', { folder: f.dir });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('đang chạy') } });
    // A restore would swap the file the writer thread writes to.
    expect(await dispatch(p.handlers, 'backup.restore', { path: f.dir, confirm: true })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('Đang nhập gói từ thư mục') },
    });
    while ((await status(p, jobId)).done < 2) await tick();
    await p.close();
    const { problems, whole } = recount(p.file, f.expected);
    expect(problems).toEqual([]);
    expect(whole.length).toBeLessThan(12);
  });

  it('an unknown job and an unreadable folder get Vietnamese errors at once', async () => {
    const p = await app();
    expect(await dispatch(p.handlers, 'jobs.status', { jobId: '0190f0f0-0000-7000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('Không tìm thấy công việc') },
    });
    expect(await dispatch(p.handlers, 'province.import', { folder: path.join(tempDir(), 'khong-co') })).toMatchObject({
      ok: false,
      error: { code: 'FILE_INVALID', message: expect.stringContaining('Không đọc được thư mục') },
    });
    expect(await dispatch(p.handlers, 'jobs.list', {})).toEqual({ ok: true, value: [] });
  });
});

describe('stopping at any bundle (property)', () => {
  it('whatever bundle the stop comes before, the database holds exactly the bundles before it, each whole', async () => {
    const f = writeFolder(6, (i) => 5 + 3 * i);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 6 }), async (k) => {
        const p = await trustAll(f);
        let asked = 0;
        const s = await importFolder(p.ctx, { folder: f.dir }, { workerFile: null, control: { stopRequested: () => asked++ >= k } });
        const { whole, problems } = recount(p.file, f.expected);
        expect(problems).toEqual([]);
        expect(whole).toEqual([...f.expected.keys()].sort().slice(0, k));
        expect(s.imported).toBe(k);
      }),
      { numRuns: 7 },
    );
  });
});
