import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/** `npm run docs:screenshots`: the guide's steps, writing docs/images/*.png at 1280×800. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'screenshots.spec.ts',
  workers: 1,
  use: {
    ...base.use,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  },
});
