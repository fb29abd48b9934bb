import { test, expect } from '@playwright/test';
import { startPreviewProcess, type PreviewProcess } from './preview';
import { api } from './api';

/**
 * Issue 12 review: the report's text must agree with its figures however the officer writes a
 * number ("1 200") or the letters (Unikey "Unicode tổ hợp" gives NFD). Typing "với 1 200 lượt
 * người tham dự" when the figure is 120 blocks submit with a Vietnamese message quoting what was
 * typed; the same text in NFD is blocked too.
 */
let server: PreviewProcess | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

test('"với 1 200 lượt người tham dự" for 120 attendees blocks submit, in NFC and in NFD', async ({ page }) => {
  test.setTimeout(90_000);
  server = await startPreviewProcess({ empty: true });
  await page.goto(`${server.url}#/reports`);
  // The commune set up with a decomposed name (as typed with Unikey "tổ hợp"): stored in NFC.
  await api(page, 'settings.save', {
    communeName: 'xã Quyết Thắng'.normalize('NFD'),
    communeCode: '10903',
    province: 'thành phố Hải Phòng'.normalize('NFD'),
    officerName: 'Nguyễn Thị Lan',
    officerTitle: '',
  });
  expect(await api<{ communeName: string }>(page, 'settings.get', {})).toMatchObject({ communeName: 'xã Quyết Thắng'.normalize('NFC') });
  await api(page, 'activities.create', {
    date: '2026-02-10',
    title: 'Hội nghị triển khai công tác cải cách hành chính',
    details: { kind: 'meeting', meetingKind: 'hoiNghi', attendees: 120 },
  });
  await page.reload();
  await page.getByLabel('Năm', { exact: true }).fill('2026');
  await page.getByTestId('period-2026-q1').getByRole('button', { name: 'Lập báo cáo' }).click();
  const results = page.getByLabel('Kết quả đạt được');
  await expect(results).toHaveValue(/với 120 lượt người tham dự/);
  await page.getByLabel('Số văn bản').fill('15/BC-UBND');
  await page.getByLabel('Ngày báo cáo').fill('16/03/2026');
  await page.getByLabel('Họ và tên người ký').fill('Trần Văn Bình');
  const drafted = await results.inputValue();
  const wrong = drafted.replace('với 120 lượt người tham dự', 'với 1 200 lượt người tham dự');

  for (const text of [wrong, wrong.normalize('NFD')]) {
    await results.fill(text);
    await page.getByRole('button', { name: 'Nộp báo cáo (chốt số liệu)' }).click();
    const blockers = page.getByTestId('submit-blockers');
    await expect(blockers).toContainText(
      'Chưa nộp được: phần "Kết quả đạt được" ghi "1 200 lượt người" nhưng số liệu của kỳ hiện là "120 lượt người".',
    );
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' })).toBeDisabled();
    await page.getByRole('dialog').getByRole('button', { name: 'Huỷ' }).click();
  }

  // Written right, in NFD and with the number as "120": nothing blocks.
  await results.fill(drafted.normalize('NFD'));
  await page.getByRole('button', { name: 'Nộp báo cáo (chốt số liệu)' }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' })).toBeEnabled();
  await expect(page.getByTestId('submit-blockers')).toHaveCount(0);
});
