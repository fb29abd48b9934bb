import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp, type AppHost } from '../../db/host';
import { headlessPlatform } from '../../db/services/platform';
import { dispatch } from '../../shared/contract/dispatch';
import { createBundle } from '../../db/services/bundles';
import { exportKeyCard } from '../../db/services/keys';
import { bundleArg } from '../../electron/opened-file';
import { fileDigest, tempDir } from '../helpers/temp';
import { usbFolder } from '../helpers/bundles';

const hosts: AppHost[] = [];
afterAll(async () => {
  for (const h of hosts) await h.close();
});

/** A host whose OS "double-clicked" the given file, as Electron main and the preview's --open do. */
async function hostOpening(file: string | null, demo = false) {
  let opened = file;
  const host = await openApp({
    dataDir: tempDir(),
    runtime: 'cli',
    appVersion: 'test',
    demo,
    platform: { ...headlessPlatform, takeOpenedFile: () => [opened, (opened = null)][0] as string | null },
  });
  hosts.push(host);
  return host;
}

describe('double-clicking a .cchc bundle', () => {
  it('Windows passes the file as an argument; flags and other files are not bundles', () => {
    expect(bundleArg(['C:\\App\\Tuyen truyen CCHC.exe', 'E:\\CCHC_10903_000001_2026-q1.cchc'])).toBe('E:\\CCHC_10903_000001_2026-q1.cchc');
    expect(bundleArg(['app.exe', '--inspect', 'E:\\GOI.CCHC'])).toBe('E:\\GOI.CCHC');
    expect(bundleArg(['app.exe', '--flag=x.cchc', 'notes.txt'])).toBeNull();
    expect(bundleArg(['E:\\only-the-exe-path.cchc'])).toBeNull();
  });

  it('the renderer is handed the opened file once, then imports it after the signature checks', async () => {
    const commune = await hostOpening(null, true);
    const written = await createBundle(commune.ctx, { what: { kind: 'changes' }, folder: usbFolder() });
    const card = await exportKeyCard(commune.ctx);
    const cardFile = path.join(tempDir(), card.fileName);
    fs.writeFileSync(cardFile, Buffer.from(card.base64, 'base64'));

    const province = await hostOpening(written.path);
    expect(await dispatch(province.handlers, 'province.addKey', { path: cardFile })).toMatchObject({ ok: true });
    expect(await dispatch(province.handlers, 'app.openedFile', {})).toEqual({ ok: true, value: { path: written.path } });
    expect(await dispatch(province.handlers, 'app.openedFile', {})).toEqual({ ok: true, value: { path: null } });
    const first = await dispatch(province.handlers, 'province.importFile', { path: written.path });
    expect(first).toMatchObject({ ok: true, value: { status: 'imported', communeCode: '10903', activities: 5 } });
    const again = await dispatch(province.handlers, 'province.importFile', { path: written.path });
    expect(again).toMatchObject({ ok: true, value: { status: 'duplicate' } });
  });

  it('a damaged or unknown file is refused in Vietnamese and the province database does not change', async () => {
    const dir = tempDir();
    const broken = path.join(dir, 'GOI_HONG.cchc');
    fs.writeFileSync(broken, 'đây không phải gói dữ liệu');
    const province = await hostOpening(broken);
    const db = path.join(province.ctx.dataDir, 'cchc.sqlite');
    const before = fileDigest(db);
    for (const p of [broken, path.join(dir, 'khong-co.cchc')]) {
      const env = await dispatch(province.handlers, 'province.importFile', { path: p });
      expect(env).toMatchObject({
        ok: true,
        value: { status: 'refused', message: expect.stringMatching(/[ÀÁẢÃẠĂÂĐÊÔƠƯàáảãạăâđêôơưệọịụ]/) },
      });
    }
    expect(fileDigest(db)).toBe(before);
  });
});
