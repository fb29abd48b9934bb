import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { previewServers } from './servers';
import { englishOnPage, horizontalOverflow } from './page-checks';

/**
 * Issue 16 items 3 and 4: every page at the commune PCs' sizes (1024×768, 1366×768) fits the
 * window — nothing of the main content sticks out sideways — and shows no English. Each page is
 * kept as a screenshot in test-results/pages/ to look at.
 */
const start = previewServers();
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
];
const SHOTS = path.join('test-results', 'pages');

type Visit = { name: string; go: (page: Page, url: string) => Promise<void> };
const openPlan = async (page: Page, url: string, tab: string) => {
  await page.goto(`${url}#/plans`);
  await page.locator('main').getByRole('link').first().click();
  await page.getByRole('tab', { name: tab, exact: true }).click();
};

const VISITS: Visit[] = [
  { name: 'tong-quan', go: (p, u) => p.goto(`${u}#/dashboard`).then(() => undefined) },
  { name: 'ke-hoach', go: async (p, u) => void (await p.goto(`${u}#/plans`)) },
  { name: 'ke-hoach-phu-luc', go: (p, u) => openPlan(p, u, 'Phụ lục') },
  {
    name: 'ke-hoach-phu-luc-chi-tiet',
    go: async (p, u) => {
      await openPlan(p, u, 'Phụ lục');
      await p.getByRole('button', { name: 'Chi tiết – nhiệm vụ 1', exact: true }).click();
      await expect(p.getByRole('textbox', { name: 'Ghi chú' })).toBeVisible();
    },
  },
  { name: 'ke-hoach-van-ban', go: (p, u) => openPlan(p, u, 'Văn bản kế hoạch') },
  { name: 'nhat-ky', go: async (p, u) => void (await p.goto(`${u}#/activities`)) },
  {
    name: 'nhat-ky-ghi-hoat-dong',
    go: async (p, u) => {
      await p.goto(`${u}#/activities`);
      await p.getByRole('button', { name: 'Ghi hoạt động' }).click();
      await expect(p.getByRole('dialog')).toBeVisible();
    },
  },
  { name: 'tien-do', go: async (p, u) => void (await p.goto(`${u}#/progress`)) },
  { name: 'bao-cao', go: async (p, u) => void (await p.goto(`${u}#/reports`)) },
  {
    name: 'bao-cao-noi-dung',
    go: async (p, u) => {
      await p.goto(`${u}#/reports`);
      await p.getByTestId('period-2026-q1').getByRole('link').first().click();
      await expect(p.getByRole('tab', { name: 'Nội dung' })).toBeVisible();
    },
  },
  { name: 'gui-tinh', go: async (p, u) => void (await p.goto(`${u}#/bundles`)) },
  { name: 'cai-dat', go: async (p, u) => void (await p.goto(`${u}#/settings`)) },
  { name: 'tinh', go: async (p, u) => void (await p.goto(`${u}#/province`)) },
  { name: 'tro-giup', go: async (p, u) => void (await p.goto(`${u}#/help`)) },
];

for (const size of SIZES) {
  test(`every page fits ${size.width}×${size.height} and speaks Vietnamese only`, async ({ page }) => {
    test.setTimeout(150_000);
    const s = await start({ demo: 'year' });
    await page.setViewportSize(size);
    page.setDefaultTimeout(15_000);
    fs.mkdirSync(SHOTS, { recursive: true });
    const problems: string[] = [];
    for (const v of VISITS) {
      await v.go(page, s.url);
      await expect(page.locator('main')).toBeVisible();
      await page.waitForTimeout(300); // fonts and virtualised rows settle
      await page.screenshot({ path: path.join(SHOTS, `${size.width}x${size.height}-${v.name}.png`) });
      for (const o of await horizontalOverflow(page)) problems.push(`${v.name}: ${o}`);
      for (const e of await englishOnPage(page)) problems.push(`${v.name}: English "${e}" on screen`);
      await page.keyboard.press('Escape'); // leave dialogs behind
    }
    expect(problems).toEqual([]);

    // The list's row actions are on screen, not scrolled off to the right.
    await page.goto(`${s.url}#/activities`);
    const row = page.getByTestId('activity-table').locator('[role="row"][aria-rowindex="2"]');
    const action =
      size.width < 1366 ? row.getByRole('button', { name: /Thao tác với hoạt động/ }) : row.getByRole('button', { name: 'Sửa' });
    await expect(action).toBeInViewport({ ratio: 1 });
    const header = page.getByTestId('activity-table').locator('[role="row"]').first();
    const [h, r] = [await header.getByRole('columnheader').nth(2).boundingBox(), await row.getByRole('cell').nth(2).boundingBox()];
    expect(Math.abs(h!.x - r!.x)).toBeLessThan(2); // header and rows line up

    // The check itself can fail: a too-wide box in the main content is reported.
    await page.evaluate(() => {
      const d = document.createElement('div');
      d.id = 'too-wide';
      d.style.width = '3000px';
      d.textContent = 'rộng quá — Please fill out this field.';
      document.querySelector('main')!.appendChild(d);
    });
    expect((await horizontalOverflow(page)).join('\n')).toContain('rộng quá');
    expect(await englishOnPage(page)).toEqual(['Please fill out this field']);
  });
}
