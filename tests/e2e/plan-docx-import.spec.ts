import { test, expect } from '@playwright/test';
import path from 'node:path';
import { startPreviewProcess, type PreviewProcess } from './preview';
import { FIXTURES } from '../helpers/plans';

let servers: PreviewProcess[] = [];
test.afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});

test('a Word plan (seed 004) is reviewed row by row, then becomes a plan with its 7 tasks; a renamed file is refused', async ({ page }) => {
  const s = await startPreviewProcess();
  servers.push(s);
  await page.goto(s.url);
  // From where the home screen's first step lands (the new-plan dialog), the Word import is one click away.
  await page.goto(`${s.origin}#/plans/new`);
  const create = page.getByRole('dialog', { name: 'Tạo kế hoạch mới' });
  await expect(create).toContainText('Kế hoạch đã có sẵn bằng Word');
  await create.getByRole('button', { name: 'Nhập kế hoạch từ Word' }).click();
  await expect(create).toBeHidden();
  const dialog = page.getByRole('dialog', { name: 'Nhập kế hoạch từ tệp Word (.docx)' });
  const input = dialog.locator('input[type=file]');
  await input.setInputFiles({
    name: 'ke-hoach.docx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('TT,Nội dung\n1,Tuyên truyền\n'),
  });
  await expect(dialog.getByTestId('docx-import-error')).toContainText('không phải là tệp Word .docx');
  await expect(dialog.getByRole('button', { name: 'Tạo kế hoạch từ tệp này' })).toBeDisabled();

  await input.setInputFiles(path.join(FIXTURES, 'seed004-plan.docx'));
  const rows = dialog.getByTestId('docx-import-rows').locator('tbody tr');
  await expect(rows).toHaveCount(7);
  await expect(rows.first()).toContainText('Trung tâm Phục vụ - Kiểm soát thủ tục hành chính');
  await expect(rows.first()).toContainText('Thường xuyên trong năm');
  await expect(dialog.getByTestId('docx-import-preview')).toContainText('CHÁNH VĂN PHÒNG · Vũ Minh Tâm');
  await dialog.getByRole('button', { name: 'Tạo kế hoạch từ tệp này' }).click();
  await expect(page.getByRole('heading', { name: 'Tuyên truyền cải cách hành chính năm 2023 của Văn phòng UBND tỉnh' })).toBeVisible();
});
