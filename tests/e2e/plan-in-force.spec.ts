import { test, expect, type Page } from '@playwright/test';
import { startPreviewProcess, type PreviewProcess } from './preview';

/**
 * The outside review's steps (issue 12): in the demo year, creating a second 2026 plan must
 * leave Tổng quan, Tiến độ and the report's 4.1 on the plan being implemented, and say why the
 * new plan is not counted — never "Chưa có kế hoạch năm nay" nor 0/0 = 0%.
 */
let server: PreviewProcess | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

const SHOTS = process.env.CCHC_SHOTS_DIR;
const shot = async (page: Page, name: string, fullPage = true) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
};

async function createSecondPlan(page: Page, url: string, title: string, role: RegExp) {
  await page.goto(`${url}#/plans`);
  await page.getByRole('button', { name: 'Tạo kế hoạch', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Năm 2026 đã có kế hoạch. Kế hoạch mới này là')).toBeVisible();
  await dialog.getByLabel(role).check();
  await shot(page, `create-${title.length}`);
  await dialog.getByLabel('Tên kế hoạch (trích yếu)').fill(title);
  await dialog.getByRole('button', { name: 'Tạo kế hoạch', exact: true }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

test("a second 2026 plan never replaces the demo year's plan on Tổng quan, Tiến độ or the report", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  server = await startPreviewProcess({ demo: 'year' });

  await page.goto(server.url);
  const percent = await page.getByTestId('dash-plan-percent').textContent();
  const completion = await page.getByTestId('plan-completion').textContent();
  expect(completion).toMatch(/^[34]\/4 nhiệm vụ hoàn thành/);
  await page.goto(`${server.url}#/progress`);
  const progress = await page.getByTestId('plan-completion').textContent();

  // The reviewer's worst case: another "main" plan of the year, not linked, no tasks yet.
  await createSecondPlan(page, server.url, 'Kế hoạch bổ sung tuyên truyền CCHC năm 2026', /Kế hoạch chính khác của năm/);
  await page.goto(server.url);
  await expect(page.getByTestId('dash-plan-percent')).toHaveText(percent!);
  await expect(page.getByTestId('plan-completion')).toHaveText(completion!);
  await expect(page.getByText('Chưa có kế hoạch năm nay')).toHaveCount(0);
  await expect(page.getByTestId('plan-not-counted')).toContainText(
    'Kế hoạch "Kế hoạch bổ sung tuyên truyền CCHC năm 2026" chưa liên kết với kế hoạch năm 2026',
  );
  await shot(page, 'dashboard-unlinked');
  await page.goto(`${server.url}#/progress`);
  await expect(page.getByTestId('plan-completion')).toHaveText(progress!);
  await expect(page.getByTestId('plan-not-counted')).toBeVisible();
  await shot(page, 'progress-unlinked');
  await page.goto(`${server.url}#/plans`);
  await expect(page.getByRole('row', { name: /Kế hoạch bổ sung tuyên truyền CCHC năm 2026/ })).toContainText(
    'Chưa liên kết — không được tính',
  );
  await shot(page, 'plans-list');

  // The dialog's default: a kế hoạch bổ sung of the plan in force; with no tasks yet it changes nothing.
  await createSecondPlan(page, server.url, 'Bổ sung nhiệm vụ chuyển đổi số', /Kế hoạch bổ sung — thêm nhiệm vụ/);
  await page.goto(server.url);
  await expect(page.getByTestId('plan-completion')).toHaveText(completion!);
  await expect(page.getByTestId('plan-not-counted')).toContainText(
    'Kế hoạch bổ sung "Bổ sung nhiệm vụ chuyển đổi số" chưa có nhiệm vụ nên chưa được tính',
  );

  // The Quý IV report's 4.1 and score hint come from the same plan in force.
  await page.goto(`${server.url}#/reports`);
  await page.getByLabel('Năm', { exact: true }).fill('2026');
  await page.getByTestId('period-2026-q4').getByRole('button', { name: 'Lập báo cáo' }).click();
  await expect(page.getByRole('heading', { name: 'Báo cáo định kỳ: Quý IV/2026' })).toBeVisible();
  await page.getByRole('tab', { name: 'Tiêu chí 4 (chỉ số CCHC)' }).click();
  await expect(page.getByTestId('criterion-41')).toHaveText(/^\d\/4 nhiệm vụ hoàn thành/);
  await expect(page.getByText(/Gợi ý tự chấm: 4\.1 = [\d,]+ điểm/)).toBeVisible();
  await expect(page.getByText('0/0')).toHaveCount(0);
  await page.getByTestId('criterion-41').scrollIntoViewIfNeeded();
  await shot(page, 'report-q4', false);
});
