import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { runGuide } from './guide-run';
import { GUIDE_SECTIONS } from './guide-steps';
import { GUIDE_SCREENSHOTS } from './guide-shots';
import { startPreviewProcess } from './preview';

test.use({ viewport: { width: 1280, height: 800 } });

test("the user guide's steps, in the guide's order: setup → plan → activity → report → USB bundle → backup/restore → province", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const guide = fs.readFileSync('docs/huong-dan-su-dung.md', 'utf8');
  const reached: string[] = [];
  const sections: string[] = [];
  await runGuide(
    page,
    async (name) => void reached.push(name),
    (h) => sections.push(h),
  );
  expect(reached).toEqual(GUIDE_SCREENSHOTS);
  // The sections run in the order the guide's headings appear.
  const positions = sections.map((h) => guide.indexOf(`\n## ${h}\n`));
  expect(positions.every((p) => p > 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(sections).toEqual(GUIDE_SECTIONS.map((s) => s.heading));
});

test('"Trợ giúp" shows the guide with its screenshots', async ({ page }) => {
  const s = await startPreviewProcess();
  try {
    await page.goto(s.url);
    await page.getByRole('navigation').getByText('Trợ giúp', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Hướng dẫn sử dụng Tuyên truyền CCHC' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '5. Lập và nộp báo cáo quý' })).toBeVisible();
    const images = page.getByTestId('guide-image');
    await expect(images).toHaveCount(GUIDE_SCREENSHOTS.length);
    await page.screenshot({ path: test.info().outputPath('tro-giup.png') });
    const first = images.first();
    await first.scrollIntoViewIfNeeded();
    await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1280);
    // Nothing from the markdown is injected as HTML.
    expect(await page.getByTestId('help-page').locator('script, iframe').count()).toBe(0);
    await page.screenshot({ path: test.info().outputPath('tro-giup-anh.png') });
  } finally {
    await s.stop();
  }
});
