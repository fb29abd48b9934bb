import { afterEach } from 'vitest';
import path from 'node:path';
import { openApp, type AppHost } from '../../db/host';
import { tempDir } from './temp';

/** A real SQLite file in a fresh temp folder, with the real services on top. */
export async function openTestApp(opts: { demo?: boolean; dataDir?: string } = {}): Promise<AppHost & { dataDir: string; file: string }> {
  const dataDir = opts.dataDir ?? tempDir();
  const host = await openApp({ dataDir, runtime: 'cli', appVersion: 'test', demo: opts.demo ?? false });
  return Object.assign(host, { dataDir, file: path.join(dataDir, 'cchc.sqlite') });
}

/** `open()` for a test file: every app it opens is closed after each test. */
export function testApps(
  defaults: { demo?: boolean } = {},
): (opts?: { demo?: boolean; dataDir?: string }) => ReturnType<typeof openTestApp> {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    while (open.length) await open.pop()!.close();
  });
  return async (opts = {}) => {
    const a = await openTestApp({ ...defaults, ...opts });
    open.push(a);
    return a;
  };
}
