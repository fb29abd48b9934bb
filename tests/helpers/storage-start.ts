/**
 * Child process of the storage-error suite: starts the app on a data folder (as another user
 * when the parent spawns it so) and prints what the officer would see, as one JSON line.
 */
import { startApp } from '../../db/host';
import { isAppError } from '../../shared/errors';

async function main(): Promise<void> {
  try {
    const h = await startApp({ dataDir: process.argv[2]!, runtime: 'cli', appVersion: 'storage-test' });
    process.stdout.write(JSON.stringify({ opened: true, recovery: h.recovery?.code ?? null }) + '\n');
    await h.close();
  } catch (e) {
    process.stdout.write(JSON.stringify(isAppError(e) ? { code: e.code, message: e.message } : { raw: String(e) }) + '\n');
  }
}

void main();
