import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';
import { startPreview } from '../../preview/server';
import { openTestApp } from '../helpers/app';
import { tempDir } from '../helpers/temp';
import { builtHostWorker } from '../helpers/host-worker';
import { insertSubmittedReport, usbFolder } from '../helpers/bundles';
import { createBundle } from '../../db/services/bundles';
import { exportKeyCard } from '../../db/services/keys';
import { saveCommuneSettings } from '../../db/services/settings';
import { isEmptyInstall, loadDemo } from '../../db/services/demo-data';
import { addKeyCard } from '../../db/services/province-keys';
import { DB_FILE_NAME } from '../../db/host';
import { PASSPHRASE_FILE } from '../../db/services/key-protect';

/**
 * Demo data goes only into a brand-new, truly empty database (issue 16 review): the province's
 * database made by `cchc`, or a commune's holding only its settings, is opened by the preview
 * with --demo and stays exactly as it was — no demo row, no demo flag.
 */
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  while (closers.length) await closers.pop()!();
});

/** Starts the preview's server on the folder with the demo year asked for, stops it, and reads the file as it was left. */
async function openWithDemo(dataDir: string): Promise<{ demoFlag: number; activities: number; communes: number; settings: number }> {
  const rendererDir = tempDir('cchc-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><body></body></html>');
  const preview = await startPreview({
    dataDir,
    rendererDir,
    port: 0,
    demo: 'year',
    appVersion: 'test',
    hostWorker: await builtHostWorker(),
  });
  await preview.stop();
  const db = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: true });
  try {
    const n = (q: string) => Number((db.prepare(q).get() as { n: number }).n);
    return {
      demoFlag: n(`SELECT count(*) AS n FROM settings WHERE key = 'demo'`),
      activities: n(`SELECT count(*) AS n FROM activities`),
      communes: n(`SELECT count(*) AS n FROM communes`),
      settings: n(`SELECT count(*) AS n FROM settings`),
    };
  } finally {
    db.close();
  }
}

describe('demo data only on a brand-new database', () => {
  it('a province database made by the cchc CLI (a key registered, a bundle imported) gets no demo when the preview opens it with --demo', async () => {
    const commune = await openTestApp({ demo: true });
    closers.push(() => commune.close());
    const usb = usbFolder();
    const reportId = await insertSubmittedReport(commune, { periodKey: '2026-q1', submittedAt: '2026-03-12T09:00:00.000Z' });
    await createBundle(commune.ctx, { what: { kind: 'report', reportId }, folder: usb });
    const card = await exportKeyCard(commune.ctx);
    const cardFile = path.join(tempDir(), card.fileName);
    fs.writeFileSync(cardFile, Buffer.from(card.base64, 'base64'));

    const province = tempDir('cchc-province-');
    const quiet = () => undefined;
    expect(await runCli(['--data-dir', province, 'keys', 'add', cardFile], quiet)).toBe(0);
    expect(await runCli(['--data-dir', province, 'import', usb], quiet)).toBe(0);

    expect(await openWithDemo(province)).toEqual({ demoFlag: 0, activities: 0, communes: 1, settings: 0 });
  });

  it('a province database with only a trusted key, and a commune with only its settings, are not empty either; a new folder is', async () => {
    const keyOnly = await openTestApp();
    closers.push(() => keyOnly.close());
    const source = await openTestApp();
    closers.push(() => source.close());
    await saveCommuneSettings(source.ctx, {
      communeName: 'xã Tân Lập',
      communeCode: '10001',
      province: 'tỉnh Phú Thọ',
      officerName: 'Lan',
      officerTitle: '',
    });
    const card = await exportKeyCard(source.ctx);
    const cardFile = path.join(tempDir(), card.fileName);
    fs.writeFileSync(cardFile, Buffer.from(card.base64, 'base64'));
    await addKeyCard(keyOnly.ctx, { path: cardFile });
    expect(await isEmptyInstall(keyOnly.ctx)).toBe(false);
    expect(await isEmptyInstall(source.ctx)).toBe(false);
    await expect(loadDemo(keyOnly.ctx)).rejects.toThrow('Đã có dữ liệu nên không nạp dữ liệu mẫu');

    const settingsOnly = tempDir();
    const app = await openTestApp({ dataDir: settingsOnly });
    await saveCommuneSettings(app.ctx, {
      communeName: 'xã Tân Lập',
      communeCode: '10001',
      province: 'tỉnh Phú Thọ',
      officerName: 'Lan',
      officerTitle: '',
    });
    await app.close();
    expect(await openWithDemo(settingsOnly)).toMatchObject({ demoFlag: 0, activities: 0, settings: 1 });

    // A new folder is empty, even with the machine passphrase the preview writes at start; a signing key makes it not.
    const fresh = await openTestApp();
    closers.push(() => fresh.close());
    fs.mkdirSync(path.join(fresh.dataDir, 'keys'), { recursive: true });
    fs.writeFileSync(path.join(fresh.dataDir, PASSPHRASE_FILE), 'x');
    expect(await isEmptyInstall(fresh.ctx)).toBe(true);
    fs.writeFileSync(path.join(fresh.dataDir, 'keys', 'commune-key.json'), '{}');
    expect(await isEmptyInstall(fresh.ctx)).toBe(false);
  });
});
