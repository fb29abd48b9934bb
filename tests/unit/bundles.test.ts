import { ActivityListQuery } from '../../shared/domain/activity';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';
import { insertSubmittedReport, usbFolder } from '../helpers/bundles';
import { createBundle, getBundleCandidates, listOutbox } from '../../db/services/bundles';
import { exportKeyCard, getKeyCard, getKeyInfo } from '../../db/services/keys';
import { addKeyCard } from '../../db/services/province-keys';
import { provinceActivities, communeReport, consolidated, statusMatrix } from '../../db/services/province';
import { importFolder } from '../../db/services/province-import';
import { listActivities } from '../../db/services/activities';
import { getPlanDetail, listPlans } from '../../db/services/plans';
import { periodInfo, periodsOfYear, quarterKeyOf, timeliness } from '../../shared/domain/deadlines';
import { bundleApps, type App } from '../helpers/bundle-apps';

/** A commune writes bundle files and a province reads them back; periods and timeliness of what arrives. */
const { app, provinceTrusting } = bundleApps();

describe('commune → bundle file → province', () => {
  let commune: App;
  let province: App;
  let usb: string;
  beforeAll(async () => {
    commune = await app(true);
    province = await app();
    usb = usbFolder();
  });

  it('writes a verified bundle for a submitted report, and the province reproduces the data', async () => {
    const reportId = await insertSubmittedReport(commune, { periodKey: '2026-q1', submittedAt: '2026-03-05T02:00:00.000Z' });
    const written = await createBundle(commune.ctx, { what: { kind: 'report', reportId }, folder: usb });
    expect(written.verified).toBe(true);
    expect(written.fileName).toBe('CCHC_10903_000001_2026-q1.cchc');
    expect(fs.statSync(written.path).size).toBe(written.size);
    expect(written.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);
    expect(written.fingerprint).toBe((await getKeyInfo(commune.ctx)).fingerprint);
    // Nothing but the bundle in the folder: no temp files left behind.
    expect(fs.readdirSync(usb)).toEqual([written.fileName]);
    expect((await listOutbox(commune.ctx)).map((o) => [o.seq, o.fileName, o.activities])).toEqual([[1, written.fileName, 5]]);

    const card = await exportKeyCard(commune.ctx);
    const cardFile = path.join(tempDir(), card.fileName);
    fs.writeFileSync(cardFile, Buffer.from(card.base64, 'base64'));
    const trusted = await addKeyCard(province.ctx, { path: cardFile });
    expect(trusted).toMatchObject({ communeCode: '10903', communeName: 'xã Quyết Thắng' });

    const summary = await importFolder(province.ctx, { folder: usb });
    expect(summary).toMatchObject({ imported: 1, refused: 0, duplicates: 0 });
    expect(summary.text).toBe('Tổng kết: đã nhập 1 gói, bỏ qua 0 gói trùng, từ chối 0 gói.');

    // Same activities, plan, tasks and report snapshot, field for field.
    const acts = (await listActivities(commune.ctx, ActivityListQuery.parse({ sort: 'date', direction: 'asc', limit: 500 }))).rows;
    const provActs = await provinceActivities(province.ctx, '10903');
    expect(provActs).toEqual([...acts].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)));
    const [planSummary] = await listPlans(commune.ctx, { year: 2026 });
    const detail = await getPlanDetail(commune.ctx, { id: planSummary!.id });
    const provPlan = province.ctx.sqlite.prepare('SELECT data FROM prov_plans').all() as { data: string }[];
    expect(provPlan.map((r) => JSON.parse(r.data))).toEqual([detail.plan]);
    const provTasks = (province.ctx.sqlite.prepare('SELECT data FROM prov_tasks').all() as { data: string }[]).map((r) =>
      JSON.parse(r.data),
    );
    expect(provTasks.sort((a, b) => a.position - b.position)).toEqual(detail.tasks);
    const drill = await communeReport(province.ctx, { communeCode: '10903', period: '2026-q1' });
    expect(drill.report.narrative).toContain('Trong Quý I/2026');
    expect(drill.report.snapshot).toEqual({ totals: { broadcast: 1, online: 1, visual: 1 } });

    const matrix = await statusMatrix(province.ctx, { year: 2026 }, '2026-11-23T00:00:00.000Z');
    const row = matrix.rows.find((r) => r.communeCode === '10903')!;
    expect(row.cells.find((c) => c.periodKey === '2026-q1')!.status).toBe('onTime');
    expect(row.cells.find((c) => c.periodKey === '2026-h1')!.status).toBe('missing');
    expect(row.cells.find((c) => c.periodKey === '2026-year')!.status).toBe('notDue');

    const table = await consolidated(province.ctx, { period: '2026-Q1' }); // what officers type; stored as 2026-q1
    const mine = table.rows.find((r) => r.communeCode === '10903')!;
    expect(mine).toMatchObject({ reported: true, total: 5 });
    expect(mine.counts.meeting).toEqual({ n: 1 });
    expect(mine.counts.tthcPosting).toEqual({ n: 1 });
    expect(table.sum.total).toBe(5);
  });

  it('sends only what changed since the last "changes" bundle, and chains the sequence', async () => {
    const first = await createBundle(commune.ctx, { what: { kind: 'changes' }, folder: usb });
    expect(first.seq).toBe(2);
    expect(first.activities).toBe(5);
    await expect(createBundle(commune.ctx, { what: { kind: 'changes' }, folder: usb })).rejects.toThrow(
      'Không có thay đổi nào kể từ gói gần nhất',
    );
    await commune.handlers['activities.create']({
      date: '2026-04-02',
      title: 'Tin mới sau gói trước',
      taskId: null,
      areas: [],
      unitName: '',
      note: '',
      details: { kind: 'online', channel: 'zalo', postKind: 'tin', url: '', views: null },
    });
    const second = await createBundle(commune.ctx, { what: { kind: 'changes' }, folder: usb });
    expect(second).toMatchObject({ seq: 3, activities: 1, periods: ['2026-q2'] });
    const summary = await importFolder(province.ctx, { folder: usb });
    expect(summary.lines.map((l) => [l.seq, l.status])).toEqual([
      [1, 'duplicate'],
      [2, 'imported'],
      [3, 'imported'],
    ]);
    expect(summary.lines.every((l) => l.gap === null)).toBe(true);
    expect((province.ctx.sqlite.prepare('SELECT count(*) AS n FROM prov_activities').get() as { n: number }).n).toBe(6);
  });

  it('carries a deletion (tombstone) to the province, which then leaves it out of the consolidated table', async () => {
    expect((await getBundleCandidates(commune.ctx)).pendingChanges).toBe(0);
    const meeting = commune.ctx.sqlite.prepare("SELECT id FROM activities WHERE kind = 'meeting'").get() as { id: string };
    const now = new Date(Date.now() + 1000).toISOString();
    commune.ctx.sqlite.prepare('UPDATE activities SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, meeting.id);
    expect((await getBundleCandidates(commune.ctx)).pendingChanges).toBe(1);
    const before = (await consolidated(province.ctx, { period: '2026-q1' })).rows.find((r) => r.communeCode === '10903')!;
    expect(before.counts.meeting).toEqual({ n: 1 });
    await createBundle(commune.ctx, { what: { kind: 'changes' }, folder: usb });
    expect((await importFolder(province.ctx, { folder: usb })).imported).toBe(1);
    const after = (await consolidated(province.ctx, { period: '2026-q1' })).rows.find((r) => r.communeCode === '10903')!;
    expect(after.counts.meeting).toEqual({ n: 0 });
    expect(after.total).toBe(before.total - 1);
  });

  it('refuses to write into a folder that is not there (USB pulled out) and leaves no file', async () => {
    const gone = path.join(tempDir(), 'E');
    await expect(createBundle(commune.ctx, { what: { kind: 'changes' }, folder: gone })).rejects.toThrow(
      /USB có thể chưa cắm hoặc đã bị rút ra/,
    );
    expect(fs.existsSync(gone)).toBe(false);
  });

  it('refuses a report that was not submitted', async () => {
    const id = await insertSubmittedReport(commune, { periodKey: '2026-q2', submittedAt: null });
    await expect(createBundle(commune.ctx, { what: { kind: 'report', reportId: id }, folder: usb })).rejects.toThrow(
      'Báo cáo này chưa được nộp',
    );
  });
});

describe('periods and timeliness (stand-in until shared/domain/period.ts is merged)', () => {
  it('uses the reports keys, accepts what officers type, and ends a deadline day at midnight in Vietnam', () => {
    expect(periodInfo('2026-Q1')).toMatchObject({
      key: '2026-q1',
      label: 'Quý I/2026',
      from: '2025-12-15',
      to: '2026-03-14',
      deadline: '2026-03-10',
    });
    expect(periodInfo('2026-6T')).toMatchObject({ key: '2026-h1', from: '2025-12-15', to: '2026-06-14', deadline: '2026-06-10' });
    expect(periodInfo('2026-n')?.key).toBe('2026-year');
    expect(periodInfo('2026-Q5')).toBeNull();
    expect(periodsOfYear(2027).map((p) => p.key)).toEqual(['2027-q1', '2027-q2', '2027-h1', '2027-q3', '2027-m9', '2027-q4', '2027-year']);
    const q1 = periodInfo('2026-q1')!;
    expect(timeliness(q1, '2026-03-10T16:59:59.000Z', '2026-11-01T00:00:00.000Z')).toBe('onTime');
    expect(timeliness(q1, '2026-03-11T00:30:00+07:00', '2026-11-01T00:00:00.000Z')).toBe('late');
    expect(timeliness(q1, null, '2026-03-10T10:00:00.000Z')).toBe('notDue');
    expect(timeliness(q1, null, '2026-03-10T17:00:00.000Z')).toBe('missing');
    expect([quarterKeyOf('2025-12-15'), quarterKeyOf('2026-03-14'), quarterKeyOf('2026-03-15'), quarterKeyOf('2026-12-14')]).toEqual([
      '2026-q1',
      '2026-q1',
      '2026-q2',
      '2026-q4',
    ]);
  });
});

describe('with the reports feature (issue 6)', () => {
  it('a report created and submitted through the reports service travels in a bundle and shows on time at the province', async () => {
    const commune = await app(true);
    const { createReport, submitReport } = await import('../../db/services/reports');
    const draft = await createReport(commune.ctx, { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
    await (await import('../helpers/reports')).readyToSubmit(commune.ctx, draft.id, '2026-03-09');
    const submitted = await submitReport(commune.ctx, { id: draft.id }, '2026-03-09T03:00:00.000Z');
    const usb = usbFolder();
    const written = await createBundle(commune.ctx, { what: { kind: 'report', reportId: submitted.id }, folder: usb });
    expect(written.periods).toEqual(['2026-q1']);
    const province = await provinceTrusting(await getKeyCard(commune.ctx));
    expect((await importFolder(province.ctx, { folder: usb })).imported).toBe(1);
    const row = (await statusMatrix(province.ctx, { year: 2026 }, '2026-11-23T00:00:00.000Z')).rows[0]!;
    expect(row.cells.find((c) => c.periodKey === '2026-q1')).toMatchObject({ status: 'onTime', version: 1 });
    const drill = await communeReport(province.ctx, { communeCode: '10903', period: '2026-q1' });
    const original = commune.ctx.sqlite.prepare('SELECT snapshot, snapshot_hash FROM reports WHERE id = ?').get(submitted.id) as {
      snapshot: string;
      snapshot_hash: string;
    };
    expect(drill.report.snapshot).toEqual(JSON.parse(original.snapshot));
    expect(drill.report.snapshotHash).toBe(original.snapshot_hash);
  });
});
