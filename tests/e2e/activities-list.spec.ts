import { test, expect } from '@playwright/test';
import { startPreviewProcess, newDataDir, type PreviewProcess } from './preview';
import { openApp } from '../../db/host';
import { createActivities } from '../../db/services/activities';
import { firstScreenProbe, listActivity } from '../../bench/list-probe';

let server: PreviewProcess | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

const ROWS = 10_000;

test('a 10,000-row activity list shows its first screen fast and never puts every row in the page', async ({ page }) => {
  const dataDir = newDataDir();
  const host = await openApp({ dataDir, runtime: 'cli', appVersion: 'e2e', demo: true });
  await createActivities(
    host.ctx,
    Array.from({ length: ROWS }, (_, i) => listActivity(i)),
    'e2e',
  );
  await host.close();
  server = await startPreviewProcess({ dataDir });
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();

  // From the click on "Nhật ký hoạt động" to a filled first screen, timed inside the page.
  const firstScreenMs = await page.evaluate(firstScreenProbe);
  const table = page.getByTestId('activity-table');
  // The list counts no further than it needs: past 2,000 rows it says so instead of counting all.
  await expect(page.getByTestId('activity-total')).toHaveText('hơn 2.000 hoạt động');
  const domRows = await table.locator('[data-testid="activity-scroll"] [role="row"]').count();

  // Scroll to the very end: each drag to the bottom counts further, until the exact number and
  // the last row appear; the DOM still holds one screenful.
  const scroller = page.getByTestId('activity-table'); // the one scroll box (header + rows)
  const exact = `${(ROWS + 5).toLocaleString('vi-VN')} hoạt động`;
  await expect(async () => {
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(page.getByTestId('activity-total')).toHaveText(exact, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(table.locator(`[role="row"][aria-rowindex="${ROWS + 5 + 1}"]`)).toContainText('/2026');
  const domRowsAtEnd = await table.locator('[data-testid="activity-scroll"] [role="row"]').count();
  console.log(
    `[bench] activity list, ${ROWS + 5} rows: first screen ${firstScreenMs.toFixed(0)} ms (target < 300 ms); rows in the DOM: ${domRows} at the top, ${domRowsAtEnd} at the end`,
  );
  test.info().annotations.push({
    type: 'bench',
    description: `first screen ${firstScreenMs.toFixed(0)} ms (target < 300 ms), DOM rows ${domRows}/${domRowsAtEnd} of ${ROWS + 5}`,
  });
  expect(domRows).toBeLessThan(100);
  expect(domRowsAtEnd).toBeLessThan(100);
  await page.screenshot({ path: 'test-results/activities-10k-end.png' });

  // Deleting far down the list reloads around where the officer is, not just the first page.
  await table
    .locator(`[role="row"][aria-rowindex="${ROWS + 5}"]`)
    .getByRole('button', { name: 'Xoá' })
    .click();
  await expect(page.getByTestId('activity-total')).toHaveText(`${(ROWS + 4).toLocaleString('vi-VN')} hoạt động`);
  await expect(table.locator(`[role="row"][aria-rowindex="${ROWS + 4 + 1}"]`)).toContainText('/2026');
  await expect(scroller.getByText('Đang tải…')).toHaveCount(0);
});
