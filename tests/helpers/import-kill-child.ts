import fs from 'node:fs';
import { openApp } from '../../db/host';
import { startFolderImport } from '../../db/services/province-import-job';
import { jobStatus } from '../../db/services/jobs';

/**
 * Child process for the "process dies mid-import" test: starts the province's folder import
 * as the app does (writer thread, own connection) and writes each new `done` count to fd 3,
 * until the parent kills it with SIGKILL.
 */
async function main(): Promise<void> {
  const [dataDir, folder, writerFile, workerFile] = process.argv.slice(2) as [string, string, string, string];
  const host = await openApp({ dataDir, runtime: 'cli', appVersion: 'test' });
  const { jobId } = await startFolderImport(host.ctx, { folder }, { writerFile, workerFile });
  let last = -1;
  for (;;) {
    const s = jobStatus(host.ctx, { jobId });
    if (s.done !== last) fs.writeSync(3, `${(last = s.done)}\n`);
    if (s.state !== 'running') break;
    await new Promise((r) => setTimeout(r, 5));
  }
  fs.writeSync(3, 'finished\n');
  await host.close();
}

void main();
