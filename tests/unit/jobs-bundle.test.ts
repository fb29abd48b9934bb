import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { dispatch } from '../../shared/contract/dispatch';
import type { JobStatus } from '../../shared/contract/jobs';
import { followJob } from '../helpers/jobs';

/** "Tạo gói và ghi vào USB" as a job: the commune's page shows a bar through collect, sign, write and read back. */
const open = testApps({ demo: true });

const follow = (a: Awaited<ReturnType<typeof open>>, jobId: string): Promise<JobStatus[]> => followJob(a.handlers, jobId);

describe('jobs.start bundles.create', () => {
  it('goes through its four steps and writes the verified bundle the plain call writes', async () => {
    const a = await open();
    const usb = tempDir('cchc-usb-');
    const started = await dispatch(a.handlers, 'jobs.start', { job: 'bundles.create', input: { what: { kind: 'changes' }, folder: usb } });
    if (!started.ok) throw new Error(started.error.message);
    const seen = await follow(a, (started.value as { jobId: string }).jobId);
    const end = seen.at(-1)!;
    expect(end).toMatchObject({ kind: 'bundles.create', state: 'done', done: 4, total: 4, error: null });
    expect(seen.map((s) => s.current)).toEqual(expect.arrayContaining(['Thu thập số liệu', 'Ký gói bằng khoá của xã', 'Ghi ra USB']));
    const written = end.kind === 'bundles.create' ? end.result! : null;
    expect(fs.readdirSync(usb)).toEqual([written!.fileName]);
    expect(written!.path).toBe(path.join(usb, written!.fileName));
    const outbox = await dispatch(a.handlers, 'bundles.outbox', {});
    expect(outbox).toMatchObject({ ok: true, value: [{ hash: expect.any(String) }] });
  });

  it('a USB that is not there fails with the same Vietnamese message as the plain call and writes nothing', async () => {
    const a = await open();
    const gone = path.join(tempDir(), 'khong-co');
    const plain = await dispatch(a.handlers, 'bundles.create', { what: { kind: 'changes' }, folder: gone });
    const started = await dispatch(a.handlers, 'jobs.start', { job: 'bundles.create', input: { what: { kind: 'changes' }, folder: gone } });
    if (!started.ok || plain.ok) throw new Error('expected a started job and a refused plain call');
    const end = (await follow(a, (started.value as { jobId: string }).jobId)).at(-1)!;
    expect(end).toMatchObject({ state: 'failed', error: plain.error.message });
    expect(await dispatch(a.handlers, 'bundles.outbox', {})).toEqual({ ok: true, value: [] });
  });
});
