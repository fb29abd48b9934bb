import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { fileDigest } from '../helpers/temp';
import { dispatch } from '../../shared/contract/dispatch';
import { addEvidenceBytes } from '../../db/services/evidence';
import { createActivity, deleteActivity, restoreActivity } from '../../db/services/activities';
import { seriesDates } from '../../shared/domain/activity';
import { viSortKey } from '../../shared/vi-sort';
import { compareVi } from '../../shared/text';
import { all, PNG, EXE, broadcast, evidenceFiles } from '../helpers/activity-fixtures';

/** Logging activities: input checked before writing, fast entry, Vietnamese order, list filters and search keys. */
const open = testApps({ demo: true });
const app = (demo = true) => open({ demo });

describe('activity input is checked before anything is written', () => {
  const cases: [string, unknown, RegExp][] = [
    ['a negative count', broadcast({ details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: -5 } }), /không được là số âm/i],
    [
      'panô taken down before put up',
      {
        date: '2026-04-02',
        title: 'Panô',
        details: { kind: 'visual', visualKind: 'pano', count: 2, startDate: '2026-05-01', endDate: '2026-04-01' },
      },
      /Ngày kết thúc không được trước ngày bắt đầu/,
    ],
    [
      'a contest ending before it starts',
      {
        date: '2026-04-02',
        title: 'Cuộc thi',
        details: { kind: 'contest', participants: 10, startDate: '2026-05-01', endDate: '2026-04-01' },
      },
      /Ngày kết thúc/,
    ],
    ['an impossible date', broadcast({ date: '2026-02-30' }), /Ngày không hợp lệ/],
    ['no title', broadcast({ title: '   ' }), /Không được để trống/],
  ];
  it.each(cases)('%s is refused in Vietnamese over IPC and the database file is unchanged', async (_name, input, message) => {
    const a = await app();
    const before = fileDigest(a.file);
    const env = await dispatch(a.handlers, 'activities.create', input);
    expect(env).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } });
    expect(fileDigest(a.file)).toBe(before);
  });

  it('the services refuse the same input with the same Vietnamese messages when called directly', async () => {
    const a = await app();
    const act = (await all(a)).rows[0]!;
    const count = (await all(a)).total;
    const before = fileDigest(a.file);
    const neg = {
      date: '2026-04-02',
      title: 'Tờ rơi',
      taskId: null,
      areas: [],
      unitName: '',
      note: '',
      details: { kind: 'publication', publicationKind: 'toRoi', count: -100 },
    } as never;
    await expect(createActivity(a.ctx, neg)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('Không được là số âm'),
    });
    await expect(addEvidenceBytes(a.ctx, act.id, 'chuong-trinh.jpg', EXE)).rejects.toMatchObject({
      code: 'FILE_INVALID',
      message: expect.stringContaining('không phải ảnh'),
    });
    expect(fileDigest(a.file)).toBe(before);
    expect(evidenceFiles(a.dataDir)).toBe(0);
    const ghost = {
      ...broadcast(),
      taskId: '01890000-0000-7000-8000-000000000000',
      areas: [],
      unitName: '',
      note: '',
      details: { kind: 'broadcast', newsKind: 'tin', slots: [], durationMinutes: 5, repeats: 1, station: '' },
    } as never;
    await expect(createActivity(a.ctx, ghost)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('Nhiệm vụ kế hoạch'),
    });
    expect((await all(a)).total).toBe(count);
  });

  it('an unknown task id is refused for a single activity, a series and an update; nothing is written', async () => {
    const a = await app();
    const before = (await all(a)).total;
    const ghost = '01890000-0000-7000-8000-000000000000';
    const one = await dispatch(a.handlers, 'activities.create', broadcast({ taskId: ghost }));
    expect(one).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('Nhiệm vụ kế hoạch') } });
    const series = await dispatch(a.handlers, 'activities.createSeries', {
      fields: broadcast({ taskId: ghost }),
      repeat: { every: 'day', times: 7 },
    });
    expect(series).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const target = (await all(a)).rows[0]!;
    const upd = await dispatch(a.handlers, 'activities.update', { id: target.id, fields: broadcast({ taskId: ghost }) });
    expect(upd).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await all(a)).total).toBe(before);
    expect((await all(a)).rows.find((r) => r.id === target.id)!.title).toBe(target.title);
  });
});

describe('fast entry', () => {
  it('a broadcast series of 7 days creates 7 activities in one go', async () => {
    const a = await app();
    const env = await dispatch(a.handlers, 'activities.createSeries', {
      fields: broadcast({ date: '2026-04-27' }),
      repeat: { every: 'day', times: 7 },
    });
    expect(env.ok).toBe(true);
    const rows = (await all(a, { search: 'dinh danh vneid', sort: 'date', direction: 'asc' })).rows;
    expect(rows.map((r) => r.date)).toEqual([
      '2026-04-27',
      '2026-04-28',
      '2026-04-29',
      '2026-04-30',
      '2026-05-01',
      '2026-05-02',
      '2026-05-03',
    ]);
    expect(seriesDates('2026-01-31', { every: 'month', times: 3 })).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });

  it('delete hides an activity, undo brings it back with its evidence', async () => {
    const a = await app();
    const act = await createActivity(a.ctx, {
      ...broadcast(),
      taskId: null,
      areas: [],
      unitName: '',
      note: '',
      details: { kind: 'broadcast', newsKind: 'tin', slots: [], durationMinutes: 5, repeats: 1, station: '' },
    });
    await addEvidenceBytes(a.ctx, act.id, 'anh.png', PNG);
    await deleteActivity(a.ctx, { id: act.id });
    expect((await all(a, { search: 'dinh danh vneid' })).total).toBe(0);
    const back = await restoreActivity(a.ctx, { id: act.id });
    expect(back.evidenceCount).toBe(1);
    expect((await all(a, { search: 'dinh danh vneid', hasEvidence: true })).total).toBe(1);
  });

  it('sorts titles in Vietnamese order (Đ after D, Ă after A), not by code points', async () => {
    const words = ['Đài', 'Dân', 'Ăn', 'An', 'Ấp', 'Bé', 'đa', 'Ơn', 'Ôm', 'Ong'];
    const a = await app(false);
    for (const title of words) await dispatch(a.handlers, 'activities.create', broadcast({ title }));
    const rows = (await all(a, { sort: 'title', direction: 'asc' })).rows.map((r) => r.title);
    expect(rows).toEqual([...words].sort(compareVi));
    expect(rows.indexOf('Đài')).toBeGreaterThan(rows.indexOf('Dân'));
    expect(viSortKey('ă') > viSortKey('a')).toBe(true);
  });
});

describe('migration 0003 on activities stored by 0001', () => {
  it('adds Vietnamese sort keys and keeps soft-deleted rows out of search', async () => {
    const { default: BetterSqlite3 } = await import('better-sqlite3');
    const { Kysely, SqliteDialect } = await import('kysely');
    const { migrate } = await import('../../db/migrate');
    const { tempDir } = await import('../helpers/temp');
    const file = path.join(tempDir(), 'old.sqlite');
    const sqlite = new BetterSqlite3(file);
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrate(db, sqlite, 1);
    const ins =
      sqlite.prepare(`INSERT INTO activities (id, created_at, updated_at, deleted_at, kind, date, task_id, title, unit_name, areas, details, note, quantity, entered_by, search_text)
      VALUES (?, 't', 't', ?, 'broadcast', '2026-02-03', NULL, ?, 'Đài xã', '["procedures"]', '{}', '', 1, 'x', ?)`);
    ins.run('a1', null, 'Đăng tải hồ sơ', 'dang tai ho so');
    ins.run('a2', 't2', 'Đăng tải bản nháp', 'dang tai ban nhap');
    const logBefore = sqlite.prepare('SELECT count(*) n FROM change_log').get();
    await migrate(db, sqlite);
    expect(sqlite.prepare("SELECT rowid FROM activities_fts WHERE activities_fts MATCH 'dang tai'").all()).toHaveLength(1);
    expect(sqlite.prepare("SELECT title_key != '' k, area_mask, kind_rank FROM activities WHERE id = 'a1'").get()).toEqual({
      k: 1,
      area_mask: 2,
      kind_rank: 3,
    });
    expect(sqlite.prepare('SELECT count(*) n FROM change_log').get()).toEqual(logBefore);
    await db.destroy();
  });
});

describe('list filters', () => {
  it('"Ngoài kế hoạch" shows only activities linked to no task; area and evidence filters combine', async () => {
    const a = await app();
    const outside = await all(a, { outsidePlan: true });
    expect(outside.rows.map((r) => r.title)).toEqual([expect.stringContaining('Niêm yết công khai')]);
    const proc = await all(a, { area: 'procedures' });
    expect(proc.rows.every((r) => r.areas.includes('procedures'))).toBe(true);
    expect(proc.total).toBe(3);
    expect((await all(a, { area: 'procedures', hasEvidence: true })).total).toBe(0);
  });
});
