/**
 * Child process of the restore kill test: opens the app as the real app starts it (startApp,
 * which first completes any interrupted restore) and restores two backups in turn, through the
 * real "backup.restore" channel, reporting on fd 3 each restore that has returned. The parent
 * kills it with SIGKILL at a random moment, so kills land in every step of the protocol.
 */
import fs from 'node:fs';
import { startApp } from '../../db/host';
import { dispatch } from '../../shared/contract/dispatch';

async function main(): Promise<void> {
  const [dataDir, a, b] = process.argv.slice(2) as [string, string, string];
  const host = await startApp({ dataDir, runtime: 'cli', appVersion: 'restore-kill-test' });
  fs.writeSync(3, 'ready\n');
  for (let i = 0; ; i++) {
    const [label, source] = i % 2 ? ['A', a] : ['B', b];
    const env = await dispatch(host.handlers, 'backup.restore', { path: source, confirm: true });
    if (!env.ok) throw new Error(`restore ${label} failed: ${env.error.message}`);
    fs.writeSync(3, `${label}\n`);
  }
}

void main();
