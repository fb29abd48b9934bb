import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test, expect, type Page } from '@playwright/test';
import { previewServers } from './servers';
import { canonicalJson, snapshotHash } from '../../db/services/canonical-json';
import { ReportSnapshot, SNAPSHOT_FORMAT } from '../../shared/domain/report';
import { api } from './api';

const start = previewServers();

/**
 * A real Quý I report: drafted by the reports services, then frozen as submitted on 5/3 (before
 * the 10/3 deadline) with the same snapshot and hash the submit service writes, as if the
 * officer had sent it then (the service stamps the current time).
 */
async function submitQ1Report(page: Page, dataDir: string): Promise<void> {
  const r = await api<{ id: string; doc: { sections: Record<string, string> } & Record<string, unknown> }>(page, 'reports.create', {
    kind: 'q1',
    year: 2026,
  });
  const doc = {
    ...r.doc,
    numberText: '15/BC-UBND',
    reportDate: '2026-03-05',
    sections: { ...r.doc.sections, results: 'Trong Quý I/2026, UBND xã đã thực hiện 3 tin, bài phát thanh.' },
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', deputy: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Mai Đàm Thanh Vân' },
  };
  await api(page, 'reports.saveDoc', { id: r.id, doc });
  const view = await api<{ report: { doc: unknown; from: string; to: string }; label: string; figures: unknown; commune: unknown }>(
    page,
    'reports.get',
    { id: r.id },
  );
  const at = '2026-03-05T02:00:00.000Z';
  const snapshot = ReportSnapshot.parse({
    format: SNAPSHOT_FORMAT,
    report: { kind: 'q1', year: 2026, periodKey: '2026-q1', version: 1, label: view.label, from: view.report.from, to: view.report.to },
    commune: view.commune,
    doc: view.report.doc,
    figures: view.figures,
    estimate: null,
    cumulative: null,
    submittedAt: at,
    outline: null,
  });
  const db = new Database(path.join(dataDir, 'cchc.sqlite'));
  db.prepare(`UPDATE reports SET status = 'submitted', snapshot = ?, snapshot_hash = ?, submitted_at = ?, updated_at = ? WHERE id = ?`).run(
    canonicalJson(snapshot),
    snapshotHash(snapshot),
    at,
    at,
    r.id,
  );
  db.close();
}

test('commune writes a verified bundle to a USB folder; the province imports it and sees the commune on time', async ({ page }) => {
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-usb-'));
  const commune = await start();
  await page.goto(`${commune.url}#/bundles`);
  await submitQ1Report(page, commune.dataDir);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Gửi tỉnh' })).toBeVisible();
  const fingerprint = (await page.getByTestId('key-fingerprint').textContent())!;
  expect(fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);
  await expect(page.getByLabel('Một báo cáo đã nộp và số liệu kỳ đó')).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Báo cáo' })).toHaveValue(
    /Quý I\/2026 — Bản 1, nộp lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}/,
  );

  // A folder that is not there (USB pulled out) gets a clear message and no file.
  await page.getByLabel('Thư mục đích (USB)').fill(path.join(usb, 'khong-co'));
  await page.getByRole('button', { name: 'Tạo gói và ghi vào USB' }).click();
  await expect(page.getByRole('alert')).toContainText('USB có thể chưa cắm hoặc đã bị rút ra');

  await page.getByLabel('Thư mục đích (USB)').fill(usb);
  await page.getByRole('button', { name: 'Tạo gói và ghi vào USB' }).click();
  const written = page.getByTestId('bundle-written');
  await expect(written).toContainText('Đã ghi xong');
  await expect(written).toContainText('CCHC_10903_000001_2026-q1.cchc');
  await expect(written).toContainText(`Dấu vân tay khoá: ${fingerprint}`);
  expect(fs.readdirSync(usb)).toEqual(['CCHC_10903_000001_2026-q1.cchc']);
  await expect(page.getByTestId('outbox')).toContainText('CCHC_10903_000001_2026-q1.cchc');
  await page.screenshot({ path: test.info().outputPath('1-commune-written.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải thẻ khoá (gửi tỉnh đăng ký)' }).click();
  const card = path.join(usb, '..', (await download).suggestedFilename());
  await (await download).saveAs(card);

  // The province: a second preview on its own database.
  const province = await start();
  await page.goto(`${province.url}#/province`);
  await expect(page.getByRole('heading', { name: 'Tổng hợp của tỉnh' })).toBeVisible();
  await page.getByLabel('Năm').fill('2026');
  await page.getByLabel('Thư mục chứa các tệp .cchc').fill(usb);
  await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('chưa được đăng ký khoá với tỉnh');
  await expect(page.getByTestId('import-summary')).toContainText('Tổng kết: đã nhập 0 gói, bỏ qua 0 gói trùng, từ chối 1 gói.');

  await page.getByLabel('Đường dẫn tệp thẻ khoá (.cchc-key.json)').fill(card);
  await page.getByRole('button', { name: 'Thêm thẻ khoá' }).click();
  await expect(page.getByTestId('trusted-keys')).toContainText('xã Quyết Thắng (10903)');
  await expect(page.getByTestId('trusted-keys')).toContainText(fingerprint);

  await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('Tổng kết: đã nhập 1 gói, bỏ qua 0 gói trùng, từ chối 0 gói.');
  const matrix = page.getByTestId('status-matrix');
  const row = matrix.getByRole('row', { name: /xã Quyết Thắng \(10903\)/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText('Đúng hạn');
  await page.screenshot({ path: test.info().outputPath('2-province-matrix.png'), fullPage: true });

  // The figure the commune signed (its submitted report), labelled with its source.
  const table = page.getByTestId('consolidated');
  const mine = table.getByRole('row', { name: /xã Quyết Thắng/ });
  await expect(mine.getByRole('cell').nth(8)).toHaveText('5');
  await expect(mine.getByTestId('figure-source')).toHaveText('Báo cáo đã nộp (bản 1)');
  await table.getByRole('button', { name: 'xã Quyết Thắng' }).click();
  await expect(page.getByTestId('commune-report')).toContainText('Trong Quý I/2026, UBND xã đã thực hiện 3 tin, bài phát thanh.');
  await expect(page.getByTestId('commune-report')).not.toContainText('{');
  await page.screenshot({ path: test.info().outputPath('3-province-drill.png'), fullPage: true });

  // The drill-down opens the commune's report as the same printed document: body, signer, phụ lục.
  await page.getByTestId('commune-report-versions').getByRole('button', { name: 'Xem bản in' }).click();
  const body = page.getByTestId('print-body');
  await expect(body).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  await expect(body).toContainText('Số: 15/BC-UBND');
  await expect(body).toContainText('Trong Quý I/2026, UBND xã đã thực hiện 3 tin, bài phát thanh.');
  await expect(body).toContainText('Mai Đàm Thanh Vân');
  await expect(page.getByTestId('print-annex')).toContainText(
    '(Kèm theo Báo cáo số 15/BC-UBND ngày 05/03/2026 của Ủy ban nhân dân xã Quyết Thắng)',
  );
  await page.goBack();

  // The Báo cáo tổng hợp: an NĐ 30 document with the commune in the on-time list and the per-commune table.
  await page.getByRole('button', { name: 'Xem bản in / In' }).click();
  const sum = page.getByTestId('print-body');
  await expect(sum).toContainText('BÁO CÁO');
  await expect(sum).toContainText('Số: …/BC-SNV');
  await expect(sum).toContainText('I. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC XÃ, PHƯỜNG');
  await expect(sum).toContainText('- Đúng hạn: xã Quyết Thắng.');
  await expect(sum).toContainText('Nơi nhận:');
  await expect(
    page
      .getByTestId('print-consolidated-1')
      .getByRole('row', { name: /xã Quyết Thắng \(10903\)/ })
      .getByRole('cell')
      .nth(9),
  ).toHaveText('5');
  await page.goBack();
  const [pdf] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Tải báo cáo tổng hợp (PDF)' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe('TongHop_TuyenTruyenCCHC_2026-q1.pdf');
  const pdfFile = test.info().outputPath(pdf.suggestedFilename());
  await pdf.saveAs(pdfFile);
  const text = execFileSync('pdftotext', ['-layout', pdfFile, '-']).toString('utf8').replace(/\s+/g, ' ');
  for (const s of [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Số: …/BC-SNV',
    'Kính gửi: Ủy ban nhân dân',
    '- Đúng hạn: xã Quyết Thắng.',
    'Nơi nhận:',
    'PHỤ LỤC',
    'Bảng 1. Số hoạt động theo hình thức',
  ])
    expect(text).toContain(s);
});
