import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp';

let built: Promise<string> | null = null;

/**
 * The service host worker as `npm run build` makes it (dist/worker/host-worker.cjs), built here
 * from the current source once per test process, beside the import worker it starts, in the
 * same folder layout as dist/ so it finds it the same way.
 */
export function builtHostWorker(): Promise<string> {
  built ??= (async () => {
    const { build } = await import('esbuild');
    const root = path.join(__dirname, '../..');
    const dir = tempDir('cchc-host-worker-');
    fs.mkdirSync(path.join(dir, 'worker'));
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    const entries = [
      ['db/host-worker.ts', 'worker/host-worker.cjs'],
      ['db/services/import-worker.ts', 'worker/import-worker.cjs'],
    ] as const;
    for (const [entry, out] of entries)
      await build({
        entryPoints: [path.join(root, entry)],
        outfile: path.join(dir, out),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node24',
        packages: 'external',
        logLevel: 'error',
      });
    return path.join(dir, 'worker', 'host-worker.cjs');
  })();
  return built;
}
