import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startPreview } from '../../preview/server';
import { CHROMIUM_ARGS } from '../../preview/print';
import { openApp } from '../../db/host';
import { createActivities } from '../../db/services/activities';
import { firstScreenProbe, listActivity } from '../list-probe';
import { percentile, type BenchSuite } from '../harness';

const ROWS = 10_000;
const RUNS = 7;

/**
 * The activity list of 10,000 rows in real Chromium: from the click on "Nhật ký hoạt động" to
 * a filled first screen, against the raw baseline of the same page fetching that first page of
 * rows from the API (what no UI can be faster than). Also how many rows sit in the DOM.
 */
export const browserListSuite: BenchSuite = {
  name: 'browser-list',
  async run() {
    const rendererDir = path.join(process.cwd(), 'dist', 'renderer');
    if (!fs.existsSync(path.join(rendererDir, 'index.html'))) execFileSync('npm', ['run', 'build:renderer'], { stdio: 'inherit' });
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-list-'));
    const host = await openApp({ dataDir, runtime: 'cli', appVersion: 'bench', demo: true });
    await createActivities(
      host.ctx,
      Array.from({ length: ROWS }, (_, i) => listActivity(i)),
      'bench',
    );
    await host.close();
    const preview = await startPreview({ dataDir, rendererDir, port: 0, demo: false, appVersion: 'bench' });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      headless: true,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
      await page.goto(preview.openUrl());
      await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
      const raw: number[] = [];
      const screen: number[] = [];
      let domRows = 0;
      for (let i = 0; i < RUNS; i++) {
        raw.push(
          await page.evaluate(async (token) => {
            const t0 = performance.now();
            const res = await fetch('/api/activities.list', {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-cchc-token': token },
              body: JSON.stringify({ limit: 100 }),
            });
            await res.json();
            return performance.now() - t0;
          }, preview.token),
        );
        screen.push(await page.evaluate(firstScreenProbe));
        domRows = Math.max(domRows, await page.locator('[data-testid="activity-scroll"] [role="row"]').count());
        await page.getByRole('navigation').getByText('Tổng quan', { exact: true }).click();
        await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
      }
      const first = percentile(screen, 50);
      const base = percentile(raw, 50);
      return [
        {
          measure: `browser: activities.list first page over HTTP (raw, median of ${RUNS})`,
          value: Number(base.toFixed(1)),
          unit: 'ms',
          baseline: null,
          ratio: null,
          target: 'baseline',
          pass: true,
        },
        {
          measure: `browser: ${ROWS.toLocaleString('en-US')}-row activity list, first screen (median of ${RUNS})`,
          value: Number(first.toFixed(1)),
          unit: 'ms',
          baseline: Number(base.toFixed(1)),
          ratio: first / base,
          target: '< 300 ms',
          pass: first < 300,
        },
        {
          measure: `browser: rows in the DOM for a ${ROWS.toLocaleString('en-US')}-row list`,
          value: domRows,
          unit: 'rows',
          baseline: null,
          ratio: null,
          target: '< 100 (virtualized)',
          pass: domRows < 100,
        },
      ];
    } finally {
      await browser.close();
      await preview.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
