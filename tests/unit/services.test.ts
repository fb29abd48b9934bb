import { afterEach, describe, expect, it } from 'vitest';
import { openTestApp } from '../helpers/app';
import { dispatch } from '../../shared/contract/dispatch';
import { getCommuneSettings, saveCommuneSettings } from '../../db/services/settings';
import { listActivities } from '../../db/services/activities';
import { ActivityListQuery } from '../../shared/domain/activity';

const apps: { close(): Promise<void> }[] = [];
afterEach(async () => {
  while (apps.length) await apps.pop()!.close();
});
async function app(demo = false, dataDir?: string) {
  const a = await openTestApp({ demo, dataDir });
  apps.push(a);
  return a;
}

describe('services on a real SQLite file', () => {
  it('commune settings persist across reopening the same file', async () => {
    const a = await app();
    expect(await getCommuneSettings(a.ctx)).toBeNull();
    await saveCommuneSettings(a.ctx, {
      communeName: 'xã Quyết Thắng',
      communeCode: '10903',
      province: 'thành phố Hải Phòng',
      officerName: 'Nguyễn Thị Lan',
      officerTitle: '',
    });
    await apps.pop()!.close();
    const b = await app(false, a.dataDir);
    expect(await getCommuneSettings(b.ctx)).toMatchObject({ communeName: 'xã Quyết Thắng', communeCode: '10903' });
  });

  it('a wrong commune code is refused with a Vietnamese message and nothing is stored', async () => {
    const a = await app();
    const env = await dispatch(a.handlers, 'settings.save', {
      communeName: 'xã A',
      communeCode: '12',
      province: 'tỉnh B',
      officerName: 'C',
    });
    expect(env).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('5 chữ số') } });
    expect(await getCommuneSettings(a.ctx)).toBeNull();
  });

  it('the demo database holds seed 001 with its 4 phụ lục rows and some activities', async () => {
    const a = await app(true);
    const plans = await dispatch(a.handlers, 'plans.list', {});
    expect(plans.ok && plans.value).toEqual([
      expect.objectContaining({ title: 'Tuyên truyền cải cách hành chính năm 2026', taskCount: 4 }),
    ]);
    if (!plans.ok) return;
    const detail = await dispatch(a.handlers, 'plans.get', { id: (plans.value as { id: string }[])[0]!.id });
    expect(detail.ok).toBe(true);
    if (!detail.ok) return;
    const value = detail.value as { tasks: { content: string; timeText: string }[]; plan: { annex: { columns: unknown[] } } };
    expect(value.tasks.map((t) => t.timeText)).toEqual(['Quý I/2026', 'Cả năm 2026', 'Cả năm 2026', 'Quý I/2026']);
    expect(value.plan.annex.columns).toHaveLength(6);
  });

  it('search ignores diacritics and case, đ included: "dang tai" finds "Đăng tải"', async () => {
    const a = await app(true);
    const page = await listActivities(a.ctx, ActivityListQuery.parse({ search: 'dang tai' }));
    expect(page.rows.map((r) => r.title)).toEqual([expect.stringMatching(/^Đăng tải Kế hoạch/)]);
    const upper = await listActivities(a.ctx, ActivityListQuery.parse({ search: 'ĐĂNG TẢI' }));
    expect(upper.total).toBe(1);
    const none = await listActivities(a.ctx, ActivityListQuery.parse({ search: 'khong co gi nhu the nay' }));
    expect(none.total).toBe(0);
  });

  it('an activity linked to a task that does not exist is refused and nothing is written', async () => {
    const a = await app(true);
    const before = (await listActivities(a.ctx, ActivityListQuery.parse({}))).total;
    const env = await dispatch(a.handlers, 'activities.create', {
      date: '2026-04-01',
      title: 'Tin phát thanh',
      taskId: '01890000-0000-7000-8000-000000000000',
      details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5 },
    });
    expect(env).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('Nhiệm vụ') } });
    expect((await listActivities(a.ctx, ActivityListQuery.parse({}))).total).toBe(before);
  });
});
