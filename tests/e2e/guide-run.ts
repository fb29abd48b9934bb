import { periodsOfYear } from '../../shared/domain/period';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startPreviewProcess, type PreviewProcess } from './preview';
import { GUIDE_SECTIONS, shotsOf, type GuideContext, type GuideSection } from './guide-steps';

/** Runs the guide's sections in order; `shot` decides what a screenshot step does. */
export async function runGuide(page: Page, shot: (name: string) => Promise<void>, onSection?: (heading: string) => void): Promise<void> {
  const servers: PreviewProcess[] = [];
  let current: GuideSection | null = null;
  const ctx: GuideContext = {
    page,
    work: fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-guide-')),
    // A step may only take the screenshots listed for its section (tests/e2e/guide-shots.ts).
    shot: async (name) => {
      if (!current || !shotsOf(current).includes(name))
        throw new Error(`${name} is not listed for "${current?.heading}" in tests/e2e/guide-shots.ts`);
      await shot(name);
    },
    start: async (opts) => {
      const s = await startPreviewProcess(opts);
      servers.push(s);
      return s;
    },
    state: guideState(new Date()),
  };
  try {
    for (const section of GUIDE_SECTIONS) {
      current = section;
      onSection?.(section.heading);
      await section.run(ctx);
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

/**
 * The quarter the guide's officer reports on: the first one whose deadline has not passed, so
 * the province sees it "Đúng hạn" whatever day the suite runs (Quý IV until 10/12, then Quý I
 * of the next year).
 */
export function guideState(now: Date) {
  const today = now.toISOString().slice(0, 10);
  const year = now.getFullYear();
  const period = [...periodsOfYear(year), ...periodsOfYear(year + 1)].find(
    (p) => p.kind.startsWith('q') && p.deadline !== null && p.deadline >= today,
  )!;
  return { year: period.year, quarter: period };
}
