import fs from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';
import { runGuide } from '../e2e/guide-run';
import { GUIDE_SCREENSHOTS } from '../e2e/guide-shots';

const OUT = path.resolve('docs/images');

test('docs screenshots', async ({ page }) => {
  test.setTimeout(300_000);
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of fs.readdirSync(OUT)) if (f.endsWith('.png')) fs.rmSync(path.join(OUT, f));
  await runGuide(page, async (name) => {
    await page.waitForTimeout(300); // let transitions and fonts settle
    await page.screenshot({ path: path.join(OUT, name), animations: 'disabled', caret: 'hide' });
    console.log(`docs/images/${name}`);
  });
  const written = fs
    .readdirSync(OUT)
    .filter((f) => f.endsWith('.png'))
    .sort();
  if (JSON.stringify(written) !== JSON.stringify([...GUIDE_SCREENSHOTS].sort()))
    throw new Error(`docs/images does not match the list: ${written.join(', ')}`);
});
