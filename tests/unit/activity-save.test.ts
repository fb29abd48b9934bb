import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { fileDigest } from '../helpers/temp';
import { dispatch } from '../../shared/contract/dispatch';

const open = testApps({ demo: true });
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0c1a8a50000000049454e44ae426082',
  'hex',
);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
const fields = {
  date: '2026-04-02',
  title: 'Tin phát thanh lịch tiếp công dân',
  details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5 },
};
const file = (name: string, bytes: Buffer) => ({ name, base64: bytes.toString('base64') });
const storedFiles = (dataDir: string) => {
  const dir = path.join(dataDir, 'evidence');
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).filter((f) => /\.[a-z0-9]+$/.test(String(f))).length : 0;
};
const liveCount = (a: Awaited<ReturnType<typeof open>>) =>
  (a.ctx.sqlite.prepare('SELECT count(*) n FROM activities WHERE deleted_at IS NULL').get() as { n: number }).n;

describe('activities.save: the activity and its files in one call, one transaction', () => {
  it('a series with a file: every activity links the one stored file', async () => {
    const a = await open();
    const env = await dispatch(a.handlers, 'activities.save', {
      fields,
      repeat: { every: 'week', times: 3 },
      files: [file('anh.png', PNG)],
    });
    expect(env.ok, JSON.stringify(env)).toBe(true);
    const saved = (env as { value: { id: string; evidenceCount: number; date: string }[] }).value;
    expect(saved.map((s) => s.date)).toEqual(['2026-04-02', '2026-04-09', '2026-04-16']);
    expect(saved.every((s) => s.evidenceCount === 1)).toBe(true);
    expect(storedFiles(a.dataDir)).toBe(1);
  });

  it('one bad file among good ones: nothing is saved, no file is left behind', async () => {
    const a = await open();
    const count = liveCount(a);
    const before = fileDigest(a.file);
    const env = await dispatch(a.handlers, 'activities.save', { fields, files: [file('anh.png', PNG), file('chuong-trinh.jpg', EXE)] });
    expect(env).toMatchObject({ ok: false, error: { code: 'FILE_INVALID', message: expect.stringContaining('không phải ảnh') } });
    expect(liveCount(a)).toBe(count);
    expect(fileDigest(a.file)).toBe(before);
    expect(storedFiles(a.dataDir)).toBe(0);
  });

  it('a refusal inside the transaction (a task that is gone) rolls back the activity and removes the stored file', async () => {
    const a = await open();
    const count = liveCount(a);
    const env = await dispatch(a.handlers, 'activities.save', {
      fields: { ...fields, taskId: '01890000-0000-7000-8000-000000000000' },
      files: [file('anh.png', PNG)],
    });
    expect(env).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(liveCount(a)).toBe(count);
    expect(storedFiles(a.dataDir)).toBe(0);
    expect(a.ctx.sqlite.prepare('SELECT count(*) n FROM evidence_files').get()).toEqual({ n: 0 });
  });

  it('an edit with a new file keeps who entered it and links the file', async () => {
    const a = await open();
    const first = await dispatch(a.handlers, 'activities.save', { fields });
    const id = (first as { value: { id: string }[] }).value[0]!.id;
    const env = await dispatch(a.handlers, 'activities.save', {
      id,
      fields: { ...fields, title: 'Đã sửa' },
      files: [file('anh.png', PNG)],
    });
    expect(env).toMatchObject({ ok: true, value: [{ id, title: 'Đã sửa', evidenceCount: 1 }] });
  });
});

describe('activities.taskOptions', () => {
  it('lists every live task of every plan with its plan, in one light call', async () => {
    const a = await open();
    const env = await dispatch(a.handlers, 'activities.taskOptions', {});
    expect(env.ok).toBe(true);
    const options = (env as { value: { taskId: string; content: string; planTitle: string }[] }).value;
    const live = a.ctx.sqlite
      .prepare('SELECT count(*) n FROM plan_tasks t JOIN plans p ON p.id = t.plan_id WHERE t.deleted_at IS NULL AND p.deleted_at IS NULL')
      .get() as { n: number };
    expect(options).toHaveLength(live.n);
    expect(options.length).toBeGreaterThan(0);
    expect(options.every((o) => o.content.length > 0 && o.planTitle.length > 0)).toBe(true);
  });
});
