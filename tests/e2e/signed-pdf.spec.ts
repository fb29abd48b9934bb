import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { test, expect, type Page } from '@playwright/test';
import { previewServers } from './servers';
import { signPdf, simplePdf, testP12 } from '../helpers/signed-pdf';
import { draftNarrative, type ReportFigures } from '../../shared/domain/report';
import { api } from './api';

/**
 * Issue 13 item 5, end to end: the officer exports the submitted report as PDF, signs it in
 * another program (here: a certificate made in the test), attaches it on the report page, sends
 * the bundle; the province imports it and sees "Đã ký số: <người ký>, <thời gian>" with the file.
 */
const start = previewServers();

/** A Quý I report filled in as an officer would (số, ngày, người ký, text from today's figures) and submitted through the real gate. */
async function submitQ1(page: Page): Promise<string> {
  type View = { report: { id: string; doc: { sections: Record<string, string> } & Record<string, unknown> }; figures: ReportFigures };
  const created = await api<{ id: string }>(page, 'reports.create', { kind: 'q1', year: 2026 });
  const view = await api<View & { phrase: string; commune: { communeName: string } }>(page, 'reports.get', { id: created.id });
  const fresh = draftNarrative(view.figures, view.phrase, view.commune.communeName);
  const doc = {
    ...view.report.doc,
    numberText: '15/BC-UBND',
    reportDate: '2026-03-05',
    sections: { ...view.report.doc.sections, results: fresh.results, shortcomings: fresh.shortcomings },
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', deputy: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Mai Đàm Thanh Vân' },
  };
  await api(page, 'reports.saveDoc', { id: created.id, doc });
  return (await api<{ id: string }>(page, 'reports.submit', { id: created.id })).id;
}

test('a signed report PDF is attached, travels in the bundle, and the province shows "Đã ký số"', async ({ page }) => {
  test.setTimeout(180_000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-signed-'));
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-usb-'));
  const commune = await start();
  await page.goto(`${commune.url}#/reports`);
  const id = await submitQ1(page);

  // The report as the app prints it (Chromium's PDF), signed elsewhere: the file the officer picks.
  const printed = await api<{ base64: string }>(page, 'reports.export', { id, format: 'pdf' });
  const signedFile = path.join(work, 'BaoCao_QuyI_2026_daky.pdf');
  fs.writeFileSync(signedFile, await signPdf(Buffer.from(printed.base64, 'base64'), testP12('Nguyễn Văn An')));
  const unsignedFile = path.join(work, 'BaoCao_chua_ky.pdf');
  fs.writeFileSync(unsignedFile, Buffer.from(printed.base64, 'base64'));
  const otherFile = path.join(work, 'BaoCao_khac.pdf');
  fs.writeFileSync(otherFile, await signPdf(simplePdf('Bao cao so 99/BC-UBND'), testP12('Nguyễn Văn An')));

  await page.goto(`${commune.url}#/reports/${id}`);
  const panel = page.getByTestId('signed-pdf');
  await expect(panel).toContainText('Chưa có bản đã ký số.');
  const picker = panel.getByLabel('Chọn tệp PDF đã ký số');
  await picker.setInputFiles(unsignedFile);
  await expect(page.getByTestId('signed-pdf-error')).toContainText('Tệp PDF này chưa có chữ ký số.');
  await picker.setInputFiles(otherFile);
  await expect(page.getByTestId('signed-pdf-error')).toContainText('không có số ký hiệu "15/BC-UBND"');
  await expect(panel).toContainText('Chưa có bản đã ký số.');
  await picker.setInputFiles(signedFile);
  await expect(page.getByTestId('signed-pdf-summary')).toHaveText(/^Đã ký số: Nguyễn Văn An, \d\d:\d\d \d\d\/\d\d\/\d{4}$/);
  await expect(panel).toContainText('Cấp bởi: CN=Test CA (made in the test)');
  await page.screenshot({ path: test.info().outputPath('1-commune-signed.png'), fullPage: true });
  // Still there after a reload: it was kept, not just shown.
  await page.reload();
  await expect(page.getByTestId('signed-pdf-summary')).toContainText('Đã ký số: Nguyễn Văn An');

  // The bundle (Gửi tỉnh) and the key card, as in bundles.spec.ts.
  await page.goto(`${commune.url}#/bundles`);
  await page.getByLabel('Thư mục đích (USB)').fill(usb);
  await page.getByRole('button', { name: 'Tạo gói và ghi vào USB' }).click();
  await expect(page.getByTestId('bundle-written')).toContainText('Đã ghi xong');
  const [bundleName] = fs.readdirSync(usb);
  expect(JSON.parse(fs.readFileSync(path.join(usb, bundleName!), 'utf8')).format).toBe('cchc-bundle/2');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải thẻ khoá (gửi tỉnh đăng ký)' }).click();
  const card = path.join(work, (await download).suggestedFilename());
  await (await download).saveAs(card);

  const province = await start();
  await page.goto(`${province.url}#/province`);
  await page.getByLabel('Năm').fill('2026');
  await page.getByLabel('Đường dẫn tệp thẻ khoá (.cchc-key.json)').fill(card);
  await page.getByRole('button', { name: 'Thêm thẻ khoá' }).click();
  await expect(page.getByTestId('trusted-keys')).toContainText('xã Quyết Thắng (10903)');
  await page.getByLabel('Thư mục chứa các tệp .cchc').fill(usb);
  await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('Tổng kết: đã nhập 1 gói, bỏ qua 0 gói trùng, từ chối 0 gói.');
  await page.getByTestId('consolidated').getByRole('button', { name: 'xã Quyết Thắng' }).click();
  const shown = page.getByTestId('province-signed-pdf');
  await expect(shown).toContainText(/Đã ký số: Nguyễn Văn An, \d\d:\d\d \d\d\/\d\d\/\d{4}/);
  await expect(shown).toContainText('BaoCao_QuyI_2026_daky.pdf');
  await page.screenshot({ path: test.info().outputPath('2-province-signed.png'), fullPage: true });
  const [file] = await Promise.all([page.waitForEvent('download'), shown.getByRole('button', { name: 'Mở tệp đã ký' }).click()]);
  const saved = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(saved);
  expect(fs.readFileSync(saved).equals(fs.readFileSync(signedFile))).toBe(true);
  expect(execFileSync('pdftotext', [saved, '-']).toString('utf8')).toContain('15/BC-UBND');
});
