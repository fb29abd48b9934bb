import { test } from '@playwright/test';
import { startPreviewProcess, type PreviewProcess } from './preview';

/** `start()` for a spec file: every preview it starts is stopped after each test. */
export function previewServers(): (opts?: Parameters<typeof startPreviewProcess>[0]) => Promise<PreviewProcess> {
  let servers: PreviewProcess[] = [];
  test.afterEach(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    servers = [];
  });
  return async (opts = {}) => {
    const s = await startPreviewProcess(opts);
    servers.push(s);
    return s;
  };
}
