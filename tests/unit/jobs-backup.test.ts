import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { dispatch } from '../../shared/contract/dispatch';
import { evidenceDir } from '../../db/backup/paths';
import type { JobOf, JobStatus } from '../../shared/contract/jobs';
import { followJob } from '../helpers/jobs';

/** "Sao lưu ra USB" as a job: the same service and result as the plain call, with a bar and no "Dừng". */
const open = testApps({ demo: true });
type App = Awaited<ReturnType<typeof open>>;

async function call<T>(a: App, channel: string, input: unknown): Promise<T> {
  const env = await dispatch(a.handlers, channel, input);
  if (!env.ok) throw new Error(env.error.message);
  return env.value as T;
}

const follow = (a: App, jobId: string): Promise<JobStatus[]> => followJob(a.handlers, jobId);

const countFiles = (dir: string): number =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length : 0;

describe('jobs.start backup.toFolder', () => {
  it('reports the database pages then each evidence file, ends at total, and gives the backup the plain call gives', async () => {
    const a = await open();
    const activityId = (a.ctx.sqlite.prepare('SELECT id FROM activities WHERE deleted_at IS NULL LIMIT 1').get() as { id: string }).id;
    for (let i = 0; i < 3; i++)
      await call(a, 'evidence.add', {
        activityId,
        name: `bien-ban-${i}.pdf`,
        base64: Buffer.from(`%PDF-1.4\n% ${i}\n%%EOF\n`).toString('base64'),
        thumbnailBase64: null,
      });
    const pages = a.ctx.sqlite.pragma('page_count', { simple: true }) as number;
    const files = countFiles(evidenceDir(a.dataDir));
    expect(files).toBeGreaterThanOrEqual(3);

    const usb = tempDir('cchc-usb-');
    const { jobId } = await call<{ jobId: string }>(a, 'jobs.start', { job: 'backup.toFolder', input: { folder: usb } });
    // Nothing to stop safely half-way: the request is answered, the backup runs on.
    expect(await call<JobStatus>(a, 'jobs.cancel', { jobId })).toMatchObject({ cancellable: false, state: 'running' });
    const seen = await follow(a, jobId);
    const end = seen.at(-1) as JobOf<'backup.toFolder'>;
    expect(end).toMatchObject({ kind: 'backup.toFolder', state: 'done', error: null, total: pages + files, done: pages + files });
    expect(seen.some((s) => s.state === 'running' && s.current === 'Sao chép cơ sở dữ liệu')).toBe(true);
    expect(end.result!.cancelled).toBe(false);
    expect(path.dirname(end.result!.path!)).toBe(usb);
    expect(countFiles(path.join(end.result!.path!, 'evidence'))).toBe(files);
    // The same service behind the plain channel.
    const plain = await call<{ summary: unknown }>(a, 'backup.toFolder', { folder: tempDir('cchc-usb-') });
    expect(Object.keys(end.result!.summary!).sort()).toEqual(Object.keys(plain.summary!).sort());
  });

  it('a USB that is not there fails the job with the same Vietnamese message as the plain call', async () => {
    const a = await open();
    const gone = path.join(tempDir(), 'khong-co');
    const plain = await dispatch(a.handlers, 'backup.toFolder', { folder: gone });
    const { jobId } = await call<{ jobId: string }>(a, 'jobs.start', { job: 'backup.toFolder', input: { folder: gone } });
    const end = (await follow(a, jobId)).at(-1)!;
    expect(plain.ok).toBe(false);
    expect(end).toMatchObject({ state: 'failed', error: !plain.ok ? plain.error.message : '' });
    expect(end.error).toContain('USB');
  });

  it('refuses a channel that does not run as a job, in Vietnamese', async () => {
    const a = await open();
    const env = await dispatch(a.handlers, 'jobs.start', { job: 'backup.restore', input: { path: '/tmp', confirm: true } });
    expect(env).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!env.ok && env.error.message).not.toMatch(/[Ii]nvalid|[Ee]xpected/);
  });
});
