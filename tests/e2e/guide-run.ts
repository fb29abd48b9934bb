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
      if (!current || !shotsOf(current).includes(name)) throw new Error(`${name} is not listed for "${current?.heading}" in tests/e2e/guide-shots.ts`);
      await shot(name);
    },
    start: async (opts) => {
      const s = await startPreviewProcess(opts);
      servers.push(s);
      return s;
    },
    state: { year: new Date().getFullYear() },
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
