import { test, expect, type Page } from '@playwright/test';
import { previewServers } from './servers';

const start = previewServers();

async function fillSetup(page: Page) {
  await page.getByLabel('Tên xã/phường').fill('xã Quyết Thắng');
  await page.getByLabel('Mã đơn vị hành chính').fill('10903');
  await page.getByLabel('Tỉnh/thành phố').fill('thành phố Hải Phòng');
  await page.getByLabel('Cán bộ phụ trách').fill('Nguyễn Thị Lan');
  await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
}

test('first-run setup persists across a reload and a restart of the preview server', async ({ page }) => {
  const first = await start({ empty: true });
  await page.goto(first.url);
  await expect(page.getByRole('heading', { name: 'Thiết lập lần đầu' })).toBeVisible();

  // A wrong code is refused in Vietnamese before anything is saved.
  await page.getByLabel('Mã đơn vị hành chính').fill('12');
  await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
  await expect(page.getByText('Mã đơn vị hành chính gồm 5 chữ số')).toBeVisible();

  await fillSetup(page);
  await expect(page.getByText('xã Quyết Thắng, thành phố Hải Phòng')).toBeVisible();
  for (const item of ['Kế hoạch', 'Nhật ký hoạt động', 'Báo cáo', 'Gửi tỉnh', 'Cài đặt']) {
    await expect(page.getByRole('navigation').getByText(item, { exact: true })).toBeVisible();
  }

  await page.reload();
  await expect(page.getByText('xã Quyết Thắng, thành phố Hải Phòng')).toBeVisible();

  await first.stop();
  const second = await start({ dataDir: first.dataDir });
  await page.goto(second.url);
  await expect(page.getByText('xã Quyết Thắng, thành phố Hải Phòng')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Thiết lập lần đầu' })).toHaveCount(0);
});

test('the default database shows the demo plan with its phụ lục', async ({ page }) => {
  const s = await start();
  await page.goto(s.url);
  await page.getByRole('navigation').getByText('Kế hoạch', { exact: true }).click();
  await page.getByRole('link', { name: 'Tuyên truyền cải cách hành chính năm 2026' }).click();
  const table = page.getByTestId('annex-editor');
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(page.getByLabel('Dòng 4 – Nội dung tuyên truyền')).toHaveValue(/^Tổ chức hội nghị tuyên truyền, hướng dẫn triển khai/);
  await expect(page.getByLabel('Dòng 4 – Sản phẩm')).toHaveValue('Giấy mời tổ chức hội nghị');
});

test('a malformed request to the preview API gets an error envelope and changes nothing', async ({ page, request }) => {
  const s = await start();
  await page.goto(s.url);
  const token = await page.locator('meta[name="cchc-token"]').getAttribute('content');
  const headers = { 'x-cchc-token': token!, 'content-type': 'application/json' };
  const snapshot = async () => {
    const settings = await request.post(`${s.origin}api/settings.get`, { headers, data: {} });
    const plans = await request.post(`${s.origin}api/plans.list`, { headers, data: {} });
    return JSON.stringify([
      await settings.json(),
      (await plans.json()).value.map((p: { id: string; taskCount: number }) => [p.id, p.taskCount]),
    ]);
  };
  const before = await snapshot();

  const bad = await request.post(`${s.origin}api/settings.save`, { headers, data: { communeName: 42, communeCode: 'x', extra: true } });
  expect(await bad.json()).toMatchObject({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      message: expect.stringContaining('chưa hợp lệ. Vui lòng kiểm tra lại các ô được đánh dấu rồi lưu lại. (Tên xã: phải là chữ)'),
    },
  });
  const junk = await request.post(`${s.origin}api/settings.save`, { headers, data: '{"communeName":' });
  expect(await junk.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  const unknown = await request.post(`${s.origin}api/db.dropEverything`, { headers, data: {} });
  expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  const noToken = await request.post(`${s.origin}api/settings.save`, { data: { communeName: 'x' } });
  expect(noToken.status()).toBe(401);

  expect(await snapshot()).toBe(before);
  // Another local client (its own cookie jar) asking for the page, with or without the spent code, gets no token.
  for (const target of [s.origin, s.url, `${s.origin}#/settings`]) {
    const res = await request.get(target, { maxRedirects: 0 });
    expect(res.status()).toBe(401);
    const html = await res.text();
    expect(html).not.toContain(token!);
    expect(html).toContain('Cần mở ứng dụng bằng đường liên kết');
  }
  await page.reload();
  await expect(page.getByText('xã Quyết Thắng, thành phố Hải Phòng')).toBeVisible();
});
