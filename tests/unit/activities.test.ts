import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { testApps } from '../helpers/app';
import { fileDigest } from '../helpers/temp';
import { dispatch } from '../../shared/contract/dispatch';
import { addEvidenceBytes, evidencePath, listEvidence, removeEvidence } from '../../db/services/evidence';
import { createActivity, deleteActivity, listActivities, restoreActivity } from '../../db/services/activities';
import { planProgress, dashboard } from '../../db/services/progress';
import { ActivityListQuery, seriesDates, type ActivityFieldsInput } from '../../shared/domain/activity';
import { viSortKey } from '../../shared/vi-sort';
import { compareVi } from '../../shared/text';

const open = testApps({ demo: true });
const app = (demo = true) => open({ demo });
const all = async (a: Awaited<ReturnType<typeof app>>, q: Partial<ActivityListQuery> = {}) =>
  listActivities(a.ctx, ActivityListQuery.parse(q));

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0c1a8a50000000049454e44ae426082',
  'hex',
);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
const broadcast = (over: Partial<ActivityFieldsInput> = {}): ActivityFieldsInput => ({
  date: '2026-04-02',
  title: 'Tin phát thanh về định danh điện tử VNeID',
  details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5 },
  ...over,
});
const evidenceFiles = (dataDir: string) => {
  const dir = path.join(dataDir, 'evidence');
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).filter((f) => /\.[a-z0-9]+$/.test(String(f))).length : 0;
};

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

describe('evidence files', () => {
  it('an .exe renamed .jpg is refused in Vietnamese and nothing is written', async () => {
    const a = await app();
    const act = (await all(a)).rows[0]!;
    const before = fileDigest(a.file);
    const env = await dispatch(a.handlers, 'evidence.add', {
      activityId: act.id,
      name: 'anh-hoi-nghi.jpg',
      base64: EXE.toString('base64'),
    });
    expect(env).toMatchObject({ ok: false, error: { code: 'FILE_INVALID', message: expect.stringContaining('không phải ảnh') } });
    expect(fileDigest(a.file)).toBe(before);
    expect(evidenceFiles(a.dataDir)).toBe(0);
  });

  it('a 500 MB file is refused before it is hashed or stored; over IPC the limit holds too', async () => {
    const a = await app();
    const act = (await all(a)).rows[0]!;
    const before = fileDigest(a.file);
    const huge = Buffer.allocUnsafe(500 * 1024 * 1024);
    await expect(addEvidenceBytes(a.ctx, act.id, 'video.jpg', huge)).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: expect.stringContaining('vượt giới hạn 25 MB'),
    });
    const over = Buffer.concat([PNG, Buffer.alloc(26 * 1024 * 1024)]).toString('base64');
    const env = await dispatch(a.handlers, 'evidence.add', { activityId: act.id, name: 'lon.png', base64: over });
    expect(env).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('lớn hơn 25 MB') } });
    expect(fileDigest(a.file)).toBe(before);
    expect(evidenceFiles(a.dataDir)).toBe(0);
  });

  it('the same file twice is stored once; deleting one activity never removes a file the other uses', async () => {
    const a = await app();
    const [x, y] = (await all(a)).rows;
    const e1 = await addEvidenceBytes(a.ctx, x!.id, 'anh.png', PNG);
    const e2 = await addEvidenceBytes(a.ctx, y!.id, 'anh-copy.png', PNG);
    expect(e1.sha256).toBe(e2.sha256);
    expect(evidenceFiles(a.dataDir)).toBe(1);
    const stored = evidencePath(a.ctx, e1.sha256, 'image/png');
    await deleteActivity(a.ctx, { id: x!.id });
    expect(fs.existsSync(stored)).toBe(true);
    await removeEvidence(a.ctx, { activityId: y!.id, sha256: e1.sha256 });
    expect(fs.existsSync(stored)).toBe(true); // x (deleted, restorable) still links to it
    await restoreActivity(a.ctx, { id: x!.id });
    expect((await listEvidence(a.ctx, { activityId: x!.id })).map((e) => e.name)).toEqual(['anh.png']);
    await removeEvidence(a.ctx, { activityId: x!.id, sha256: e1.sha256 });
    expect(fs.existsSync(stored)).toBe(false);
    const missing = await dispatch(a.handlers, 'evidence.link', { activityId: y!.id, sha256: e1.sha256, name: 'anh.png' });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('Không tìm thấy tệp kiểm chứng') },
    });
  });

  it('a series shares one stored file: linking sends no bytes and counts as evidence', async () => {
    const a = await app();
    const [x, y] = (await all(a)).rows;
    const e = await addEvidenceBytes(a.ctx, x!.id, 'kich-ban.png', PNG);
    expect(await dispatch(a.handlers, 'evidence.link', { activityId: y!.id, sha256: e.sha256, name: 'kich-ban.png' })).toMatchObject({
      ok: true,
      value: { type: 'image' },
    });
    expect((await all(a, { hasEvidence: true })).total).toBe(2);
    expect(evidenceFiles(a.dataDir)).toBe(1);
  });
});

describe('task progress and the dashboard', () => {
  it('linked activities and a manual status move the task and the plan completion', async () => {
    const a = await app();
    const planId = (await a.ctx.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
    const p0 = await planProgress(a.ctx, { planId });
    const task = p0.tasks[0]!;
    await a.ctx.db
      .updateTable('plan_tasks')
      .set({ target_count: task.done + 2 })
      .where('id', '=', task.taskId)
      .execute();
    const p1 = await planProgress(a.ctx, { planId });
    expect(p1.tasks[0]).toMatchObject({ done: task.done, target: task.done + 2, complete: false });
    await dispatch(a.handlers, 'activities.createSeries', {
      fields: broadcast({ taskId: task.taskId }),
      repeat: { every: 'week', times: 2 },
    });
    const p2 = await planProgress(a.ctx, { planId });
    expect(p2.tasks[0]).toMatchObject({ done: task.done + 2, complete: true });
    expect(p2.completedTasks).toBe(p1.completedTasks + 1);
    const other = p2.tasks[1]!;
    expect(
      await dispatch(a.handlers, 'activities.setTaskStatus', { taskId: other.taskId, status: 'done', statusDate: '2026-04-03' }),
    ).toMatchObject({ ok: true });
    const p3 = await planProgress(a.ctx, { planId });
    expect(p3.tasks[1]).toMatchObject({ status: 'done', statusDate: '2026-04-03', complete: true });
    expect(p3.percent).toBe(Math.round(((p2.completedTasks + 1) / p3.totalTasks) * 1000) / 10);
  });

  it('counts this calendar quarter per form, the months, and tasks overdue', async () => {
    const a = await app();
    const d1 = await dashboard(a.ctx, { today: '2026-04-15' });
    await dispatch(a.handlers, 'activities.createSeries', {
      fields: broadcast({ date: '2026-04-01' }),
      repeat: { every: 'day', times: 7 },
    });
    const d2 = await dashboard(a.ctx, { today: '2026-04-15' });
    expect(d2.quarter).toBe(2);
    expect(d2.quarterCounts.broadcast).toBe(d1.quarterCounts.broadcast! + 7);
    expect(d2.monthly[3]!.broadcast).toBe(7);
    expect(d2.yearTotal).toBe(d1.yearTotal + 7);
    // Seed 001 has two "Quý I/2026" tasks: in April they are overdue unless complete.
    expect(d2.overdue.map((t) => t.timeText)).toEqual(expect.arrayContaining(['Quý I/2026']));
  });
});

describe('.xlsx export and import', () => {
  async function sheet(rows: unknown[][]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lịch phát');
    ws.addRow(['Thời gian phát', 'Tên bản tin', 'Cụm loa', 'Thời lượng', 'Trạng thái']);
    rows.forEach((r) => ws.addRow(r));
    return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  }

  it('imports a loudspeaker play log all or nothing, with per-row Vietnamese errors', async () => {
    const a = await app();
    const before = (await all(a)).total;
    const bad = await sheet([
      ['01/04/2026 06:00', 'Bản tin cải cách hành chính số 1', 'Cụm loa thôn 1', '05:30', 'Đã phát'],
      ['31/04/2026 06:00', 'Bản tin số 2', 'Cụm loa thôn 2', '5', 'Đã phát'],
      ['02/04/2026 06:00', '', 'Cụm loa thôn 2', '-3', 'Đã phát'],
    ]);
    const preview = await dispatch(a.handlers, 'activities.importPreview', { base64: bad });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    const p = preview.value as { rows: { row: number; errors: string[] }[]; validCount: number; errorCount: number };
    expect(p.validCount).toBe(1);
    expect(p.rows[1]!.errors).toEqual([expect.stringContaining('Ngày không đọc được')]);
    expect(p.rows[2]!.errors).toEqual(
      expect.arrayContaining([expect.stringContaining('Thiếu tiêu đề'), expect.stringContaining('Thời lượng')]),
    );
    const refused = await dispatch(a.handlers, 'activities.importApply', { base64: bad });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('chưa nhập dòng nào') } });
    expect((await all(a)).total).toBe(before);

    const good = await sheet([
      ['01/04/2026 06:00', 'Bản tin cải cách hành chính số 1', 'Cụm loa thôn 1', '05:30', 'Đã phát'],
      [new Date(Date.UTC(2026, 3, 2, 17, 0)), 'Bản tin cải cách hành chính số 2', 'Cụm loa thôn 2', 7, 'Đã phát'],
    ]);
    expect(await dispatch(a.handlers, 'activities.importApply', { base64: good })).toMatchObject({ ok: true, value: { created: 2 } });
    const rows = (await all(a, { search: 'ban tin cai cach', sort: 'date', direction: 'asc' })).rows;
    expect(
      rows.map((r) => [
        r.date,
        r.details.kind === 'broadcast' && r.details.durationMinutes,
        r.details.kind === 'broadcast' && r.details.slots,
      ]),
    ).toEqual([
      ['2026-04-01', 6, ['06:00']],
      ['2026-04-02', 7, ['17:00']],
    ]);
    const junk = await dispatch(a.handlers, 'activities.importPreview', { base64: Buffer.from('not a zip').toString('base64') });
    expect(junk).toMatchObject({ ok: false, error: { code: 'FILE_INVALID', message: expect.stringContaining('không phải tệp Excel') } });
  });

  it('exports exactly the filtered list to a real .xlsx', async () => {
    const a = await app();
    const env = await dispatch(a.handlers, 'activities.exportXlsx', { kinds: ['broadcast', 'online'] });
    expect(env.ok).toBe(true);
    if (!env.ok) return;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((env.value as { base64: string }).base64, 'base64') as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(4).value).toBe('Nội dung');
    const titles = [2, 3].map((n) => String(ws.getRow(n).getCell(4).value));
    expect(ws.actualRowCount).toBe(3);
    expect(titles.sort()).toEqual(
      [
        'Tin: Hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia',
        'Đăng tải Kế hoạch tuyên truyền CCHC năm 2026 trên Cổng thông tin điện tử xã',
      ].sort(),
    );
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

describe('.xlsx import of other forms', () => {
  it('imports panô/băng rôn rows with their count and place, and names a wrong type in Vietnamese', async () => {
    const a = await app(false);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Trực quan');
    ws.addRow(['Ngày', 'Nội dung', 'Loại', 'Số lượng', 'Địa điểm']);
    ws.addRow(['05/05/2026', 'Băng rôn chào mừng ngày CCHC', 'Băng rôn', 4, 'Trụ sở UBND xã']);
    ws.addRow(['06/05/2026', 'Panô dịch vụ công', 'Pano', '2', 'Ngã ba chợ']);
    ws.addRow(['07/05/2026', 'Tranh cổ động', 'Tranh', 1, 'Nhà văn hoá']);
    const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const p = await dispatch(a.handlers, 'activities.importPreview', { base64, kind: 'visual' });
    expect(p.ok && (p.value as { rows: { errors: string[] }[] }).rows.map((r) => r.errors)).toEqual([
      [],
      [],
      [expect.stringContaining('Loại không hợp lệ (chỉ nhận: Panô, Áp phích, Băng rôn, Khẩu hiệu)')],
    ]);
    ws.spliceRows(4, 1);
    const good = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    expect(await dispatch(a.handlers, 'activities.importApply', { base64: good, kind: 'visual' })).toMatchObject({
      ok: true,
      value: { created: 2 },
    });
    const rows = (await all(a, { sort: 'date', direction: 'asc' })).rows;
    expect(rows.map((r) => r.details)).toEqual([
      expect.objectContaining({ kind: 'visual', visualKind: 'bangRon', count: 4, locations: 'Trụ sở UBND xã' }),
      expect.objectContaining({ kind: 'visual', visualKind: 'pano', count: 2, locations: 'Ngã ba chợ' }),
    ]);
  });
});
