import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp';
import { buildScript } from './build-script';

let built: Promise<string> | null = null;

/**
 * The service host worker as `npm run build` makes it (dist/worker/host-worker.cjs), built here
 * from the current source once per test process, with every other worker the build puts in
 * dist/worker/ (the import worker it starts…), in the same folder layout so it finds them the
 * same way. The list is read from build/build-node.mjs, so a new worker needs no change here.
 */
export function builtHostWorker(): Promise<string> {
  built ??= (async () => {
    const root = path.join(__dirname, '../..');
    const dir = tempDir('cchc-host-worker-');
    fs.mkdirSync(path.join(dir, 'worker'));
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    const script = fs.readFileSync(path.join(root, 'build/build-node.mjs'), 'utf8');
    const entries = [...script.matchAll(/\['([^']+\.ts)', 'dist\/(worker\/[^']+\.cjs)'\]/g)].map((m) => [m[1]!, m[2]!] as const);
    if (!entries.some(([, out]) => out === 'worker/host-worker.cjs')) throw new Error('build/build-node.mjs lists no host worker');
    for (const [entry, out] of entries) await buildScript(entry, path.join(dir, out));
    return path.join(dir, 'worker', 'host-worker.cjs');
  })();
  return built;
}
