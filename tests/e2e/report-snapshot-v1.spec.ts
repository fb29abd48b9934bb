import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { test, expect } from '@playwright/test';
import { previewServers } from './servers';

const start = previewServers();
const FIXTURE = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/snapshot-v1');

/**
 * The committed v1 report (made with the code before issue 12) prints: the print view and the
 * PDF show its frozen number, signer and figures whatever today's report shapes are.
 */
test('a report submitted as cchc-report/1 opens, prints and exports to PDF', async ({ page }) => {
  const app = await start();
  const row = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'report-row.json'), 'utf8')) as Record<string, unknown>;
  const db = new Database(path.join(app.dataDir, 'cchc.sqlite'));
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO reports (${cols.join(',')}) VALUES (${cols.map((c) => '@' + c).join(',')})`).run(row);
  db.close();

  await page.goto(`${app.url}#/reports/${String(row.id)}`);
  await expect(page.getByTestId('report-status')).toHaveText('Đã nộp');
  await expect(page.getByLabel('Số văn bản')).toHaveValue('Số: 15/BC-UBND');

  await page.goto(`${app.url}#/print/report/${String(row.id)}`);
  await expect(page.locator('.nd30')).toContainText('Trần Văn Bình');
  await expect(page.locator('.nd30')).toContainText('Trong Quý I năm 2026, UBND xã Quyết Thắng');

  await page.goto(`${app.url}#/reports/${String(row.id)}`);
  await page.getByRole('tab', { name: 'In / xuất tệp' }).click();
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Xuất PDF' }).click(),
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-v1-')), dl.suggestedFilename());
  await dl.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8').replace(/\s+/g, ' ');
  expect(text).toContain('Số: 15/BC-UBND');
  expect(text).toContain('Trần Văn Bình');
  expect(text).toMatch(/Tổng số hoạt động\s+hoạt động\s+5\s+5/);
});
