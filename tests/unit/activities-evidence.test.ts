import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { fileDigest } from '../helpers/temp';
import { dispatch } from '../../shared/contract/dispatch';
import { addEvidenceBytes, evidencePath, listEvidence, removeEvidence } from '../../db/services/evidence';
import { deleteActivity, restoreActivity } from '../../db/services/activities';
import { all, PNG, EXE, evidenceFiles } from '../helpers/activity-fixtures';

/** Evidence files of activities: refused when hostile or huge, stored once, shared by a series. */
const open = testApps({ demo: true });
const app = (demo = true) => open({ demo });

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
