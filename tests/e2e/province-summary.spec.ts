import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test, expect } from '@playwright/test';
import { previewServers } from './servers';
import { api } from './api';

const start = previewServers();

/**
 * The reviewer's steps on the screens: the demo commune sends its Quý III report (seq 1), logs
 * more Quý III activities and sends "Tất cả thay đổi" (seq 2). On Tổng hợp (tỉnh) the commune's
 * row carries the figure it signed and says the log differs; the drill-down says so too, and
 * writes the submission moment the same way in its header and its versions list.
 */
test('Bảng tổng hợp shows the submitted report’s figure and the difference from the later log', async ({ page }) => {
  test.setTimeout(180_000);
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-usb-'));
  const commune = await start({ demo: 'year' });
  await page.goto(`${commune.url}#/bundles`);
  const db = new Database(path.join(commune.dataDir, 'cchc.sqlite'), { readonly: true });
  const q3 = db.prepare("SELECT id, snapshot FROM reports WHERE period_key = '2026-q3' AND submitted_at IS NOT NULL").get() as {
    id: string;
    snapshot: string;
  };
  db.close();
  const signed = (JSON.parse(q3.snapshot) as { figures: { totals: { activities: number } } }).figures.totals.activities;
  await api(page, 'bundles.create', { what: { kind: 'report', reportId: q3.id }, folder: usb });
  for (let i = 0; i < 10; i++) {
    await api(page, 'activities.create', {
      date: `2026-08-${10 + i}`,
      title: `Phát thanh bổ sung ${i + 1}`,
      areas: [],
      taskId: null,
      details: { kind: 'broadcast', newsKind: 'tin', durationMinutes: 5, repeats: 1 },
    });
  }
  await api(page, 'bundles.create', { what: { kind: 'changes' }, folder: usb });
  const card = await api<{ fileName: string; base64: string }>(page, 'bundles.keyCard', {});
  const cardFile = path.join(usb, '..', card.fileName);
  fs.writeFileSync(cardFile, Buffer.from(card.base64, 'base64'));

  const province = await start();
  await page.goto(`${province.url}#/province`);
  await api(page, 'province.addKey', { path: cardFile });
  await page.getByLabel('Năm').fill('2026');
  await page.getByLabel('Thư mục chứa các tệp .cchc').fill(usb);
  await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('đã nhập 2 gói');
  await page.getByRole('combobox', { name: 'Kỳ' }).click();
  await page.getByRole('option', { name: 'Quý III/2026' }).click();

  const row = page.getByTestId('consolidated').getByRole('row', { name: /xã Quyết Thắng/ });
  await expect(row.getByRole('cell').nth(8)).toHaveText(String(signed));
  await expect(row.getByTestId('figure-source')).toContainText('Báo cáo đã nộp (bản 1)');
  const note = `Nhật ký sau khi nộp: ${signed + 10} hoạt động (báo cáo đã nộp: ${signed})`;
  await expect(row.getByTestId('figure-difference')).toHaveText(note);
  // The source and difference wrap inside the table: it still fits the smallest supported window.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  await page.getByTestId('consolidated').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('1-tong-hop.png'), fullPage: true });

  // The Báo cáo tổng hợp PDF (print view) carries the same figure and note.
  const [pdf] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Tải báo cáo tổng hợp (PDF)' }).click(),
  ]);
  const pdfFile = test.info().outputPath('tonghop.pdf');
  await pdf.saveAs(pdfFile);
  const text = execFileSync('pdftotext', ['-layout', pdfFile, '-']).toString('utf8').replace(/\s+/g, ' ');
  expect(text).toContain(`xã Quyết Thắng: ${note}.`);
  // …in part II and in the phụ lục's Ghi chú column.
  expect(text.split(note).length - 1).toBe(2);

  await page.getByTestId('consolidated').getByRole('button', { name: 'xã Quyết Thắng' }).click();
  const drill = page.getByTestId('commune-report');
  await expect(drill.getByTestId('drill-difference')).toHaveText(note);
  await expect(drill).toContainText('Bản 1, nộp lúc 09:30 ngày 07/09/2026');
  await expect(page.getByTestId('commune-report-versions')).toContainText('Bản 1, nộp lúc 09:30 ngày 07/09/2026 (mới nhất)');
  await expect(page.getByTestId('commune-report-versions')).not.toContainText('02:30');
  await page.screenshot({ path: test.info().outputPath('2-drill.png'), fullPage: true });
});
