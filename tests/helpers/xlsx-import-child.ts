import fs from 'node:fs';
import { openApp } from '../../db/host';
import { dispatch } from '../../shared/contract/dispatch';

/**
 * Runs one .xlsx through the real activity import in its own process (built by the test, run
 * under --max-old-space-size), and prints the verdict with the time taken and the peak RSS.
 */
async function main(): Promise<void> {
  const [file, dataDir] = process.argv.slice(2) as [string, string];
  const host = await openApp({ dataDir, runtime: 'cli', appVersion: 'test', demo: false });
  const base64 = fs.readFileSync(file).toString('base64');
  const started = performance.now();
  const env = await dispatch(host.handlers, 'activities.importPreview', { base64, kind: 'broadcast' });
  const ms = performance.now() - started;
  await host.close();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ok: env.ok, error: env.ok ? null : env.error, ms, peakRssMb }));
}

void main();
